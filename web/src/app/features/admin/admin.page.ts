import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { JobRunView, PERIOD_STATE_NAMES, Role } from '@pantau/domain';
import { errorText } from '../../core/api/error-message';
import { ROLE_LABEL } from '../../core/i18n/domain-labels';
import { TranslationKey } from '../../core/i18n/dictionary';
import { I18N_PIPES } from '../../core/i18n/i18n.pipes';
import { I18nService } from '../../core/i18n/i18n.service';
import { newestFirst } from '../../core/periods/period-choice';
import { PeriodsService } from '../../core/periods/periods.service';
import { EmptyState } from '../../ui/state/empty-state';
import { ErrorState } from '../../ui/state/error-state';
import { LoadingState } from '../../ui/state/loading-state';
import { AdminDataService } from './admin-data.service';

/** First pass: read-only lists of periods, users and job runs. Editing, transitions and imports come next. */
@Component({
  selector: 'pantau-admin-page',
  imports: [I18N_PIPES, LoadingState, ErrorState, EmptyState],
  templateUrl: './admin.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class AdminPage {
  private readonly data = inject(AdminDataService);
  private readonly periodsService = inject(PeriodsService);
  protected readonly i18n = inject(I18nService);
  protected readonly stateNames = PERIOD_STATE_NAMES;

  protected readonly periods = rxResource({ stream: () => this.periodsService.list() });
  protected readonly users = rxResource({ stream: () => this.data.users() });
  protected readonly jobs = rxResource({ stream: () => this.data.jobs() });

  protected readonly periodRows = computed(() => (this.periods.hasValue() ? newestFirst(this.periods.value()) : []));
  protected readonly userRows = computed(() => (this.users.hasValue() ? this.users.value() : []));
  protected readonly jobRows = computed(() => (this.jobs.hasValue() ? this.jobs.value().jobs : []));

  protected errorOf(failure: unknown): string {
    return errorText((k, p) => this.i18n.translate(k, p), failure);
  }

  protected outcomeLabel(outcome: JobRunView['outcome']): TranslationKey {
    return `job.outcome.${outcome}`;
  }

  protected isLocked(lockedUntil: string | null): boolean {
    return lockedUntil !== null && new Date(lockedUntil).getTime() > Date.now();
  }

  protected roleLabel(role: Role): TranslationKey {
    return ROLE_LABEL[role];
  }
}
