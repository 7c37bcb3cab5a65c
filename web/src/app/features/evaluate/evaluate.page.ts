import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { BATCH_NAMES } from '@pantau/domain';
import { AuthService } from '../../core/auth/auth.service';
import { errorText } from '../../core/api/error-message';
import { I18N_PIPES } from '../../core/i18n/i18n.pipes';
import { I18nService } from '../../core/i18n/i18n.service';
import { resolvePeriodId } from '../../core/periods/period-choice';
import { PeriodsService } from '../../core/periods/periods.service';
import { PeriodSelect } from '../../ui/period-select/period-select';
import { EmptyState } from '../../ui/state/empty-state';
import { ErrorState } from '../../ui/state/error-state';
import { LoadingState } from '../../ui/state/loading-state';
import { EvaluateDataService } from './evaluate-data.service';

/** First pass: the evaluator's assigned agencies with progress. The rating screen comes next. */
@Component({
  selector: 'pantau-evaluate-page',
  imports: [I18N_PIPES, RouterLink, PeriodSelect, LoadingState, ErrorState, EmptyState],
  template: `
    <div class="page">
      <header class="page__header">
        <div>
          <h1 class="page__title">{{ 'evaluate.title' | t }}</h1>
          <p class="page__lead">{{ 'evaluate.lead' | t }}</p>
        </div>
        <pantau-period-select [periods]="periodList()" [value]="periodId()" (valueChange)="chosenPeriod.set($event)" />
      </header>
      @if (error(); as message) {
        <pantau-error [message]="message" (retry)="assignments.reload()" />
      } @else if (assignments.isLoading() || periods.isLoading()) {
        <pantau-loading [label]="'common.loading' | t" />
      } @else if (rows().length === 0) {
        <pantau-empty [title]="'evaluate.none' | t" />
      } @else {
        <div class="card table-scroll">
          <table class="data-table">
            <caption class="visually-hidden">
              {{
                'evaluate.title' | t
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ 'matrix.agency' | t }}</th>
                <th scope="col">{{ 'evaluate.progress' | t }}</th>
                <th scope="col">{{ 'evaluate.status' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (row of rows(); track row.agencyId) {
                <tr>
                  <th scope="row">
                    <a [routerLink]="['/agencies', row.agencyId]" [queryParams]="{ period: periodId() }">{{
                      row.agencyName
                    }}</a>
                    <span class="muted"> · {{ i18n.name(batchNames[row.batch]) }}</span>
                  </th>
                  <td>
                    <div class="progress-cell">
                      <progress
                        [value]="row.rated"
                        [max]="row.total || 1"
                        [attr.aria-label]="'evaluate.progressLabel' | t: { agency: row.agencyName }"
                      ></progress>
                      <span>{{ row.rated | num: '1.0-0' }} / {{ row.total | num: '1.0-0' }}</span>
                    </div>
                  </td>
                  <td>
                    {{ (row.total > 0 && row.rated === row.total ? 'evaluate.done' : 'evaluate.inProgress') | t }}
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class EvaluatePage {
  private readonly data = inject(EvaluateDataService);
  private readonly periodsService = inject(PeriodsService);
  protected readonly i18n = inject(I18nService);
  private readonly auth = inject(AuthService);
  protected readonly batchNames = BATCH_NAMES;

  protected readonly chosenPeriod = signal<number | null>(null);
  protected readonly periods = rxResource({ stream: () => this.periodsService.list() });
  protected readonly periodList = computed(() => (this.periods.hasValue() ? this.periods.value() : []));
  protected readonly periodId = computed(() => resolvePeriodId(this.periodList(), this.chosenPeriod()));

  protected readonly assignments = rxResource({
    params: () => {
      const periodId = this.periodId();
      const evaluatorId = this.auth.user()?.id;
      return periodId === null || evaluatorId === undefined ? undefined : { periodId, evaluatorId };
    },
    stream: ({ params }) => this.data.assignments(params.periodId, params.evaluatorId),
  });
  /** The least rated first: that is where the work is. */
  protected readonly rows = computed(() =>
    [...(this.assignments.hasValue() ? this.assignments.value() : [])].sort(
      (a, b) => a.rated / (a.total || 1) - b.rated / (b.total || 1) || a.agencyName.localeCompare(b.agencyName),
    ),
  );
  protected readonly error = computed(() => {
    const failure = this.periods.error() ?? this.assignments.error();
    return failure ? errorText((k, p) => this.i18n.translate(k, p), failure) : null;
  });
}
