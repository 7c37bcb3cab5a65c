import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import {
  CellColor,
  COLOR_NAMES,
  COLOR_SYMBOLS,
  colorForScore,
  DEFAULT_THRESHOLDS,
  SummaryResponse,
} from '@pantau/domain';
import { errorText } from '../../core/api/error-message';
import { canSee } from '../../core/auth/access';
import { AuthService } from '../../core/auth/auth.service';
import { COLOR_WORD } from '../../core/i18n/domain-labels';
import { I18N_PIPES } from '../../core/i18n/i18n.pipes';
import { I18nService } from '../../core/i18n/i18n.service';
import { visiblePeriods } from '../../core/periods/period-choice';
import { periodBatchQuery } from '../../core/periods/period-batch-query';
import { ChartPick, ChartView } from '../../ui/chart/chart';
import { ChartLink, ChartLinks } from '../../ui/chart/chart-links';
import { ChartTable } from '../../ui/chart/chart-table';
import { TableData } from '../../ui/chart/table-data';
import { KpiCard } from '../../ui/kpi-card/kpi-card';
import { PeriodBatchToolbar } from '../../ui/period-select/period-batch-toolbar';
import { EmptyState } from '../../ui/state/empty-state';
import { ErrorState } from '../../ui/state/error-state';
import { LoadingState } from '../../ui/state/loading-state';
import { TrafficLight } from '../../ui/traffic-light/traffic-light';
import { barConfig, lineConfig } from '../../ui/chart/chart-config';
import {
  batchIndexes,
  ChartData,
  chartTable,
  extremes,
  indexDistribution,
  indexTrend,
  itemShares,
  pillarColorShares,
  Series,
} from './chart-data';
import { OverviewDataService } from './overview-data.service';
import { chartPickLink, followUpLink, matrixLink, OverviewChart, pillarSortLink, windowLink } from './overview-links';

@Component({
  selector: 'pantau-overview-page',
  imports: [
    I18N_PIPES,
    ChartView,
    ChartTable,
    ChartLinks,
    RouterLink,
    KpiCard,
    PeriodBatchToolbar,
    TrafficLight,
    LoadingState,
    ErrorState,
    EmptyState,
  ],
  templateUrl: './overview.page.html',
  styleUrl: './overview.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class OverviewPage {
  private readonly router = inject(Router);
  private readonly data = inject(OverviewDataService);
  private readonly auth = inject(AuthService);
  protected readonly i18n = inject(I18nService);

  protected readonly query = periodBatchQuery();
  protected readonly batch = this.query.batch;
  protected readonly periodId = this.query.periodId;

  protected readonly summary = rxResource({
    params: () => {
      const periodId = this.periodId();
      return periodId === null ? undefined : { periodId, batch: this.batch() };
    },
    stream: ({ params }) => this.data.summary(params.periodId, params.batch),
  });
  protected readonly trend = rxResource({
    params: () =>
      this.query.periods.hasValue()
        ? { periods: visiblePeriods(this.query.periodList()), batch: this.batch() }
        : undefined,
    stream: ({ params }) => this.data.trend(params.periods, params.batch),
  });

  protected readonly current = computed<SummaryResponse | null>(() =>
    this.summary.hasValue() ? this.summary.value() : null,
  );
  protected readonly thresholds = computed(() => this.current()?.period.thresholds ?? DEFAULT_THRESHOLDS);
  /** A coordinator's overview holds its province (the API scopes it), all in one batch. */
  protected readonly coordinator = computed(() => this.auth.role() === 'coordinator');

  protected readonly error = computed(() => {
    const failure = this.query.periods.error() ?? this.summary.error();
    return failure ? errorText((k, p) => this.i18n.translate(k, p), failure) : null;
  });

  protected readonly kpis = computed(() => {
    const s = this.current();
    if (!s) return null;
    const periodId = s.period.id;
    const batch = this.batch();
    return {
      evaluated: `${this.i18n.number(s.agenciesEvaluated, '1.0-0')} / ${this.i18n.number(s.agencies, '1.0-0')}`,
      evaluatedLink: matrixLink(periodId, batch),
      indexLink: matrixLink(periodId, batch, { sort: 'index', dir: 'asc' }),
      evaluatedShare: this.i18n.translate('overview.evaluatedShare', {
        percent: this.i18n.percent(s.agencies ? (s.agenciesEvaluated / s.agencies) * 100 : null),
      }),
      index: s.index,
      indexColor: colorForScore(s.index, this.thresholds()),
      shares: itemShares(s.totals).map((x) => ({
        ...x,
        symbol: COLOR_SYMBOLS[x.color],
        name: this.i18n.name(COLOR_NAMES[x.color]),
        link: matrixLink(periodId, batch, { color: x.color }),
        linkName: this.i18n.translate('overviewLinks.colorItems', {
          count: this.i18n.number(x.count, '1.0-0'),
          color: this.i18n.translate(COLOR_WORD[x.color]),
        }),
      })),
      // The summary's "open" counts every follow-up awaiting an answer, rejected ones too; the list filters by
      // state, so the figure shown is the state open, with the rejected ones beside it.
      followUpsOpen: s.followUps.open - s.followUps.rejected,
      followUps: s.followUps,
      followUpLinks: {
        open: followUpLink(periodId, batch, 'open'),
        overdue: followUpLink(periodId, batch, 'overdue'),
        rejected: followUpLink(periodId, batch, 'rejected'),
        responded: followUpLink(periodId, batch, 'responded'),
      },
      windowLink: canSee(this.auth.role(), 'followUpWindow') ? windowLink(periodId, batch) : null,
    };
  });

  private readonly percentFormat = (value: number | null) => this.i18n.percent(value, '1.0-1');
  private readonly countFormat = (value: number | null) => this.i18n.number(value, '1.0-0');
  private readonly withCount = (value: number | null, count: number | undefined) =>
    count === undefined
      ? this.percentFormat(value)
      : `${this.percentFormat(value)} (${this.i18n.number(count, '1.0-0')})`;

  protected readonly pillarChart = computed(() => {
    const s = this.current();
    if (!s) return null;
    const data = pillarColorShares(s, this.i18n.lang());
    const periodId = s.period.id;
    const batch = this.batch();
    const table = chartTable(
      data,
      this.i18n.translate('overview.pillarsChart'),
      this.i18n.translate('common.pillar'),
      this.withCount,
    );
    table.links = (data.keys ?? []).map((pillar, index) => [
      pillarSortLink(periodId, batch, pillar),
      ...data.series.map((_, series) => chartPickLink('pillars', data, { series, index }, periodId, batch)),
    ]);
    return {
      data,
      config: barConfig(data, this.percentFormat, { stacked: true, max: 100 }),
      table,
      links: this.legendLinks('pillars', data, (series) =>
        this.i18n.translate('overviewLinks.allPillarsColor', {
          color: this.i18n.translate(COLOR_WORD[series.key as CellColor]),
        }),
      ),
      summary: this.extremesText(data, 0, 'overview.pillarsSummary'),
    };
  });

  protected readonly batchChart = computed(() => {
    const s = this.current();
    if (!s) return null;
    const data = batchIndexes(s, this.i18n.lang(), this.i18n.translate('overview.index'));
    const table = chartTable(
      data,
      this.i18n.translate('overview.batchChart'),
      this.i18n.translate('filter.batch'),
      (v) => this.percentFormat(v),
    );
    table.columns.push(this.i18n.translate('overview.agencies'));
    table.rows.forEach((row, i) => row.push(this.countFormat(data.series[0]?.counts?.[i] ?? null)));
    return {
      data,
      config: barConfig(data, this.percentFormat, { max: 100, legend: false }),
      table: this.linkRows(table, 'batches', data),
      links: this.categoryLinks('batches', data),
      summary: this.extremesText(data, 0, 'overview.batchSummary'),
    };
  });

  protected readonly distributionChart = computed(() => {
    const s = this.current();
    if (!s) return null;
    const data = indexDistribution(s, this.i18n.translate('overview.agencies'), this.thresholds());
    const top = extremes(data.series[0]?.values ?? []);
    return {
      data,
      links: this.categoryLinks('distribution', data, (label) =>
        this.i18n.translate('matrixFilter.band', { min: label.split('–')[0] ?? '', max: label.split('–')[1] ?? '' }),
      ),
      config: barConfig(data, this.countFormat, { legend: false }),
      table: this.linkRows(
        chartTable(
          data,
          this.i18n.translate('overview.distributionChart'),
          this.i18n.translate('overview.indexRange'),
          this.countFormat,
        ),
        'distribution',
        data,
      ),
      summary: top
        ? this.i18n.translate('overview.distributionSummary', {
            range: data.labels[top.max] ?? '',
            count: this.countFormat(data.series[0]?.values[top.max] ?? null),
          })
        : this.i18n.translate('overview.noData'),
    };
  });

  protected readonly trendChart = computed(() => {
    const summaries = this.trend.hasValue() ? this.trend.value() : [];
    if (summaries.length === 0) return null;
    const data = indexTrend(summaries, {
      index: this.i18n.translate('overview.nationalIndex'),
      green: this.i18n.translate('overview.greenShare'),
    });
    const values = data.series[0]?.values ?? [];
    return {
      data,
      links: this.categoryLinks('trend', data),
      config: lineConfig(data, this.percentFormat),
      table: this.linkRows(
        chartTable(
          data,
          this.i18n.translate('overview.trendChart'),
          this.i18n.translate('period.label'),
          this.percentFormat,
        ),
        'trend',
        data,
      ),
      summary: this.i18n.translate('overview.trendSummary', {
        first: data.labels[0] ?? '',
        firstValue: this.percentFormat(values[0] ?? null),
        last: data.labels[data.labels.length - 1] ?? '',
        lastValue: this.percentFormat(values[values.length - 1] ?? null),
      }),
    };
  });

  /** A bar, point or legend entry clicked on a chart opens the matrix with that filter. */
  protected onPick(chart: OverviewChart, data: ChartData, pick: ChartPick): void {
    const periodId = this.periodId();
    const link = periodId === null ? null : chartPickLink(chart, data, pick, periodId, this.batch());
    if (link) void this.router.navigate([link.path], { queryParams: link.queryParams });
  }

  /** The chart's bars as links, in the order drawn: what a click on each does, for the keyboard. */
  private categoryLinks(chart: OverviewChart, data: ChartData, label = (l: string) => l): ChartLink[] {
    const periodId = this.periodId();
    if (periodId === null) return [];
    return data.labels.flatMap((text, index) => {
      const target = chartPickLink(chart, data, { series: 0, index }, periodId, this.batch());
      return target ? [{ label: label(text), target }] : [];
    });
  }

  /** Each row of a chart's table leads where its bar does, from every cell. */
  private linkRows(table: TableData, chart: OverviewChart, data: ChartData): TableData {
    const periodId = this.periodId();
    if (periodId === null) return table;
    const links = table.rows.map((row, index) => {
      const target = chartPickLink(chart, data, { series: 0, index }, periodId, this.batch());
      return row.map(() => target);
    });
    return { ...table, links };
  }

  private legendLinks(chart: OverviewChart, data: ChartData, label: (series: Series) => string): ChartLink[] {
    const periodId = this.periodId();
    if (periodId === null) return [];
    return data.series.flatMap((series, i) => {
      const target = chartPickLink(chart, data, { series: i, index: null }, periodId, this.batch());
      return target ? [{ label: label(series), target }] : [];
    });
  }

  protected retry(): void {
    if (this.query.periods.error()) this.query.periods.reload();
    else this.summary.reload();
  }

  private extremesText(
    data: ChartData,
    seriesIndex: number,
    key: 'overview.pillarsSummary' | 'overview.batchSummary',
  ): string {
    const values = data.series[seriesIndex]?.values ?? [];
    const ends = extremes(values);
    if (!ends) return this.i18n.translate('overview.noData');
    return this.i18n.translate(key, {
      best: data.labels[ends.max] ?? '',
      bestValue: this.percentFormat(values[ends.max] ?? null),
      worst: data.labels[ends.min] ?? '',
      worstValue: this.percentFormat(values[ends.min] ?? null),
    });
  }
}
