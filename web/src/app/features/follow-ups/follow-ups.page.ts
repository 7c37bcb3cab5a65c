import { LiveAnnouncer } from '@angular/cdk/a11y';
import { NgTemplateOutlet } from '@angular/common';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  linkedSignal,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import {
  AGENCY_TYPE_NAMES,
  AGENCY_TYPES,
  agenciesMayAnswer,
  awaitsAnswer,
  BATCH_NAMES,
  BATCHES,
  evaluatorsMayDecide,
  FIELD_LIMITS,
  FOLLOW_UP_SORTS,
  FOLLOW_UP_STATES,
  FollowUpPage,
  FollowUpSort,
  FollowUpState,
  FollowUpView,
  PeriodView,
  PILLAR_CODES,
} from '@pantau/domain';
import { map } from 'rxjs';
import { errorText } from '../../core/api/error-message';
import { AuthService } from '../../core/auth/auth.service';
import { TranslationKey } from '../../core/i18n/dictionary';
import { FOLLOW_UP_STATE_LABEL } from '../../core/i18n/domain-labels';
import { I18N_PIPES } from '../../core/i18n/i18n.pipes';
import { I18nService } from '../../core/i18n/i18n.service';
import { visiblePeriods } from '../../core/periods/period-choice';
import { PeriodsService } from '../../core/periods/periods.service';
import { PeriodSelect } from '../../ui/period-select/period-select';
import { EmptyState } from '../../ui/state/empty-state';
import { ErrorState } from '../../ui/state/error-state';
import { LoadingState } from '../../ui/state/loading-state';
import { DecisionQueue } from './decision-queue';
import { FollowUpCard } from './follow-up-card';
import { countsText } from './follow-up-counts';
import { SelectFilter, selectPatch, SwitchFilter, switchPatch } from './follow-up-filter-fields';
import {
  FOLLOW_UP_PAGE_SIZE,
  FollowUpFilters,
  hasFollowUpFilters,
  NO_FOLLOW_UP_FILTERS,
  parseFollowUpQuery,
  toApiParams,
  toUrlParams,
} from './follow-up-query';
import { FollowUpsDataService } from './follow-ups-data.service';

const NO_AGENCIES: ReadonlySet<number> = new Set();
const sameJson = <T>(a: T, b: T) => JSON.stringify(a) === JSON.stringify(b);

function positiveInt(value: string | null | undefined): number | null {
  const n = Number(value);
  return value !== null && value !== undefined && Number.isInteger(n) && n > 0 ? n : null;
}

/** Follow-ups exist once results are published: open at the newest such period. */
export function defaultFollowUpPeriod(periods: readonly PeriodView[]): number | null {
  const visible = visiblePeriods(periods);
  return (visible.find((p) => p.state !== 'open' && p.state !== 'evaluation') ?? visible[0])?.id ?? null;
}

/**
 * The follow-up list, filtered, counted, sorted and paged by the server; every filter lives in the URL so that other
 * screens (and people) can link to a view. Buttons follow the API's rules per role; the API enforces them anyway.
 */
@Component({
  selector: 'pantau-follow-ups-page',
  imports: [
    I18N_PIPES,
    NgTemplateOutlet,
    PeriodSelect,
    FollowUpCard,
    DecisionQueue,
    LoadingState,
    ErrorState,
    EmptyState,
  ],
  templateUrl: './follow-ups.page.html',
  styleUrl: './follow-ups.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class FollowUpsPage {
  private readonly data = inject(FollowUpsDataService);
  private readonly periodsService = inject(PeriodsService);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly auth = inject(AuthService);
  protected readonly i18n = inject(I18nService);
  protected readonly searchMax = FIELD_LIMITS.searchText.max;
  private readonly announcer = inject(LiveAnnouncer);
  private readonly injector = inject(Injector);

  /** `/follow-ups/{id}`, as notifications link a single follow-up. */
  readonly id = input<string | undefined>();

  private readonly params = toSignal(this.route.queryParamMap, { requireSync: true });
  protected readonly role = this.auth.role;
  protected readonly isEvaluator = computed(() => this.role() === 'evaluator');
  protected readonly isAgency = computed(() => this.role() === 'agency');
  protected readonly isCoordinator = computed(() => this.role() === 'coordinator');
  protected readonly lead = computed<TranslationKey>(() => {
    switch (this.role()) {
      case 'agency':
        return 'followUps.leadAgency';
      case 'leadership':
        return 'fuList.leadReadOnly';
      case 'coordinator':
        return 'fuList.leadCoordinator';
      default:
        return 'followUps.lead';
    }
  });

  protected readonly filters = computed(() => parseFollowUpQuery(this.params(), this.role() ?? null), {
    equal: sameJson,
  });
  protected readonly filtered = computed(() => hasFollowUpFilters(this.filters()));

  protected readonly stateOptions: ReadonlyArray<{ value: FollowUpState | null; label: TranslationKey }> = [
    { value: null, label: 'common.all' },
    ...FOLLOW_UP_STATES.map((s) => ({ value: s, label: FOLLOW_UP_STATE_LABEL[s] })),
  ];
  protected readonly sorts: ReadonlyArray<{ value: FollowUpSort; label: TranslationKey }> = FOLLOW_UP_SORTS.map(
    (value) => ({ value, label: `fuList.sort.${value}` as const }),
  );

  protected readonly focusId = computed(() => positiveInt(this.id()));
  protected readonly focused = rxResource({
    params: () => this.focusId() ?? undefined,
    stream: ({ params }) => this.data.get(params),
  });

  protected readonly periods = rxResource({ stream: () => this.periodsService.list() });
  protected readonly periodList = computed(() => (this.periods.hasValue() ? this.periods.value() : []));
  protected readonly periodId = computed(() => {
    const list = visiblePeriods(this.periodList());
    const requested = this.filters().period ?? (this.focused.hasValue() ? this.focused.value().periodId : null);
    if (requested !== null && list.some((p) => p.id === requested)) return requested;
    return defaultFollowUpPeriod(this.periodList());
  });
  protected readonly period = computed(() => this.periodList().find((p) => p.id === this.periodId()) ?? null);

  /** Agency teams see only their own agency: region filters would filter nothing. */
  protected readonly regionFilters = computed(() => !this.isAgency());
  private readonly provinceList = rxResource({
    params: () => (this.regionFilters() ? true : undefined),
    stream: () => this.data.provinces(),
  });
  protected readonly provinces = computed(() => (this.provinceList.hasValue() ? this.provinceList.value() : []));

  /** The drop-down filters, in their order on screen. */
  protected readonly selectFilters = computed<readonly SelectFilter[]>(() => {
    const pillar: SelectFilter = {
      key: 'pillar',
      id: 'fu-pillar',
      label: 'fuList.pillar',
      all: 'fuList.allPillars',
      options: PILLAR_CODES.map((p) => ({ value: p, name: this.i18n.pillarName(p) })),
    };
    if (!this.regionFilters()) return [pillar];
    return [
      {
        key: 'province',
        id: 'fu-province',
        label: 'fuList.province',
        all: 'fuList.allProvinces',
        options: this.provinces().map((p) => ({ value: p.id, name: p.name })),
      },
      {
        key: 'batch',
        id: 'fu-batch',
        label: 'fuList.batch',
        all: 'fuList.allBatches',
        options: BATCHES.map((b) => ({ value: b, name: this.i18n.name(BATCH_NAMES[b]) })),
      },
      {
        key: 'agencyType',
        id: 'fu-type',
        label: 'fuList.agencyType',
        all: 'fuList.allTypes',
        options: AGENCY_TYPES.map((t) => ({ value: t, name: this.i18n.name(AGENCY_TYPE_NAMES[t]) })),
      },
      pillar,
    ];
  });
  protected readonly switchFilters = computed<readonly SwitchFilter[]>(() => [
    { key: 'overdue', label: 'followUps.overdueOnly' },
    ...(this.isEvaluator() ? [{ key: 'assigned', label: 'followUps.mineOnly' } as const] : []),
  ]);
  protected readonly selectPatch = selectPatch;
  protected readonly switchPatch = switchPatch;

  protected readonly list = rxResource({
    params: () => {
      const periodId = this.periodId();
      return periodId === null ? undefined : toApiParams(this.filters(), periodId);
    },
    stream: ({ params }) => this.data.list(params),
  });
  /** The last page stays on screen while the next loads, so the list does not flash. */
  protected readonly shown = linkedSignal<FollowUpPage | null, FollowUpPage | null>({
    source: () => (this.list.hasValue() ? this.list.value() : null),
    computation: (value, previous) => value ?? (this.list.status() === 'error' ? null : (previous?.value ?? null)),
  });

  private readonly myAgencies = rxResource({
    params: () => {
      const periodId = this.periodId();
      const userId = this.auth.user()?.id;
      return this.isEvaluator() && periodId !== null && userId !== undefined ? { periodId, userId } : undefined;
    },
    stream: ({ params }) =>
      this.data.assignments(params.periodId, params.userId).pipe(map((list) => new Set(list.map((a) => a.agencyId)))),
  });
  private readonly assigned = computed(() => (this.myAgencies.hasValue() ? this.myAgencies.value() : NO_AGENCIES));

  /** Answers and decisions made on this page, shown at once without reloading the list. */
  private readonly changed = signal<ReadonlyMap<number, FollowUpView>>(new Map());

  protected readonly rows = computed(() => {
    const focusId = this.focusId();
    return (this.shown()?.items ?? []).filter((f) => f.id !== focusId).map((f) => this.changed().get(f.id) ?? f);
  });
  protected readonly total = computed(() => this.shown()?.total ?? 0);
  protected readonly pages = computed(() => Math.max(1, Math.ceil(this.total() / FOLLOW_UP_PAGE_SIZE)));
  protected readonly summary = computed(() => {
    const page = this.shown();
    if (!page) return '';
    return countsText(
      page.total,
      page.counts,
      (k, p) => this.i18n.translate(k, p),
      (n) => this.i18n.number(n, '1.0-0'),
    );
  });
  protected readonly focusedView = computed(() => {
    if (!this.focused.hasValue()) return null;
    const f = this.focused.value();
    return this.changed().get(f.id) ?? f;
  });

  /** The evaluator's keyboard queue of answers awaiting a decision, over the same filters. */
  protected readonly queueOpen = signal(false);
  protected readonly canWorkQueue = computed(() => {
    const p = this.period();
    return this.isEvaluator() && !!p && evaluatorsMayDecide(p.state);
  });

  protected readonly error = computed(() => {
    const failure = this.periods.error() ?? this.list.error();
    return failure ? errorText((k, p) => this.i18n.translate(k, p), failure) : null;
  });
  /** A linked follow-up that cannot be read (gone, or not the user's) does not hide the rest of the list. */
  protected readonly focusedError = computed(() => {
    const failure = this.focused.error();
    return failure ? errorText((k, p) => this.i18n.translate(k, p), failure) : null;
  });

  /** What the search box shows, applied on Enter or with its button. */
  protected readonly searchText = linkedSignal(() => this.filters().q);

  constructor() {
    effect(() => {
      const view = this.focusedView();
      if (!view) return;
      untracked(() =>
        setTimeout(() => document.getElementById(`follow-up-${view.id}`)?.scrollIntoView({ block: 'start' }), 0),
      );
    });
  }

  protected canRespond(f: FollowUpView): boolean {
    const user = this.auth.user();
    const period = this.periodOf(f);
    return (
      user?.role === 'agency' &&
      user.agencyId === f.agencyId &&
      awaitsAnswer(f.state) &&
      !!period &&
      agenciesMayAnswer(period.state)
    );
  }

  protected canDecide(f: FollowUpView): boolean {
    const period = this.periodOf(f);
    return (
      this.isEvaluator() &&
      this.assigned().has(f.agencyId) &&
      f.state === 'responded' &&
      !!period &&
      evaluatorsMayDecide(period.state)
    );
  }

  /** Coordinators remind and leave notes while agencies may answer (the API's rule). */
  protected canCoordinate(f: FollowUpView): boolean {
    const period = this.periodOf(f);
    return this.isCoordinator() && !!period && agenciesMayAnswer(period.state);
  }

  protected canRemind(f: FollowUpView): boolean {
    return this.canCoordinate(f) && awaitsAnswer(f.state);
  }

  protected onUpdated(view: FollowUpView): void {
    this.remember(view);
    void this.announcer.announce(
      this.i18n.translate(view.state === 'responded' ? 'followUps.sent' : 'followUps.decided', {
        state: this.i18n.translate(FOLLOW_UP_STATE_LABEL[view.state]),
      }),
    );
  }

  protected remember(view: FollowUpView): void {
    this.changed.update((m) => new Map(m).set(view.id, view));
  }

  private readonly queueStart = viewChild<ElementRef<HTMLButtonElement>>('queueStart');

  protected closeQueue(): void {
    this.queueOpen.set(false);
    this.list.reload();
    // Back where the evaluator started the queue (the list heading when nothing is left to decide).
    afterNextRender(() => (this.queueStart()?.nativeElement ?? document.getElementById('fu-summary'))?.focus(), {
      injector: this.injector,
    });
  }

  /** The one agency a link filtered on, by name once its follow-ups are on screen. */
  protected readonly agencyFilterName = computed(() => {
    const id = this.filters().agency;
    if (id === null) return null;
    return this.rows().find((f) => f.agencyId === id)?.agencyName ?? `#${id}`;
  });

  protected update(patch: Partial<FollowUpFilters>): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: toUrlParams(patch),
      queryParamsHandling: 'merge',
    });
  }

  protected onSearch(event: Event): void {
    event.preventDefault();
    const q = this.searchText().trim();
    if (q !== this.filters().q) this.update({ q });
  }

  protected resetFilters(): void {
    this.update({ ...NO_FOLLOW_UP_FILTERS });
  }

  protected goTo(page: number): void {
    this.update({ page });
    void this.announcer.announce(
      this.i18n.translate('fuList.pageOf', { page: this.i18n.number(page), pages: this.i18n.number(this.pages()) }),
    );
  }

  protected value(event: Event): string {
    return (event.target as HTMLSelectElement).value;
  }

  private periodOf(f: FollowUpView): PeriodView | undefined {
    return this.periodList().find((p) => p.id === f.periodId);
  }
}
