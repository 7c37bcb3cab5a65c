import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import { Batch, BATCH_NAMES, BATCHES, isBatch } from '@pantau/domain';
import { forkJoin } from 'rxjs';
import { errorText } from '../../../core/api/error-message';
import { I18N_PIPES } from '../../../core/i18n/i18n.pipes';
import { I18nService } from '../../../core/i18n/i18n.service';
import { PeriodsService } from '../../../core/periods/periods.service';
import { ConfirmDialog } from '../../../ui/dialog/confirm-dialog';
import { PeriodSelect } from '../../../ui/period-select/period-select';
import { TableState } from '../../../ui/state/table-state';
import { AdminDataService } from '../admin-data.service';
import { adminPeriodId } from '../admin-period';
import { EvaluatorSelect } from './evaluator-select';
import { AgencyAssignments } from './agency-assignments';
import { batchAssignmentPlan } from './batch-plan';

interface Pending {
  evaluatorId: number;
  evaluatorName: string;
  batch: Batch;
  agencyIds: number[];
  moved: number;
}

@Component({
  selector: 'pantau-admin-assignments-page',
  imports: [TableState, I18N_PIPES, PeriodSelect, ConfirmDialog, AgencyAssignments, EvaluatorSelect],
  templateUrl: './admin-assignments.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class AdminAssignmentsPage {
  private readonly data = inject(AdminDataService);
  private readonly periodsService = inject(PeriodsService);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  protected readonly i18n = inject(I18nService);
  protected readonly batches = BATCHES;
  protected readonly batchNames = BATCH_NAMES;

  private readonly params = toSignal(this.route.queryParamMap, { requireSync: true });
  protected readonly periods = rxResource({ stream: () => this.periodsService.list() });
  protected readonly periodList = computed(() => (this.periods.hasValue() ? this.periods.value() : []));
  protected readonly periodId = computed(() =>
    adminPeriodId(this.periodList(), Number(this.params().get('period')) || null),
  );

  protected readonly load = rxResource({
    params: () => this.periodId() ?? undefined,
    stream: ({ params }) =>
      forkJoin({ workload: this.data.workload(params), assignments: this.data.assignments(params) }),
  });
  protected readonly workload = computed(() => (this.load.hasValue() ? this.load.value().workload : []));
  protected readonly assignments = computed(() => (this.load.hasValue() ? this.load.value().assignments : []));
  protected readonly agencies = rxResource({ stream: () => this.data.agencies() });
  protected readonly agencyList = computed(() => (this.agencies.hasValue() ? this.agencies.value() : []));

  // Assigning a batch
  protected readonly evaluatorId = signal<number | null>(null);
  protected readonly batch = signal<Batch | null>(null);
  protected readonly onlyUnassigned = signal(true);
  protected readonly planning = signal(false);
  protected readonly formError = signal<string | null>(null);

  protected readonly pending = signal<Pending | null>(null);
  protected readonly confirmOpen = signal(false);
  protected readonly busy = signal(false);
  private readonly failure = signal<unknown>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly actionError = computed(() => {
    const failure = this.failure();
    return failure ? errorText((k, p) => this.i18n.translate(k, p), failure) : null;
  });

  protected readonly confirmText = computed(() => {
    const p = this.pending();
    if (!p) return { heading: '', lines: [] as string[], confirm: '' };
    const batch = this.i18n.name(BATCH_NAMES[p.batch]);
    const lines = [
      this.i18n.translate('assign.confirmBody', {
        count: this.count(p.agencyIds.length),
        batch,
        evaluator: p.evaluatorName,
      }),
    ];
    if (p.moved > 0) lines.push(this.i18n.translate('assign.confirmMoved', { count: this.count(p.moved) }));
    return {
      heading: this.i18n.translate('assign.confirmTitle'),
      lines,
      confirm: this.i18n.translate('assign.confirm', { count: this.count(p.agencyIds.length) }),
    };
  });

  protected onPeriod(period: number): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { period }, queryParamsHandling: 'merge' });
  }

  protected onBatch(value: string): void {
    this.batch.set(isBatch(value) ? value : null);
  }

  protected evaluatorName(id: number): string {
    return this.workload().find((w) => w.evaluatorId === id)?.displayName ?? '';
  }

  /** Reads the batch's agencies, works out what changes, and asks before doing it. */
  protected review(event: Event): void {
    event.preventDefault();
    const evaluatorId = this.evaluatorId();
    const batch = this.batch();
    this.formError.set(null);
    this.notice.set(null);
    if (evaluatorId === null || batch === null) {
      this.formError.set(this.i18n.translate('assign.chooseBoth'));
      return;
    }
    this.planning.set(true);
    this.data.agencies(batch).subscribe({
      next: (agencies) => {
        this.planning.set(false);
        const plan = batchAssignmentPlan(agencies, this.assignments(), evaluatorId, this.onlyUnassigned());
        if (plan.agencyIds.length === 0) {
          this.formError.set(this.i18n.translate('assign.nothingToDo'));
          return;
        }
        this.failure.set(null);
        this.pending.set({
          evaluatorId,
          evaluatorName: this.evaluatorName(evaluatorId),
          batch,
          agencyIds: plan.agencyIds,
          moved: plan.moved,
        });
        this.confirmOpen.set(true);
      },
      error: (err: unknown) => {
        this.planning.set(false);
        this.formError.set(errorText((k, p) => this.i18n.translate(k, p), err));
      },
    });
  }

  /** The list says what changed beside itself; the workload and the list reload. */
  protected onChanged(): void {
    this.notice.set(null);
    this.load.reload();
  }

  protected confirm(): void {
    const p = this.pending();
    const periodId = this.periodId();
    if (!p || periodId === null) return;
    this.busy.set(true);
    this.data.assign(periodId, { evaluatorId: p.evaluatorId, agencyIds: p.agencyIds }).subscribe({
      next: () => {
        this.busy.set(false);
        this.confirmOpen.set(false);
        this.notice.set(
          this.i18n.translate('assign.assigned', { count: this.count(p.agencyIds.length), evaluator: p.evaluatorName }),
        );
        this.load.reload();
      },
      error: (err: unknown) => {
        this.busy.set(false);
        this.failure.set(err);
      },
    });
  }

  private count(n: number): string {
    return this.i18n.number(n, '1.0-0');
  }
}
