import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import { AgencySummary, AssignmentView, BATCH_NAMES, WorkloadView } from '@pantau/domain';
import { Observable } from 'rxjs';
import { errorText } from '../../../core/api/error-message';
import { I18N_PIPES } from '../../../core/i18n/i18n.pipes';
import { I18nService } from '../../../core/i18n/i18n.service';
import { ConfirmDialog } from '../../../ui/dialog/confirm-dialog';
import { EmptyState } from '../../../ui/state/empty-state';
import { EvaluatorSelect } from './evaluator-select';
import { AdminDataService } from '../admin-data.service';
import { AgencyPlan, agencyPlan, agencyRows, holderFilter, HolderFilter } from './agency-plan';

const PAGE = 100;

type Pending =
  | { kind: 'assign'; evaluatorId: number; evaluatorName: string; plan: AgencyPlan }
  | { kind: 'remove'; assignment: AssignmentView };

/**
 * Every agency with the evaluator who rates it: choose one or several, then give them to an evaluator (moving them
 * from another one keeps the ratings given, and the history keeps who gave them), or unassign one.
 */
@Component({
  selector: 'pantau-agency-assignments',
  imports: [I18N_PIPES, ConfirmDialog, EmptyState, EvaluatorSelect],
  templateUrl: './agency-assignments.html',
  styles: `
    .assign-bar {
      align-items: end;
      flex-wrap: wrap;
    }
    .assign-bar__count {
      margin: 0;
      align-self: center;
      font-weight: 600;
    }
    .assign-check {
      width: 2.5rem;
    }
    tr.is-selected {
      background: var(--accent-soft);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AgencyAssignments {
  private readonly data = inject(AdminDataService);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  protected readonly i18n = inject(I18nService);
  protected readonly batchNames = BATCH_NAMES;

  readonly periodId = input.required<number>();
  readonly agencies = input.required<readonly AgencySummary[]>();
  readonly assignments = input.required<readonly AssignmentView[]>();
  readonly evaluators = input.required<readonly WorkloadView[]>();
  /** Says what was saved, for the page to reload. */
  readonly changed = output<string>();

  /** The list's filters live in the URL (`?q=`, `?evaluator=` an id or `none`), so a link opens it filtered. */
  private readonly params = toSignal(this.route.queryParamMap, { requireSync: true });
  protected readonly search = computed(() => this.params().get('q') ?? '');
  protected readonly holder = computed(() => holderFilter(this.params().get('evaluator')));
  protected readonly limit = signal(PAGE);
  protected readonly rows = computed(() =>
    agencyRows(this.agencies(), this.assignments(), {
      query: this.search(),
      holder: this.holder(),
      locale: this.i18n.locale(),
    }),
  );
  protected readonly shown = computed(() => this.rows().slice(0, this.limit()));

  protected readonly chosen = signal<ReadonlySet<number>>(new Set());
  protected readonly allChosen = computed(
    () => this.rows().length > 0 && this.rows().every((r) => this.chosen().has(r.agency.id)),
  );
  protected readonly target = signal<number | null>(null);
  protected readonly barError = signal<string | null>(null);
  /** What the last change did, said beside the list (where the focus is) and announced. */
  protected readonly done = signal<string | null>(null);

  protected readonly pending = signal<Pending | null>(null);
  protected readonly confirmOpen = signal(false);
  protected readonly busy = signal(false);
  private readonly failure = signal<unknown>(null);
  protected readonly actionError = computed(() => {
    const failure = this.failure();
    return failure ? errorText((k, p) => this.i18n.translate(k, p), failure) : null;
  });

  protected readonly confirmText = computed(() => {
    const p = this.pending();
    if (!p) return { heading: '', lines: [] as string[], confirm: '' };
    if (p.kind === 'remove') {
      return {
        heading: this.i18n.translate('assign.removeTitle', { agency: p.assignment.agencyName }),
        lines: [this.i18n.translate('assign.removeBody', { evaluator: p.assignment.evaluatorName })],
        confirm: this.i18n.translate('assign.remove'),
      };
    }
    const { plan, evaluatorName: evaluator } = p;
    const count = this.count(plan.agencyIds.length);
    const lines = [this.i18n.translate('assign.agencyConfirmBody', { count, evaluator })];
    if (plan.moved > 0) {
      const from = [...plan.movedFrom]
        .map(([name, n]) => this.i18n.translate('assign.fromEvaluator', { name, count: this.count(n) }))
        .join(', ');
      lines.push(this.i18n.translate('assign.agencyConfirmMoved', { count: this.count(plan.moved), from }));
    }
    if (plan.unchanged > 0) {
      lines.push(this.i18n.translate('assign.alreadyHeld', { count: this.count(plan.unchanged), evaluator }));
    }
    return {
      heading: this.i18n.translate('assign.confirmTitle'),
      lines,
      confirm: this.i18n.translate(plan.moved > 0 ? 'assign.moveConfirm' : 'assign.confirm', { count }),
    };
  });

  protected onSearch(value: string): void {
    this.filter({ q: value.trim() ? value : null });
  }

  protected onHolder(value: string): void {
    const holder: HolderFilter = holderFilter(value);
    this.filter({ evaluator: holder === 'all' ? null : holder });
  }

  private filter(queryParams: Record<string, string | number | null>): void {
    this.limit.set(PAGE);
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams,
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }

  protected onTarget(evaluatorId: number | null): void {
    this.target.set(evaluatorId);
    this.barError.set(null);
  }

  protected toggle(agencyId: number, on: boolean): void {
    this.chosen.update((set) => {
      const next = new Set(set);
      if (on) next.add(agencyId);
      else next.delete(agencyId);
      return next;
    });
    this.barError.set(null);
  }

  /** Chooses every agency the filter matches (also those below "show more"), or none. */
  protected toggleAll(on: boolean): void {
    this.chosen.set(on ? new Set([...this.chosen(), ...this.rows().map((r) => r.agency.id)]) : new Set());
  }

  protected clear(): void {
    this.chosen.set(new Set());
  }

  protected review(): void {
    this.done.set(null);
    const evaluatorId = this.target();
    if (this.chosen().size === 0) return this.barError.set(this.i18n.translate('assign.chooseAgencies'));
    if (evaluatorId === null) return this.barError.set(this.i18n.translate('assign.chooseTarget'));
    const evaluatorName = this.evaluators().find((w) => w.evaluatorId === evaluatorId)?.displayName ?? '';
    const plan = agencyPlan([...this.chosen()], this.assignments(), evaluatorId);
    if (plan.agencyIds.length === 0) {
      return this.barError.set(this.i18n.translate('assign.alreadyAll', { evaluator: evaluatorName }));
    }
    this.barError.set(null);
    this.failure.set(null);
    this.pending.set({ kind: 'assign', evaluatorId, evaluatorName, plan });
    this.confirmOpen.set(true);
  }

  protected askRemove(assignment: AssignmentView): void {
    this.failure.set(null);
    this.pending.set({ kind: 'remove', assignment });
    this.confirmOpen.set(true);
  }

  protected confirm(): void {
    const p = this.pending();
    if (!p) return;
    this.busy.set(true);
    const request: Observable<unknown> =
      p.kind === 'assign'
        ? this.data.assign(this.periodId(), { evaluatorId: p.evaluatorId, agencyIds: p.plan.agencyIds })
        : this.data.unassign(this.periodId(), p.assignment.agencyId);
    request.subscribe({
      next: () => {
        this.busy.set(false);
        this.confirmOpen.set(false);
        if (p.kind === 'assign') this.clear();
        const message = this.doneText(p);
        this.done.set(message);
        this.changed.emit(message);
      },
      error: (err: unknown) => {
        this.busy.set(false);
        this.failure.set(err);
      },
    });
  }

  private doneText(p: Pending): string {
    if (p.kind === 'remove') return this.i18n.translate('assign.removed', { agency: p.assignment.agencyName });
    const params = { count: this.count(p.plan.agencyIds.length), evaluator: p.evaluatorName };
    return p.plan.moved > 0
      ? this.i18n.translate('assign.movedDone', { ...params, moved: this.count(p.plan.moved) })
      : this.i18n.translate('assign.assigned', params);
  }

  private count(n: number): string {
    return this.i18n.number(n, '1.0-0');
  }
}
