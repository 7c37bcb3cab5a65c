import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit, output, signal } from '@angular/core';
import { FIELD_LIMITS, FollowUpView } from '@pantau/domain';
import { firstValueFrom } from 'rxjs';
import { I18N_PIPES } from '../../core/i18n/i18n.pipes';
import { FIELD_KIT, SendButton, sendingForm } from '../../ui/field';
import { ResponseDraft, responseSchema } from './follow-up-forms';
import { FollowUpsDataService } from './follow-ups-data.service';

/** The agency team's answer: what it did about the item, and a link to the evidence. */
@Component({
  selector: 'pantau-follow-up-response-form',
  imports: [I18N_PIPES, FIELD_KIT, SendButton],
  template: `
    <form class="fu-form" [formRoot]="responseForm" [attr.aria-labelledby]="prefix() + '-title'">
      <h4 class="fu-form__title" [id]="prefix() + '-title'">{{ 'followUpForm.title' | t }}</h4>
      @if (followUp().state === 'rejected') {
        <p class="notice notice--warn">{{ 'followUpForm.afterRejection' | t }}</p>
      }
      <pantau-field
        [label]="'followUpForm.text' | t"
        [controlId]="prefix() + '-text'"
        [hint]="
          'followUpForm.count'
            | t: { count: (responseForm.text().value().length | num: '1.0-0'), max: (max | num: '1.0-0') }
        "
      >
        <textarea
          class="field__control"
          rows="4"
          [placeholder]="'followUpForm.textPlaceholder' | t"
          [formField]="responseForm.text"
        ></textarea>
      </pantau-field>
      <pantau-field
        [label]="'followUpForm.url' | t"
        [controlId]="prefix() + '-url'"
        [hint]="'followUpForm.urlHint' | t"
      >
        <input
          class="field__control"
          type="url"
          inputmode="url"
          placeholder="https://"
          [formField]="responseForm.evidenceUrl"
        />
      </pantau-field>
      @if (error(); as message) {
        <p class="notice notice--error" role="alert">{{ message }}</p>
      }
      <div class="fu-form__actions">
        <pantau-send-button [label]="'followUpForm.submit'" [busyLabel]="'followUpForm.sending'" [busy]="busy()" />
      </div>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FollowUpResponseForm implements OnInit {
  private readonly data = inject(FollowUpsDataService);

  readonly followUp = input.required<FollowUpView>();
  readonly responded = output<FollowUpView>();

  protected readonly max = FIELD_LIMITS.followUpResponse.max;
  protected readonly prefix = computed(() => `fu-${this.followUp().id}-response`);
  private readonly draft = signal<ResponseDraft>({ text: '', evidenceUrl: '' });
  private readonly sending = sendingForm({ model: this.draft, schema: responseSchema, send: () => this.send() });
  protected readonly responseForm = this.sending.form;
  protected readonly busy = this.sending.busy;
  protected readonly error = this.sending.error;

  ngOnInit(): void {
    // After a rejection the team improves its earlier answer rather than starting again.
    const f = this.followUp();
    this.draft.set({ text: f.response ?? '', evidenceUrl: f.evidenceUrl ?? '' });
  }

  private async send(): Promise<undefined> {
    const d = this.draft();
    const view = await firstValueFrom(
      this.data.respond(this.followUp().id, { text: d.text.trim(), evidenceUrl: d.evidenceUrl.trim() }),
    );
    this.responded.emit(view);
    return undefined;
  }
}
