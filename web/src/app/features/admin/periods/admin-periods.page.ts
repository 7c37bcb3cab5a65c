import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { HttpErrorResponse } from '@angular/common/http';
import { PERIOD_STATES, PeriodState, PeriodView } from '@pantau/domain';
import { errorText } from '../../../core/api/error-message';
import { TranslationKey } from '../../../core/i18n/dictionary';
import { PERIOD_STATE_LABEL } from '../../../core/i18n/domain-labels';
import { I18N_PIPES } from '../../../core/i18n/i18n.pipes';
import { I18nService } from '../../../core/i18n/i18n.service';
import { newestFirst } from '../../../core/periods/period-choice';
import { PeriodsService } from '../../../core/periods/periods.service';
import { ConfirmDialog } from '../../../ui/dialog/confirm-dialog';
import { TableState } from '../../../ui/state/table-state';
import { AdminDataService } from '../admin-data.service';
import { PeriodForm } from './period-form';
import { transitionConsequences } from './transition-text';

/** The button on each period names the step it takes. */
const ACTION_LABEL: Readonly<Record<PeriodState, TranslationKey>> = {
  draft: 'transition.toDraft',
  open: 'transition.toOpen',
  evaluation: 'transition.toEvaluation',
  published: 'transition.toPublished',
  'follow-up': 'transition.toFollowUp',
  closed: 'transition.toClosed',
};

@Component({
  selector: 'pantau-admin-periods-page',
  imports: [TableState, I18N_PIPES, PeriodForm, ConfirmDialog],
  templateUrl: './admin-periods.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class AdminPeriodsPage {
  private readonly data = inject(AdminDataService);
  private readonly periodsService = inject(PeriodsService);
  protected readonly i18n = inject(I18nService);

  protected readonly lifecycle = PERIOD_STATES;
  protected readonly periods = rxResource({ stream: () => this.periodsService.list() });
  protected readonly rows = computed(() => (this.periods.hasValue() ? newestFirst(this.periods.value()) : []));

  protected readonly formOpen = signal(false);
  protected readonly editing = signal<PeriodView | null>(null);
  protected readonly notice = signal<string | null>(null);

  protected readonly pending = signal<{ period: PeriodView; to: PeriodState } | null>(null);
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
    const t = (k: TranslationKey, params?: Record<string, string | number>) => this.i18n.translate(k, params);
    return {
      heading: t('transition.confirmTitle', {
        name: p.period.name,
        to: t(PERIOD_STATE_LABEL[p.to]),
      }),
      lines: transitionConsequences(p.period, p.to, t),
      confirm: t(ACTION_LABEL[p.to]),
    };
  });

  protected stateLabel(state: PeriodState): TranslationKey {
    return PERIOD_STATE_LABEL[state];
  }

  protected actionLabel(state: PeriodState): TranslationKey {
    return ACTION_LABEL[state];
  }

  protected openCreate(): void {
    this.editing.set(null);
    this.formOpen.set(true);
  }

  protected openEdit(period: PeriodView): void {
    this.editing.set(period);
    this.formOpen.set(true);
  }

  protected onSaved(period: PeriodView): void {
    this.notice.set(this.i18n.translate('periods.saved', { name: period.name }));
    this.refresh();
  }

  protected askTransition(period: PeriodView, to: PeriodState): void {
    this.failure.set(null);
    this.pending.set({ period, to });
    this.confirmOpen.set(true);
  }

  protected confirmTransition(): void {
    const p = this.pending();
    if (!p) return;
    this.busy.set(true);
    this.data.transition(p.period.id, p.to).subscribe({
      next: (result) => {
        this.busy.set(false);
        this.confirmOpen.set(false);
        const state = this.i18n.translate(PERIOD_STATE_LABEL[result.state]);
        this.notice.set(
          result.followUpsOpened !== undefined
            ? this.i18n.translate('periods.movedWithFollowUps', {
                name: result.name,
                state,
                count: this.i18n.number(result.followUpsOpened, '1.0-0'),
              })
            : this.i18n.translate('periods.moved', { name: result.name, state }),
        );
        this.refresh();
      },
      error: (err: unknown) => {
        this.busy.set(false);
        this.failure.set(err);
        // A refused move usually means someone else moved the period: show where it is now.
        if (err instanceof HttpErrorResponse && err.status === 409) this.refresh();
      },
    });
  }

  private refresh(): void {
    this.periodsService.refresh();
    this.periods.reload();
  }
}
