import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { RatingView } from '@pantau/domain';
import { I18N_PIPES } from '../../core/i18n/i18n.pipes';
import { TrafficLight } from '../../ui/traffic-light/traffic-light';
import { RatingDraft } from './rating-draft';

/**
 * Someone else rated the item first: their rating beside the user's unsaved choice, and the two ways on.
 * The user's note stays in the draft whichever way they go.
 */
@Component({
  selector: 'pantau-rating-conflict',
  imports: [I18N_PIPES, TrafficLight],
  template: `
    <div class="rs-conflict rs-conflict-box" role="group" aria-labelledby="rs-conflict-title">
      <h4 class="rs-conflict__title" id="rs-conflict-title" tabindex="-1">
        <span aria-hidden="true">⇄</span> {{ 'rating.conflictTitle' | t: { name: name() } }}
      </h4>
      <p class="rs-conflict__lead">{{ 'rating.conflictLead' | t }}</p>
      <div class="rs-compare">
        <div class="rs-compare__side">
          <h5 class="rs-compare__title">{{ 'rating.conflictMine' | t }}</h5>
          @if (mine()?.color; as color) {
            <pantau-traffic-light [color]="color" [score]="null" />
          }
          <p class="rs-compare__text">
            <strong>{{ 'rating.note' | t }}:</strong> {{ mine()?.note || '–' }}
          </p>
          <p class="rs-compare__text">
            <strong>{{ 'rating.recommendation' | t }}:</strong> {{ mine()?.recommendation || '–' }}
          </p>
        </div>
        <div class="rs-compare__side">
          <h5 class="rs-compare__title">
            {{ 'rating.conflictTheirs' | t: { name: name() } }}
            @if (theirs(); as t) {
              <span class="muted">· {{ t.createdAt | localDate: 'short' }}</span>
            }
          </h5>
          @if (theirs(); as t) {
            <pantau-traffic-light [color]="t.color" [score]="null" />
            <p class="rs-compare__text">
              <strong>{{ 'rating.note' | t }}:</strong> {{ t.note || '–' }}
            </p>
            <p class="rs-compare__text">
              <strong>{{ 'rating.recommendation' | t }}:</strong> {{ t.recommendation || '–' }}
            </p>
          } @else {
            <p class="muted">{{ 'rating.conflictNoRating' | t }}</p>
          }
        </div>
      </div>
      <div class="rs-conflict__actions">
        <button type="button" class="button button--primary" (click)="keepMine.emit()">
          {{ 'rating.keepMine' | t }}
        </button>
        <button type="button" class="button button--secondary" (click)="takeTheirs.emit()">
          {{ 'rating.takeTheirs' | t: { name: name() } }}
        </button>
      </div>
    </div>
  `,
  styleUrl: './rating-conflict.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RatingConflict {
  readonly mine = input.required<RatingDraft | null>();
  readonly theirs = input.required<RatingView | null>();
  readonly name = input.required<string>();
  readonly keepMine = output<void>();
  readonly takeTheirs = output<void>();
}
