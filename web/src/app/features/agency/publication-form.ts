import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { Channel, CHANNEL_NAMES, CHANNELS, isChannel, PublicationView } from '@pantau/domain';
import { errorText } from '../../core/api/error-message';
import { TranslationKey } from '../../core/i18n/dictionary';
import { I18N_PIPES } from '../../core/i18n/i18n.pipes';
import { I18nService } from '../../core/i18n/i18n.service';
import { AgencyDataService } from './agency-data.service';

export interface PublicationDraft {
  channel: Channel | '';
  url: string;
  publishedAt: string;
  note: string;
}

export type PublicationErrors = Partial<Record<keyof PublicationDraft, TranslationKey>>;

/** Today in the user's own calendar, as YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function validatePublication(draft: PublicationDraft, today: string): PublicationErrors {
  const errors: PublicationErrors = {};
  if (!isChannel(draft.channel)) errors.channel = 'publicationForm.channelRequired';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.publishedAt)) errors.publishedAt = 'publicationForm.dateRequired';
  else if (draft.publishedAt > today) errors.publishedAt = 'publicationForm.dateFuture';
  const url = draft.url.trim();
  if (url && !/^https?:\/\/[^\s/$.?#][^\s]*$/i.test(url)) errors.url = 'publicationForm.urlInvalid';
  if (draft.note.length > 2000) errors.note = 'publicationForm.noteTooLong';
  return errors;
}

let nextId = 0;

/** Logs one publication of an item: where it appeared, the link, the day. */
@Component({
  selector: 'pantau-publication-form',
  imports: [I18N_PIPES],
  template: `
    <form class="pub-form" novalidate (submit)="submit($event)" [attr.aria-labelledby]="id + '-title'">
      <h4 class="pub-form__title" [id]="id + '-title'">{{ 'publicationForm.title' | t }}</h4>
      <div class="pub-form__grid">
        <div class="field">
          <label class="field__label" [for]="id + '-channel'">{{ 'publicationForm.channel' | t }}</label>
          <select
            class="field__control"
            [id]="id + '-channel'"
            [attr.aria-invalid]="!!shownErrors().channel"
            [attr.aria-describedby]="shownErrors().channel ? id + '-channel-error' : null"
            (change)="patch({ channel: $any($event.target).value })"
          >
            <option value="" [selected]="draft().channel === ''">{{ 'publicationForm.chooseChannel' | t }}</option>
            @for (c of channels(); track c.value) {
              <option [value]="c.value" [selected]="draft().channel === c.value">{{ c.label }}</option>
            }
          </select>
          @if (shownErrors().channel; as key) {
            <p class="field__error" [id]="id + '-channel-error'">{{ key | t }}</p>
          }
        </div>
        <div class="field">
          <label class="field__label" [for]="id + '-date'">{{ 'publicationForm.date' | t }}</label>
          <input
            class="field__control"
            type="date"
            [id]="id + '-date'"
            [max]="today"
            [value]="draft().publishedAt"
            [attr.aria-invalid]="!!shownErrors().publishedAt"
            [attr.aria-describedby]="shownErrors().publishedAt ? id + '-date-error' : null"
            (input)="patch({ publishedAt: $any($event.target).value })"
          />
          @if (shownErrors().publishedAt; as key) {
            <p class="field__error" [id]="id + '-date-error'">{{ key | t }}</p>
          }
        </div>
        <div class="field pub-form__wide">
          <label class="field__label" [for]="id + '-url'"
            >{{ 'publicationForm.url' | t }} <span class="muted">{{ 'common.optional' | t }}</span></label
          >
          <input
            class="field__control"
            type="url"
            inputmode="url"
            placeholder="https://"
            [id]="id + '-url'"
            [value]="draft().url"
            [attr.aria-invalid]="!!shownErrors().url"
            [attr.aria-describedby]="shownErrors().url ? id + '-url-error' : null"
            (input)="patch({ url: $any($event.target).value })"
          />
          @if (shownErrors().url; as key) {
            <p class="field__error" [id]="id + '-url-error'">{{ key | t }}</p>
          }
        </div>
        <div class="field pub-form__wide">
          <label class="field__label" [for]="id + '-note'"
            >{{ 'publicationForm.note' | t }} <span class="muted">{{ 'common.optional' | t }}</span></label
          >
          <textarea
            class="field__control"
            rows="2"
            maxlength="2000"
            [id]="id + '-note'"
            [value]="draft().note"
            [placeholder]="'publicationForm.notePlaceholder' | t"
            (input)="patch({ note: $any($event.target).value })"
          ></textarea>
        </div>
      </div>
      @if (error(); as message) {
        <p class="notice notice--error" role="alert">{{ message }}</p>
      }
      <div class="pub-form__actions">
        <button type="submit" class="button button--primary" [disabled]="busy()" [attr.aria-busy]="busy()">
          @if (busy()) {
            <span class="spinner spinner--small spinner--light" aria-hidden="true"></span>
            {{ 'common.saving' | t }}
          } @else {
            {{ 'publicationForm.submit' | t }}
          }
        </button>
        <span class="pub-form__status" role="status">{{ status() }}</span>
      </div>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PublicationForm {
  private readonly data = inject(AgencyDataService);
  private readonly i18n = inject(I18nService);

  readonly itemId = input.required<number>();
  readonly logged = output<PublicationView>();

  protected readonly id = `pub-form-${++nextId}`;
  protected readonly today = localToday();
  protected readonly draft = signal<PublicationDraft>({ channel: '', url: '', publishedAt: this.today, note: '' });
  protected readonly submitted = signal(false);
  protected readonly busy = signal(false);
  protected readonly status = signal('');
  private readonly failure = signal<unknown>(null);

  protected readonly channels = computed(() =>
    CHANNELS.map((value) => ({ value, label: this.i18n.name(CHANNEL_NAMES[value]) })),
  );
  private readonly errors = computed(() => validatePublication(this.draft(), this.today));
  protected readonly shownErrors = computed<PublicationErrors>(() => (this.submitted() ? this.errors() : {}));
  protected readonly error = computed(() => {
    const failure = this.failure();
    return failure ? errorText((k, p) => this.i18n.translate(k, p), failure) : null;
  });

  protected patch(change: Partial<PublicationDraft>): void {
    this.draft.update((d) => ({ ...d, ...change }));
    this.status.set('');
  }

  protected submit(event: Event): void {
    event.preventDefault();
    this.submitted.set(true);
    this.failure.set(null);
    const errors = this.errors();
    const first = Object.keys(errors)[0];
    if (first) {
      const field = first === 'publishedAt' ? 'date' : first;
      document.getElementById(`${this.id}-${field}`)?.focus();
      return;
    }
    const d = this.draft();
    this.busy.set(true);
    this.data
      .logPublication(this.itemId(), {
        channel: d.channel as Channel,
        url: d.url.trim() || null,
        publishedAt: d.publishedAt,
        note: d.note.trim() || null,
      })
      .subscribe({
        next: (publication) => {
          this.busy.set(false);
          this.submitted.set(false);
          this.draft.set({ channel: d.channel, url: '', publishedAt: this.today, note: '' });
          this.status.set(this.i18n.translate('publicationForm.saved'));
          this.logged.emit(publication);
        },
        error: (err: unknown) => {
          this.busy.set(false);
          this.failure.set(err);
        },
      });
  }
}
