import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { FollowUpState, FollowUpView } from '@pantau/domain';
import { errorText } from '../../core/api/error-message';
import { TranslationKey } from '../../core/i18n/dictionary';
import { FOLLOW_UP_STATE_LABEL } from '../../core/i18n/domain-labels';
import { I18N_PIPES } from '../../core/i18n/i18n.pipes';
import { I18nService } from '../../core/i18n/i18n.service';
import { resolvePeriodId } from '../../core/periods/period-choice';
import { PeriodsService } from '../../core/periods/periods.service';
import { PeriodSelect } from '../../ui/period-select/period-select';
import { EmptyState } from '../../ui/state/empty-state';
import { ErrorState } from '../../ui/state/error-state';
import { LoadingState } from '../../ui/state/loading-state';
import { TrafficLight } from '../../ui/traffic-light/traffic-light';
import { FollowUpsDataService } from './follow-ups-data.service';

/** First pass: the follow-up list, overdue first. Responding and deciding come next. */
@Component({
  selector: 'pantau-follow-ups-page',
  imports: [I18N_PIPES, RouterLink, PeriodSelect, TrafficLight, LoadingState, ErrorState, EmptyState],
  template: `
    <div class="page">
      <header class="page__header">
        <div>
          <h1 class="page__title">{{ 'followUps.title' | t }}</h1>
          <p class="page__lead">{{ 'followUps.lead' | t }}</p>
        </div>
        <pantau-period-select [periods]="periodList()" [value]="periodId()" (valueChange)="chosenPeriod.set($event)" />
      </header>
      @if (error(); as message) {
        <pantau-error [message]="message" (retry)="followUps.reload()" />
      } @else if (followUps.isLoading() || periods.isLoading()) {
        <pantau-loading [label]="'common.loading' | t" />
      } @else if (rows().length === 0) {
        <pantau-empty [title]="'followUps.none' | t" />
      } @else {
        <ul class="list">
          @for (f of rows(); track f.id) {
            <li class="card list__item" [class.list__item--alert]="f.overdue">
              <pantau-traffic-light [color]="f.ratingColor ?? 'grey'" [score]="null" />
              <div class="list__body">
                <p class="list__title">{{ f.itemTitle ?? ('followUps.item' | t: { id: f.itemId }) }}</p>
                <p class="list__meta">
                  @if (f.agencyName) {
                    <a
                      [routerLink]="['/agencies', f.agencyId]"
                      [queryParams]="{ period: f.periodId, pillar: f.pillar }"
                      >{{ f.agencyName }}</a
                    >
                  }
                  @if (f.pillar) {
                    <span>{{ i18n.pillarName(f.pillar) }}</span>
                  }
                  <span class="badge">{{ stateLabel(f.state) | t }}</span>
                  <span [class.badge]="f.overdue" [class.badge--danger]="f.overdue">
                    {{ (f.overdue ? 'followUp.overdueSince' : 'followUp.due') | t: { date: (f.dueDate | localDate) } }}
                  </span>
                </p>
                @if (f.ratingNote) {
                  <p class="list__note">{{ f.ratingNote }}</p>
                }
              </div>
            </li>
          }
        </ul>
      }
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class FollowUpsPage {
  private readonly data = inject(FollowUpsDataService);
  private readonly periodsService = inject(PeriodsService);
  protected readonly i18n = inject(I18nService);

  protected readonly chosenPeriod = signal<number | null>(null);
  protected readonly periods = rxResource({ stream: () => this.periodsService.list() });
  protected readonly periodList = computed(() => (this.periods.hasValue() ? this.periods.value() : []));
  protected readonly periodId = computed(() => resolvePeriodId(this.periodList(), this.chosenPeriod()));

  protected readonly followUps = rxResource({
    params: () => this.periodId() ?? undefined,
    stream: ({ params }) => this.data.list(params),
  });
  protected readonly rows = computed(() =>
    [...(this.followUps.hasValue() ? this.followUps.value() : [])].sort(
      (a: FollowUpView, b: FollowUpView) => Number(b.overdue) - Number(a.overdue) || a.dueDate.localeCompare(b.dueDate),
    ),
  );
  protected readonly error = computed(() => {
    const failure = this.periods.error() ?? this.followUps.error();
    return failure ? errorText((k, p) => this.i18n.translate(k, p), failure) : null;
  });

  protected stateLabel(state: FollowUpState): TranslationKey {
    return FOLLOW_UP_STATE_LABEL[state];
  }
}
