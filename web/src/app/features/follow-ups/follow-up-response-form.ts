import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit, output, signal } from '@angular/core';
import { FollowUpView } from '@pantau/domain';
import { errorText } from '../../core/api/error-message';
import { I18N_PIPES } from '../../core/i18n/i18n.pipes';
import { I18nService } from '../../core/i18n/i18n.service';
import { ResponseDraft, ResponseErrors, TEXT_MAX, validateResponse } from './follow-up-forms';
import { FollowUpsDataService } from './follow-ups-data.service';

/** The agency team's answer: what it did about the item, and a link to the evidence. */
@Component({
  selector: 'pantau-follow-up-response-form',
  imports: [I18N_PIPES],
  template: `
    <form class="fu-form" novalidate (submit)="submit($event)" [attr.aria-labelledby]="prefix() + '-title'">
      <h4 class="fu-form__title" [id]="prefix() + '-title'">{{ 'followUpForm.title' | t }}</h4>
      @if (followUp().state === 'rejected') {
        <p class="notice notice--warn">{{ 'followUpForm.afterRejection' | t }}</p>
      }
      <div class="field">
        <label class="field__label" [for]="prefix() + '-text'">{{ 'followUpForm.text' | t }}</label>
        <textarea
          class="field__control"
          rows="4"
          [id]="prefix() + '-text'"
          [attr.maxlength]="max"
          [placeholder]="'followUpForm.textPlaceholder' | t"
          [value]="draft().text"
          [attr.aria-invalid]="!!shown().text"
          [attr.aria-describedby]="prefix() + '-text-count' + (shown().text ? ' ' + prefix() + '-text-error' : '')"
          (input)="patch({ text: $any($event.target).value })"
        ></textarea>
        <p class="field__hint" [id]="prefix() + '-text-count'">
          {{ 'followUpForm.count' | t: { count: draft().text.length, max: max } }}
        </p>
        @if (shown().text; as key) {
          <p class="field__error" [id]="prefix() + '-text-error'">{{ key | t }}</p>
        }
      </div>
      <div class="field">
        <label class="field__label" [for]="prefix() + '-url'">{{ 'followUpForm.url' | t }}</label>
        <input
          class="field__control"
          type="url"
          inputmode="url"
          placeholder="https://"
          [id]="prefix() + '-url'"
          [value]="draft().evidenceUrl"
          [attr.aria-invalid]="!!shown().evidenceUrl"
          [attr.aria-describedby]="prefix() + '-url-hint' + (shown().evidenceUrl ? ' ' + prefix() + '-url-error' : '')"
          (input)="patch({ evidenceUrl: $any($event.target).value })"
        />
        <p class="field__hint" [id]="prefix() + '-url-hint'">{{ 'followUpForm.urlHint' | t }}</p>
        @if (shown().evidenceUrl; as key) {
          <p class="field__error" [id]="prefix() + '-url-error'">{{ key | t }}</p>
        }
      </div>
      @if (error(); as message) {
        <p class="notice notice--error" role="alert">{{ message }}</p>
      }
      <div class="fu-form__actions">
        <button type="submit" class="button button--primary" [disabled]="busy()" [attr.aria-busy]="busy()">
          @if (busy()) {
            <span class="spinner spinner--small spinner--light" aria-hidden="true"></span>
            {{ 'followUpForm.sending' | t }}
          } @else {
            {{ 'followUpForm.submit' | t }}
          }
        </button>
      </div>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FollowUpResponseForm implements OnInit {
  private readonly data = inject(FollowUpsDataService);
  private readonly i18n = inject(I18nService);

  readonly followUp = input.required<FollowUpView>();
  readonly responded = output<FollowUpView>();

  protected readonly max = TEXT_MAX;
  protected readonly prefix = computed(() => `fu-${this.followUp().id}-response`);
  protected readonly draft = signal<ResponseDraft>({ text: '', evidenceUrl: '' });
  protected readonly submitted = signal(false);
  protected readonly busy = signal(false);
  private readonly failure = signal<unknown>(null);

  private readonly errors = computed(() => validateResponse(this.draft()));
  protected readonly shown = computed<ResponseErrors>(() => (this.submitted() ? this.errors() : {}));
  protected readonly error = computed(() => {
    const failure = this.failure();
    return failure ? errorText((k, p) => this.i18n.translate(k, p), failure) : null;
  });

  ngOnInit(): void {
    // After a rejection the team improves its earlier answer rather than starting again.
    const f = this.followUp();
    this.draft.set({ text: f.response ?? '', evidenceUrl: f.evidenceUrl ?? '' });
  }

  protected patch(change: Partial<ResponseDraft>): void {
    this.draft.update((d) => ({ ...d, ...change }));
  }

  protected submit(event: Event): void {
    event.preventDefault();
    this.submitted.set(true);
    this.failure.set(null);
    const errors = this.errors();
    if (errors.text || errors.evidenceUrl) {
      document.getElementById(`${this.prefix()}-${errors.text ? 'text' : 'url'}`)?.focus();
      return;
    }
    const d = this.draft();
    this.busy.set(true);
    this.data.respond(this.followUp().id, { text: d.text.trim(), evidenceUrl: d.evidenceUrl.trim() }).subscribe({
      next: (view) => {
        this.busy.set(false);
        this.responded.emit(view);
      },
      error: (err: unknown) => {
        this.busy.set(false);
        this.failure.set(err);
      },
    });
  }
}
