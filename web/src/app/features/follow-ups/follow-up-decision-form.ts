import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { COLOR_NAMES, COLOR_SYMBOLS, FollowUpDecision, FollowUpView, RATING_COLORS, RatingColor } from '@pantau/domain';
import { firstValueFrom } from 'rxjs';
import { I18N_PIPES } from '../../core/i18n/i18n.pipes';
import { I18nService } from '../../core/i18n/i18n.service';
import { FIELD_KIT, SendButton, sendingForm } from '../../ui/field';
import { DecisionDraft, decisionSchema } from './follow-up-forms';
import { FollowUpsDataService } from './follow-ups-data.service';

/** The evaluator accepts the answer with the item's new colour, or rejects it saying what is missing. */
@Component({
  selector: 'pantau-follow-up-decision-form',
  imports: [I18N_PIPES, FIELD_KIT, SendButton],
  template: `
    <form class="fu-form" [formRoot]="decisionForm" [attr.aria-labelledby]="prefix() + '-title'">
      <h4 class="fu-form__title" [id]="prefix() + '-title'">{{ 'decisionForm.title' | t }}</h4>
      <pantau-field-group [legend]="'decisionForm.decision' | t" [field]="decisionForm.decision">
        @for (d of decisions; track d) {
          <label class="fu-choice__option">
            <input type="radio" [value]="d" [formField]="decisionForm.decision" />
            <span>{{ (d === 'accept' ? 'decisionForm.accept' : 'decisionForm.reject') | t }}</span>
          </label>
        }
      </pantau-field-group>
      @if (draft().decision === 'accept') {
        <pantau-field-group [legend]="'decisionForm.newColor' | t" [field]="decisionForm.color">
          @for (c of colors; track c) {
            <label class="fu-choice__option">
              <input type="radio" [value]="c" [formField]="decisionForm.color" />
              <span class="dot dot--symbol tl-{{ c }}" aria-hidden="true">{{ symbol(c) }}</span>
              <span>{{ colorName(c) }}</span>
            </label>
          }
        </pantau-field-group>
      }
      <pantau-field
        [label]="'decisionForm.note' | t"
        [controlId]="prefix() + '-note'"
        [optional]="draft().decision !== 'reject'"
      >
        <textarea
          class="field__control"
          rows="3"
          [placeholder]="
            (draft().decision === 'reject' ? 'decisionForm.rejectPlaceholder' : 'decisionForm.notePlaceholder') | t
          "
          [formField]="decisionForm.note"
        ></textarea>
      </pantau-field>
      @if (error(); as message) {
        <p class="notice notice--error" role="alert">{{ message }}</p>
      }
      <div class="fu-form__actions">
        <pantau-send-button [label]="'decisionForm.submit'" [busy]="busy()" />
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

  protected readonly decisions: readonly FollowUpDecision[] = ['accept', 'reject'];
  /** Best first: an accepted follow-up usually lifts the item. */
  protected readonly colors: readonly RatingColor[] = [...RATING_COLORS].reverse();
  protected readonly prefix = computed(() => `fu-${this.followUp().id}-decision`);
  protected readonly draft = signal<DecisionDraft>({ decision: '', color: '', note: '' });
  private readonly sending = sendingForm({ model: this.draft, schema: decisionSchema, send: () => this.send() });
  protected readonly decisionForm = this.sending.form;
  protected readonly busy = this.sending.busy;
  protected readonly error = this.sending.error;

  protected symbol(color: RatingColor): string {
    return COLOR_SYMBOLS[color];
  }

  protected colorName(color: RatingColor): string {
    return this.i18n.name(COLOR_NAMES[color]);
  }

  private async send(): Promise<undefined> {
    const d = this.draft();
    if (!d.decision) return undefined;
    const view = await firstValueFrom(
      this.data.decide(this.followUp().id, {
        decision: d.decision,
        note: d.note.trim() || null,
        color: d.decision === 'accept' && d.color ? d.color : null,
      }),
    );
    this.decided.emit(view);
    return undefined;
  }
}
