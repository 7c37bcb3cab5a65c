import { LiveAnnouncer } from '@angular/cdk/a11y';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  numberAttribute,
  signal,
  untracked,
} from '@angular/core';
import { HttpErrorResponse } from '@angular/common/http';
import { rxResource } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import {
  AGENCY_TYPE_NAMES,
  BATCH_NAMES,
  CellColor,
  colorForScore,
  COLOR_NAMES,
  COLOR_ORDER,
  COLOR_SYMBOLS,
  DEFAULT_THRESHOLDS,
  EMPTY_COUNTS,
  isFollowUpActive,
  isPillarCode,
  ItemView,
  PillarCode,
  pillarScore,
  PILLARS,
  planEditable,
  resultsVisibleToAgency,
} from '@pantau/domain';
import { filenameFrom, saveBlob, withJsonErrorBody } from '../../core/api/download';
import { errorText } from '../../core/api/error-message';
import { AuthService } from '../../core/auth/auth.service';
import { I18N_PIPES } from '../../core/i18n/i18n.pipes';
import { I18nService } from '../../core/i18n/i18n.service';
import { resolvePeriodId } from '../../core/periods/period-choice';
import { PeriodsService } from '../../core/periods/periods.service';
import { lineConfig, barConfig } from '../../ui/chart/chart-config';
import { ChartView } from '../../ui/chart/chart';
import { ChartTable } from '../../ui/chart/chart-table';
import { chartTable } from '../../ui/chart/series';
import { KpiCard } from '../../ui/kpi-card/kpi-card';
import { PeriodSelect } from '../../ui/period-select/period-select';
import { EmptyState } from '../../ui/state/empty-state';
import { ErrorState } from '../../ui/state/error-state';
import { LoadingState } from '../../ui/state/loading-state';
import { TrafficLight } from '../../ui/traffic-light/traffic-light';
import { AgencyDataService } from './agency-data.service';
import { AgencyItem } from './agency-item';
import { hasAnyValue, indexAndSurvey, pillarScoresByPeriod } from './agency-trend';
import { ItemForm, ItemFormMode } from './item-form';

interface PillarGroup {
  code: PillarCode;
  name: string;
  short: string;
  items: ItemView[];
  score: number | null;
  color: CellColor;
}

@Component({
  selector: 'pantau-agency-page',
  imports: [
    I18N_PIPES,
    RouterLink,
    PeriodSelect,
    TrafficLight,
    KpiCard,
    ChartView,
    ChartTable,
    AgencyItem,
    ItemForm,
    LoadingState,
    ErrorState,
    EmptyState,
  ],
  templateUrl: './agency.page.html',
  styleUrl: './agency.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class AgencyPage {
  private readonly data = inject(AgencyDataService);
  private readonly periodsService = inject(PeriodsService);
  private readonly router = inject(Router);
  private readonly auth = inject(AuthService);
  protected readonly i18n = inject(I18nService);
  private readonly announcer = inject(LiveAnnouncer);

  /** Route and query params, bound by the router. */
  readonly id = input.required({ transform: numberAttribute });
  readonly pillar = input<string | undefined>();
  readonly period = input<string | undefined>();
  readonly item = input<string | undefined>();

  protected readonly search = signal('');
  protected readonly formOpen = signal(false);
  protected readonly formMode = signal<ItemFormMode>({ kind: 'create', pillar: 'berorientasi-pelayanan' });
  protected readonly exporting = signal<'csv' | 'xlsx' | null>(null);
  private readonly exportFailure = signal<unknown>(null);

  protected readonly periods = rxResource({ stream: () => this.periodsService.list() });
  protected readonly periodList = computed(() => (this.periods.hasValue() ? this.periods.value() : []));
  protected readonly periodId = computed(() => resolvePeriodId(this.periodList(), Number(this.period()) || null));
  protected readonly currentPeriod = computed(() => this.periodList().find((p) => p.id === this.periodId()) ?? null);
  protected readonly thresholds = computed(() => this.currentPeriod()?.thresholds ?? DEFAULT_THRESHOLDS);

  protected readonly agency = rxResource({ params: () => this.id(), stream: ({ params }) => this.data.agency(params) });
  protected readonly trend = rxResource({ params: () => this.id(), stream: ({ params }) => this.data.trend(params) });
  protected readonly items = rxResource({
    params: () => {
      const periodId = this.periodId();
      return periodId === null ? undefined : { periodId, agencyId: this.id() };
    },
    stream: ({ params }) => this.data.items(params.periodId, params.agencyId),
  });

  protected readonly agencyValue = computed(() => (this.agency.hasValue() ? this.agency.value() : null));
  protected readonly agencyMeta = computed(() => {
    const a = this.agencyValue();
    return a
      ? `${a.code} · ${this.i18n.name(AGENCY_TYPE_NAMES[a.type])} · ${this.i18n.translate('agency.batch', { batch: this.i18n.name(BATCH_NAMES[a.batch]) })}`
      : '';
  });

  private readonly isOwnAgency = computed(() => {
    const user = this.auth.user();
    return user?.role === 'agency' && user.agencyId === this.id();
  });
  protected readonly isAgencyTeam = computed(() => this.auth.role() === 'agency');
  /** Agency teams see colours and notes only once results are published. */
  protected readonly ratingHidden = computed(() => {
    const period = this.currentPeriod();
    return this.isAgencyTeam() && !!period && !resultsVisibleToAgency(period.state);
  });
  protected readonly canLogPublication = computed(() => {
    const period = this.currentPeriod();
    return (this.isOwnAgency() || this.auth.role() === 'admin') && !!period && period.state !== 'closed';
  });
  protected readonly canEditPlan = computed(() => {
    const period = this.currentPeriod();
    return (this.isOwnAgency() || this.auth.role() === 'admin') && !!period && planEditable(period.state);
  });

  protected readonly focusPillar = computed(() => {
    const p = this.pillar();
    return isPillarCode(p) ? p : null;
  });
  protected readonly focusItem = computed(() => Number(this.item()) || null);

  protected readonly exportFormats = ['csv', 'xlsx'] as const;
  protected readonly allItems = computed(() => (this.items.hasValue() ? this.items.value() : []));
  protected readonly groups = computed<PillarGroup[]>(() => {
    const items = this.allItems();
    return PILLARS.map((pillar) => {
      const list = items.filter((i) => i.pillar === pillar.code);
      const counts = { ...EMPTY_COUNTS };
      for (const item of list) counts[item.rating?.color ?? 'grey']++;
      const score = pillarScore(counts);
      return {
        code: pillar.code,
        name: this.i18n.pillarName(pillar),
        short: pillar.short,
        items: list,
        score,
        color: colorForScore(score, this.thresholds()),
      };
    });
  });
  /** The pillar chosen in the URL and the search text narrow the list; empty pillars are left out. */
  protected readonly shownGroups = computed(() => {
    const q = this.search().trim().toLocaleLowerCase(this.i18n.locale());
    const focus = this.focusPillar();
    return this.groups()
      .filter((g) => focus === null || g.code === focus)
      .map((g) => ({
        ...g,
        items: q
          ? g.items.filter((i) =>
              [i.title, i.description ?? '', i.workUnit?.name ?? ''].some((t) =>
                t.toLocaleLowerCase(this.i18n.locale()).includes(q),
              ),
            )
          : g.items,
      }))
      .filter((g) => g.items.length > 0 || (this.canEditPlan() && !q));
  });
  protected readonly shownCount = computed(() => this.shownGroups().reduce((n, g) => n + g.items.length, 0));

  protected readonly counts = computed(() => {
    const counts = { ...EMPTY_COUNTS };
    for (const item of this.allItems()) counts[item.rating?.color ?? 'grey']++;
    return COLOR_ORDER.map((color) => ({
      color,
      count: counts[color],
      symbol: COLOR_SYMBOLS[color],
      name: this.i18n.name(COLOR_NAMES[color]),
    }));
  });
  protected readonly overduePublications = computed(() => this.allItems().filter((i) => i.publications.overdue).length);
  protected readonly openFollowUps = computed(() => {
    const list = this.allItems()
      .map((i) => i.followUp)
      .filter((f) => f !== null && isFollowUpActive(f.state));
    return { open: list.length, overdue: list.filter((f) => f!.overdue).length };
  });

  protected readonly point = computed(() => {
    const trend = this.trend.hasValue() ? this.trend.value() : null;
    return trend?.points.find((p) => p.periodId === this.periodId()) ?? null;
  });
  protected readonly indexColor = computed(() => colorForScore(this.point()?.index ?? null, this.thresholds()));

  private readonly percent = (value: number | null) => this.i18n.percent(value, '1.0-1');

  protected readonly indexChart = computed(() => {
    if (!this.trend.hasValue()) return null;
    const data = indexAndSurvey(this.trend.value(), {
      index: this.i18n.translate('agency.evaluationIndex'),
      survey: this.i18n.translate('agency.surveyIndex'),
    });
    if (!hasAnyValue(data)) return null;
    const index = data.series[0]!.values;
    const survey = data.series[1]!.values;
    const last = data.labels.length - 1;
    return {
      config: lineConfig(data, this.percent),
      table: chartTable(
        data,
        this.i18n.translate('agency.indexChart'),
        this.i18n.translate('agency.year'),
        this.percent,
      ),
      summary: this.i18n.translate('agency.indexSummary', {
        year: data.labels[last] ?? '',
        index: this.percent(index[last] ?? null),
        survey: this.percent(survey[last] ?? null),
      }),
    };
  });

  protected readonly pillarChart = computed(() => {
    if (!this.trend.hasValue()) return null;
    const data = pillarScoresByPeriod(this.trend.value(), this.i18n.lang());
    if (!hasAnyValue(data)) return null;
    const latest = data.series[data.series.length - 1];
    const values = latest?.values ?? [];
    let best = -1;
    let worst = -1;
    values.forEach((v, i) => {
      if (v === null) return;
      if (best < 0 || v > values[best]!) best = i;
      if (worst < 0 || v < values[worst]!) worst = i;
    });
    return {
      config: barConfig(data, this.percent, { max: 100, legend: true }),
      table: chartTable(
        data,
        this.i18n.translate('agency.pillarChart'),
        this.i18n.translate('common.pillar'),
        this.percent,
      ),
      summary:
        best < 0
          ? this.i18n.translate('agency.noScoresYet')
          : this.i18n.translate('agency.pillarSummary', {
              year: latest?.label ?? '',
              best: data.labels[best] ?? '',
              bestValue: this.percent(values[best] ?? null),
              worst: data.labels[worst] ?? '',
              worstValue: this.percent(values[worst] ?? null),
            }),
    };
  });

  /** The agency does not exist or lies outside the user's reach: nothing on this page can load. */
  protected readonly unreachable = computed(() => {
    const failure = this.agency.error();
    const cause = failure instanceof Error && failure.cause !== undefined ? failure.cause : failure;
    return cause instanceof HttpErrorResponse && (cause.status === 404 || cause.status === 403);
  });
  protected readonly ownAgencyId = computed(() =>
    this.auth.role() === 'agency' ? (this.auth.user()?.agencyId ?? null) : null,
  );

  protected readonly error = computed(() => {
    const failure = this.agency.error() ?? this.items.error() ?? this.periods.error();
    return failure ? errorText((k, p) => this.i18n.translate(k, p), failure) : null;
  });
  protected readonly exportError = computed(() => {
    const failure = this.exportFailure();
    return failure ? errorText((k, p) => this.i18n.translate(k, p), failure) : null;
  });

  constructor() {
    // Bring the item (from a notification or a shared link) or the chosen pillar into view once it is drawn.
    effect(() => {
      const itemId = this.focusItem();
      const pillar = this.focusPillar();
      if (this.allItems().length === 0) return;
      untracked(() =>
        setTimeout(() => {
          const target = itemId
            ? document.getElementById(`item-${itemId}`)
            : pillar
              ? document.getElementById('agency-items')
              : null;
          target?.scrollIntoView({ block: 'start' });
        }, 0),
      );
    });
  }

  protected symbol(color: CellColor): string {
    return COLOR_SYMBOLS[color];
  }

  protected onPeriod(periodId: number): void {
    void this.router.navigate([], { queryParams: { period: periodId, item: null }, queryParamsHandling: 'merge' });
  }

  protected retry(): void {
    this.periods.reload();
    this.agency.reload();
    this.trend.reload();
    this.items.reload();
  }

  protected openCreate(pillar: PillarCode): void {
    this.formMode.set({ kind: 'create', pillar });
    this.formOpen.set(true);
  }

  protected openEdit(item: ItemView): void {
    this.formMode.set({ kind: 'edit', item });
    this.formOpen.set(true);
  }

  protected onSaved(item: ItemView): void {
    const exists = this.allItems().some((i) => i.id === item.id);
    this.items.update((list) =>
      list ? (exists ? list.map((i) => (i.id === item.id ? item : i)) : [...list, item]) : [item],
    );
    void this.announcer.announce(
      this.i18n.translate(exists ? 'agency.itemUpdated' : 'agency.itemCreated', { title: item.title }),
    );
  }

  protected onItemChanged(item: ItemView): void {
    this.items.update((list) => list?.map((i) => (i.id === item.id ? item : i)));
  }

  protected download(format: 'csv' | 'xlsx'): void {
    const periodId = this.periodId();
    if (periodId === null) return;
    this.exporting.set(format);
    this.exportFailure.set(null);
    this.data.exportItems(periodId, this.id(), format).subscribe({
      next: (res) => {
        this.exporting.set(null);
        if (res.body) saveBlob(res.body, filenameFrom(res.headers, `rencana-aksi-${this.id()}.${format}`));
        void this.announcer.announce(this.i18n.translate('export.done', { format: format.toUpperCase() }));
      },
      error: async (err: unknown) => {
        this.exporting.set(null);
        this.exportFailure.set(await withJsonErrorBody(err));
      },
    });
  }
}
