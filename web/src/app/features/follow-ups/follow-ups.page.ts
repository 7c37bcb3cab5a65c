import { LiveAnnouncer } from '@angular/cdk/a11y';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import {
  agenciesMayAnswer,
  awaitsAnswer,
  evaluatorsMayDecide,
  FOLLOW_UP_STATES,
  FollowUpState,
  FollowUpView,
  PeriodView,
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
import { FollowUpCard } from './follow-up-card';
import { FollowUpsDataService } from './follow-ups-data.service';

const PAGE_SIZE = 50;
/** An evaluator's own agencies are filtered here, so their follow-ups are read in one go. */
const MINE_PAGE_SIZE = 1000;
const NO_AGENCIES: ReadonlySet<number> = new Set();

function positiveInt(value: string | null | undefined): number | null {
  const n = Number(value);
  return value !== null && value !== undefined && Number.isInteger(n) && n > 0 ? n : null;
}

/** Follow-ups exist once results are published: open at the newest such period. */
export function defaultFollowUpPeriod(periods: readonly PeriodView[]): number | null {
  const visible = visiblePeriods(periods);
  return (visible.find((p) => p.state !== 'open' && p.state !== 'evaluation') ?? visible[0])?.id ?? null;
}

@Component({
  selector: 'pantau-follow-ups-page',
  imports: [I18N_PIPES, PeriodSelect, FollowUpCard, LoadingState, ErrorState, EmptyState],
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
  private readonly announcer = inject(LiveAnnouncer);

  /** `/follow-ups/{id}`, as notifications link a single follow-up. */
  readonly id = input<string | undefined>();

  private readonly params = toSignal(this.route.queryParamMap, { requireSync: true });
  protected readonly role = this.auth.role;
  protected readonly isEvaluator = computed(() => this.role() === 'evaluator');
  protected readonly isAgency = computed(() => this.role() === 'agency');

  protected readonly stateFilter = computed<FollowUpState | null>(() => {
    const s = this.params().get('state');
    return (FOLLOW_UP_STATES as readonly string[]).includes(s ?? '') ? (s as FollowUpState) : null;
  });
  protected readonly overdueOnly = computed(() => this.params().get('overdue') === 'true');
  protected readonly mineOnly = computed(() => this.isEvaluator() && this.params().get('all') !== 'true');
  protected readonly stateOptions: ReadonlyArray<{ value: FollowUpState | null; label: TranslationKey }> = [
    { value: null, label: 'common.all' },
    ...FOLLOW_UP_STATES.map((s) => ({ value: s, label: FOLLOW_UP_STATE_LABEL[s] })),
  ];

  protected readonly focusId = computed(() => positiveInt(this.id()));
  protected readonly focused = rxResource({
    params: () => this.focusId() ?? undefined,
    stream: ({ params }) => this.data.get(params),
  });

  protected readonly periods = rxResource({ stream: () => this.periodsService.list() });
  protected readonly periodList = computed(() => (this.periods.hasValue() ? this.periods.value() : []));
  /** Notification links name the period as `periodId`; the page itself writes `period`. */
  protected readonly periodId = computed(() => {
    const list = visiblePeriods(this.periodList());
    const requested =
      positiveInt(this.params().get('period')) ??
      positiveInt(this.params().get('periodId')) ??
      (this.focused.hasValue() ? this.focused.value().periodId : null);
    if (requested !== null && list.some((p) => p.id === requested)) return requested;
    return defaultFollowUpPeriod(this.periodList());
  });
  protected readonly period = computed(() => this.periodList().find((p) => p.id === this.periodId()) ?? null);

  protected readonly pages = signal(1);
  protected readonly list = rxResource({
    params: () => {
      const periodId = this.periodId();
      if (periodId === null) return undefined;
      const mine = this.mineOnly();
      return {
        periodId,
        state: this.stateFilter(),
        overdue: this.overdueOnly(),
        page: 1,
        pageSize: mine ? MINE_PAGE_SIZE : PAGE_SIZE * this.pages(),
      };
    },
    stream: ({ params }) => this.data.list(params),
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
    const page = this.list.hasValue() ? this.list.value().items : [];
    const mine = this.mineOnly();
    const assigned = this.assigned();
    const focusId = this.focusId();
    return page
      .filter((f) => f.id !== focusId)
      .filter((f) => !mine || assigned.has(f.agencyId))
      .map((f) => this.changed().get(f.id) ?? f);
  });
  protected readonly total = computed(() => (this.list.hasValue() ? this.list.value().total : 0));
  protected readonly hasMore = computed(
    () => !this.mineOnly() && this.list.hasValue() && this.list.value().items.length < this.list.value().total,
  );
  protected readonly focusedView = computed(() => {
    if (!this.focused.hasValue()) return null;
    const f = this.focused.value();
    return this.changed().get(f.id) ?? f;
  });
  protected readonly counts = computed(() => {
    const rows = this.rows();
    return {
      waiting: rows.filter((f) => awaitsAnswer(f.state)).length,
      // The server's word on each row: the browser's clock and time zone may disagree with its calendar.
      overdue: rows.filter((f) => f.overdue).length,
      responded: rows.filter((f) => f.state === 'responded').length,
    };
  });

  protected readonly error = computed(() => {
    const failure = this.periods.error() ?? this.list.error();
    return failure ? errorText((k, p) => this.i18n.translate(k, p), failure) : null;
  });
  /** A linked follow-up that cannot be read (gone, or not the user's) does not hide the rest of the inbox. */
  protected readonly focusedError = computed(() => {
    const failure = this.focused.error();
    return failure ? errorText((k, p) => this.i18n.translate(k, p), failure) : null;
  });

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
    const period = this.periodList().find((p) => p.id === f.periodId);
    return (
      user?.role === 'agency' &&
      user.agencyId === f.agencyId &&
      awaitsAnswer(f.state) &&
      !!period &&
      agenciesMayAnswer(period.state)
    );
  }

  protected canDecide(f: FollowUpView): boolean {
    const period = this.periodList().find((p) => p.id === f.periodId);
    return (
      this.isEvaluator() &&
      this.assigned().has(f.agencyId) &&
      f.state === 'responded' &&
      !!period &&
      evaluatorsMayDecide(period.state)
    );
  }

  protected onUpdated(view: FollowUpView): void {
    this.changed.update((m) => new Map(m).set(view.id, view));
    void this.announcer.announce(
      this.i18n.translate(view.state === 'responded' ? 'followUps.sent' : 'followUps.decided', {
        state: this.i18n.translate(FOLLOW_UP_STATE_LABEL[view.state]),
      }),
    );
  }

  protected onPeriod(period: number): void {
    this.pages.set(1);
    this.navigate({ period, periodId: null });
  }

  protected onState(state: FollowUpState | null): void {
    this.pages.set(1);
    this.navigate({ state });
  }

  protected onOverdue(checked: boolean): void {
    this.pages.set(1);
    this.navigate({ overdue: checked ? 'true' : null });
  }

  protected onMine(checked: boolean): void {
    this.pages.set(1);
    this.navigate({ all: checked ? null : 'true' });
  }

  protected resetFilters(): void {
    this.navigate({ state: null, overdue: null });
  }

  private navigate(queryParams: Record<string, string | number | null>): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams, queryParamsHandling: 'merge' });
  }
}
