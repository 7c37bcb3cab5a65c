import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { COLOR_NAMES, COLOR_SYMBOLS, FollowUpDecision, FollowUpView, RATING_COLORS, RatingColor } from '@pantau/domain';
import { errorText } from '../../core/api/error-message';
import { I18N_PIPES } from '../../core/i18n/i18n.pipes';
import { I18nService } from '../../core/i18n/i18n.service';
import { DecisionDraft, DecisionErrors, TEXT_MAX, validateDecision } from './follow-up-forms';
import { FollowUpsDataService } from './follow-ups-data.service';

/** The evaluator accepts the answer with the item's new colour, or rejects it saying what is missing. */
@Component({
  selector: 'pantau-follow-up-decision-form',
  imports: [I18N_PIPES],
  template: `
    <form class="fu-form" novalidate (submit)="submit($event)" [attr.aria-labelledby]="prefix() + '-title'">
      <h4 class="fu-form__title" [id]="prefix() + '-title'">{{ 'decisionForm.title' | t }}</h4>
      <fieldset class="fu-choice" [attr.aria-invalid]="!!shown().decision">
        <legend class="field__label">{{ 'decisionForm.decision' | t }}</legend>
        @for (d of decisions; track d) {
          <label class="fu-choice__option">
            <input
              type="radio"
              [name]="prefix() + '-decision'"
              [value]="d"
              [checked]="draft().decision === d"
              (change)="patch({ decision: d })"
            />
            <span>{{ (d === 'accept' ? 'decisionForm.accept' : 'decisionForm.reject') | t }}</span>
          </label>
        }
        @if (shown().decision; as key) {
          <p class="field__error">{{ key | t }}</p>
        }
      </fieldset>
      @if (draft().decision === 'accept') {
        <fieldset class="fu-choice">
          <legend class="field__label">{{ 'decisionForm.newColor' | t }}</legend>
          @for (c of colors; track c) {
            <label class="fu-choice__option">
              <input
                type="radio"
                [name]="prefix() + '-color'"
                [value]="c"
                [checked]="draft().color === c"
                (change)="patch({ color: c })"
              />
              <span class="dot dot--symbol tl-{{ c }}" aria-hidden="true">{{ symbol(c) }}</span>
              <span>{{ colorName(c) }}</span>
            </label>
          }
          @if (shown().color; as key) {
            <p class="field__error">{{ key | t }}</p>
          }
        </fieldset>
      }
      <div class="field">
        <label class="field__label" [for]="prefix() + '-note'">
          {{ 'decisionForm.note' | t }}
          @if (draft().decision !== 'reject') {
            <span class="muted">{{ 'common.optional' | t }}</span>
          }
        </label>
        <textarea
          class="field__control"
          rows="3"
          [id]="prefix() + '-note'"
          [attr.maxlength]="max"
          [placeholder]="
            (draft().decision === 'reject' ? 'decisionForm.rejectPlaceholder' : 'decisionForm.notePlaceholder') | t
          "
          [value]="draft().note"
          [attr.aria-invalid]="!!shown().note"
          [attr.aria-describedby]="shown().note ? prefix() + '-note-error' : null"
          (input)="patch({ note: $any($event.target).value })"
        ></textarea>
        @if (shown().note; as key) {
          <p class="field__error" [id]="prefix() + '-note-error'">{{ key | t }}</p>
        }
      </div>
      @if (error(); as message) {
        <p class="notice notice--error" role="alert">{{ message }}</p>
      }
      <div class="fu-form__actions">
        <button type="submit" class="button button--primary" [disabled]="busy()" [attr.aria-busy]="busy()">
          @if (busy()) {
            <span class="spinner spinner--small spinner--light" aria-hidden="true"></span>
            {{ 'common.saving' | t }}
          } @else {
            {{ 'decisionForm.submit' | t }}
          }
        </button>
      </div>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FollowUpDecisionForm {
  private readonly data = inject(FollowUpsDataService);
  private readonly i18n = inject(I18nService);

  readonly followUp = input.required<FollowUpView>();
  readonly decided = output<FollowUpView>();

  protected readonly max = TEXT_MAX;
  protected readonly decisions: readonly FollowUpDecision[] = ['accept', 'reject'];
  /** Best first: an accepted follow-up usually lifts the item. */
  protected readonly colors: readonly RatingColor[] = [...RATING_COLORS].reverse();
  protected readonly prefix = computed(() => `fu-${this.followUp().id}-decision`);
  protected readonly draft = signal<DecisionDraft>({ decision: null, color: null, note: '' });
  protected readonly submitted = signal(false);
  protected readonly busy = signal(false);
  private readonly failure = signal<unknown>(null);

  private readonly errors = computed(() => validateDecision(this.draft()));
  protected readonly shown = computed<DecisionErrors>(() => (this.submitted() ? this.errors() : {}));
  protected readonly error = computed(() => {
    const failure = this.failure();
    return failure ? errorText((k, p) => this.i18n.translate(k, p), failure) : null;
  });

  protected symbol(color: RatingColor): string {
    return COLOR_SYMBOLS[color];
  }

  protected colorName(color: RatingColor): string {
    return this.i18n.name(COLOR_NAMES[color]);
  }

  protected patch(change: Partial<DecisionDraft>): void {
    this.draft.update((d) => ({ ...d, ...change }));
  }

  protected submit(event: Event): void {
    event.preventDefault();
    this.submitted.set(true);
    this.failure.set(null);
    if (Object.keys(this.errors()).length > 0) return;
    const d = this.draft();
    this.busy.set(true);
    this.data
      .decide(this.followUp().id, {
        decision: d.decision!,
        note: d.note.trim() || null,
        color: d.decision === 'accept' ? d.color : null,
      })
      .subscribe({
        next: (view) => {
          this.busy.set(false);
          this.decided.emit(view);
        },
        error: (err: unknown) => {
          this.busy.set(false);
          this.failure.set(err);
        },
      });
  }
}
