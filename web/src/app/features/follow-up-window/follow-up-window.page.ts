import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Router } from '@angular/router';
import { BATCH_NAMES, FOLLOW_UP_STATES, FollowUpState } from '@pantau/domain';
import { errorText } from '../../core/api/error-message';
import { AuthService } from '../../core/auth/auth.service';
import { I18N_PIPES } from '../../core/i18n/i18n.pipes';
import { I18nService } from '../../core/i18n/i18n.service';
import { periodBatchQuery } from '../../core/periods/period-batch-query';
import { ChartPick, ChartView } from '../../ui/chart/chart';
import { barConfig } from '../../ui/chart/chart-config';
import { PeriodBatchToolbar } from '../../ui/period-select/period-batch-toolbar';
import { EmptyState } from '../../ui/state/empty-state';
import { ErrorState } from '../../ui/state/error-state';
import { LoadingState } from '../../ui/state/loading-state';
import { FOLLOW_UP_LIST_PATH, followUpListParams, sumTallies } from './follow-up-links';
import { FollowUpWindowDataService } from './follow-up-window-data.service';
import { CHART_PROVINCES, provinceStateBars } from './province-chart';
import { TallyRow, TallyTable } from './tally-table';
import { MEASURE_LABEL } from './window-measures';

/**
 * The follow-up window, read only: per batch and per province, how many follow-ups are open, answered, accepted,
 * rejected and overdue, the provinces most overdue first. A coordinator's answer holds its province only.
 */
@Component({
  selector: 'pantau-follow-up-window-page',
  imports: [I18N_PIPES, ChartView, PeriodBatchToolbar, TallyTable, LoadingState, ErrorState, EmptyState],
  templateUrl: './follow-up-window.page.html',
  styleUrl: './follow-up-window.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class FollowUpWindowPage {
  private readonly router = inject(Router);
  private readonly data = inject(FollowUpWindowDataService);
  private readonly auth = inject(AuthService);
  protected readonly i18n = inject(I18nService);

  protected readonly query = periodBatchQuery();
  protected readonly batch = this.query.batch;
  protected readonly periodId = this.query.periodId;
  protected readonly coordinator = computed(() => this.auth.role() === 'coordinator');

  protected readonly periodName = computed(
    () => this.query.periodList().find((p) => p.id === this.periodId())?.name ?? '',
  );

  protected readonly summary = rxResource({
    params: () => {
      const periodId = this.periodId();
      return periodId === null ? undefined : { periodId, batch: this.batch() };
    },
    stream: ({ params }) => this.data.summary(params.periodId, params.batch),
  });
  private readonly shown = computed(() => (this.summary.hasValue() ? this.summary.value() : null));

  protected readonly error = computed(() => {
    const failure = this.query.periods.error() ?? this.summary.error();
    return failure ? errorText((k, p) => this.i18n.translate(k, p), failure) : null;
  });

  protected readonly batchRows = computed<TallyRow[] | null>(() => {
    const s = this.shown();
    if (!s || s.batches.length === 0) return null;
    const rows: TallyRow[] = s.batches.map((b) => ({
      key: b.batch,
      label: this.i18n.name(BATCH_NAMES[b.batch]),
      region: { batch: b.batch },
      tally: b,
    }));
    if (rows.length < 2) return rows;
    const all = this.batch() ? this.i18n.name(BATCH_NAMES[this.batch()!]) : this.i18n.translate('fuWindow.allBatches');
    return [...rows, { key: 'all', label: all, region: { batch: this.batch() }, tally: sumTallies(s.batches) }];
  });

  protected readonly provinceRows = computed<TallyRow[]>(
    () =>
      this.shown()?.provinces.map((p) => ({
        key: String(p.provinceId),
        label: p.name,
        region: { province: p.provinceId },
        tally: p,
      })) ?? [],
  );

  protected readonly chart = computed(() => {
    const provinces = this.shown()?.provinces ?? [];
    const worst = provinces[0];
    if (!worst) return null;
    const data = provinceStateBars(provinces, (state) => this.i18n.translate(MEASURE_LABEL[state]));
    const count = (n: number | null) => this.i18n.number(n, '1.0-0');
    return {
      config: barConfig(data, count, { stacked: true, horizontal: true }),
      title: this.i18n.translate('fuWindow.chartTitle', { count: Math.min(provinces.length, CHART_PROVINCES) }),
      summary: this.i18n.translate('fuWindow.chartSummary', {
        name: worst.name,
        overdue: count(worst.overdue),
        total: count(worst.total),
      }),
    };
  });

  /** A bar segment opens that province's follow-ups in that state; a legend entry, the state everywhere shown. */
  protected onPick(pick: ChartPick): void {
    const periodId = this.periodId();
    const state: FollowUpState | undefined = FOLLOW_UP_STATES[pick.series];
    if (periodId === null || !state) return;
    const province = pick.index === null ? undefined : this.shown()?.provinces[pick.index]?.provinceId;
    const region = province === undefined ? { batch: this.batch() } : { province };
    void this.router.navigate([FOLLOW_UP_LIST_PATH], { queryParams: followUpListParams(periodId, region, state) });
  }

  protected retry(): void {
    if (this.query.periods.error()) this.query.periods.reload();
    else this.summary.reload();
  }
}
