import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { AssignmentView, BATCH_NAMES, PeriodState } from '@pantau/domain';
import { errorText } from '../../core/api/error-message';
import { AuthService } from '../../core/auth/auth.service';
import { TranslationKey } from '../../core/i18n/dictionary';
import { PERIOD_STATE_LABEL } from '../../core/i18n/domain-labels';
import { I18N_PIPES } from '../../core/i18n/i18n.pipes';
import { I18nService } from '../../core/i18n/i18n.service';
import { resolvePeriodId } from '../../core/periods/period-choice';
import { PeriodsService } from '../../core/periods/periods.service';
import { PeriodSelect } from '../../ui/period-select/period-select';
import { EmptyState } from '../../ui/state/empty-state';
import { ErrorState } from '../../ui/state/error-state';
import { LoadingState } from '../../ui/state/loading-state';
import { AssignmentStatus, filterAssignments, StatusFilter, statusOf, workOrder } from './assignment-status';
import { EvaluateDataService } from './evaluate-data.service';
import { RatingScreen } from './rating-screen';

function positiveInt(value: string | null): number | null {
  const n = Number(value);
  return value !== null && Number.isInteger(n) && n > 0 ? n : null;
}

const STATUS_LABEL: Readonly<Record<AssignmentStatus, TranslationKey>> = {
  ready: 'evaluate.statusReady',
  inProgress: 'evaluate.statusInProgress',
  notStarted: 'evaluate.statusNotStarted',
  done: 'evaluate.statusDone',
};

/**
 * The evaluator's workspace. `/evaluate?period=` lists the assigned agencies; `&agency=` opens the rating
 * screen for one of them and `&item=` keeps the place, so every view has a URL that can be shared or resumed.
 */
@Component({
  selector: 'pantau-evaluate-page',
  imports: [I18N_PIPES, RouterLink, PeriodSelect, RatingScreen, LoadingState, ErrorState, EmptyState],
  templateUrl: './evaluate.page.html',
  styleUrl: './evaluate.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class EvaluatePage {
  private readonly data = inject(EvaluateDataService);
  private readonly periodsService = inject(PeriodsService);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly auth = inject(AuthService);
  protected readonly i18n = inject(I18nService);
  protected readonly batchNames = BATCH_NAMES;

  private readonly params = toSignal(this.route.queryParamMap, { requireSync: true });
  protected readonly agencyId = computed(() => positiveInt(this.params().get('agency')));
  protected readonly itemId = computed(() => positiveInt(this.params().get('item')));

  protected readonly search = signal('');
  protected readonly statusFilter = signal<StatusFilter>('all');
  protected readonly filters: ReadonlyArray<{ value: StatusFilter; label: TranslationKey }> = [
    { value: 'all', label: 'common.all' },
    { value: 'open', label: 'evaluate.filterOpen' },
    { value: 'done', label: 'evaluate.filterDone' },
  ];

  protected readonly periods = rxResource({ stream: () => this.periodsService.list() });
  protected readonly periodList = computed(() => (this.periods.hasValue() ? this.periods.value() : []));
  protected readonly periodId = computed(() =>
    resolvePeriodId(this.periodList(), positiveInt(this.params().get('period'))),
  );
  protected readonly period = computed(() => this.periodList().find((p) => p.id === this.periodId()) ?? null);
  protected readonly isEvaluator = computed(() => this.auth.role() === 'evaluator');

  protected readonly assignments = rxResource({
    params: () => {
      const periodId = this.periodId();
      const evaluatorId = this.auth.user()?.id;
      // Coming back from the rating screen reads the progress again.
      const onList = this.agencyId() === null;
      return periodId === null || evaluatorId === undefined ? undefined : { periodId, evaluatorId, onList };
    },
    stream: ({ params }) => this.data.assignments(params.periodId, params.evaluatorId),
  });
  private readonly list = computed<AssignmentView[]>(() =>
    this.assignments.hasValue() ? workOrder(this.assignments.value(), this.i18n.locale()) : [],
  );
  protected readonly rows = computed(() =>
    filterAssignments(this.list(), this.search(), this.statusFilter(), this.i18n.locale()).map((a) => ({
      ...a,
      status: statusOf(a),
      percent: a.total > 0 ? Math.round((a.rated / a.total) * 100) : 0,
    })),
  );
  protected readonly totals = computed(() => {
    const list = this.list();
    return {
      agencies: list.length,
      done: list.filter((a) => a.evaluatedAt).length,
      left: list.reduce((n, a) => n + Math.max(0, a.total - a.rated), 0),
    };
  });

  protected readonly assignment = computed(() => this.list().find((a) => a.agencyId === this.agencyId()) ?? null);
  /** The name comes from the assignment; an agency outside it is looked up so the screen can still say whose items these are. */
  protected readonly agency = rxResource({
    params: () => {
      const id = this.agencyId();
      return id !== null && this.assignments.hasValue() && !this.assignment() ? id : undefined;
    },
    stream: ({ params }) => this.data.agency(params),
  });
  protected readonly agencyName = computed(
    () => this.assignment()?.agencyName ?? (this.agency.hasValue() ? (this.agency.value()?.name ?? null) : null),
  );

  protected readonly error = computed(() => {
    const failure = this.periods.error() ?? this.assignments.error();
    return failure ? errorText((k, p) => this.i18n.translate(k, p), failure) : null;
  });

  constructor() {
    effect(() => {
      const id = this.periodId();
      if (id !== null && String(id) !== this.params().get('period')) this.navigate({ period: id }, true);
    });
  }

  protected readonly statusSymbol: Readonly<Record<AssignmentStatus, string>> = {
    ready: '★',
    inProgress: '◐',
    notStarted: '○',
    done: '✓',
  };

  /** Ratings are given while the period is under evaluation; otherwise the screen is for reading. */
  protected readonly rating = computed(() => this.period()?.state === 'evaluation');

  protected actionOf(status: AssignmentStatus): { short: TranslationKey; long: TranslationKey } {
    if (status === 'done' || !this.rating()) return { short: 'evaluate.review', long: 'evaluate.reviewAgency' };
    if (status === 'notStarted') return { short: 'evaluate.start', long: 'evaluate.startAgency' };
    return { short: 'evaluate.continue', long: 'evaluate.continueAgency' };
  }

  protected statusLabel(status: AssignmentStatus): TranslationKey {
    return STATUS_LABEL[status];
  }

  protected stateLabel(state: PeriodState): TranslationKey {
    return PERIOD_STATE_LABEL[state];
  }

  protected onPeriod(periodId: number): void {
    this.navigate({ period: periodId, agency: null, item: null });
  }

  protected onItem(itemId: number): void {
    this.navigate({ item: itemId }, true);
  }

  protected onDone(evaluatedAt: string): void {
    const agencyId = this.agencyId();
    this.assignments.update((list) => list?.map((a) => (a.agencyId === agencyId ? { ...a, evaluatedAt } : a)));
  }

  private navigate(queryParams: Record<string, number | null>, replaceUrl = false): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams, queryParamsHandling: 'merge', replaceUrl });
  }
}
