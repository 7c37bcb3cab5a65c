import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { form, required, schema, validate } from '@angular/forms/signals';
import { CHANNEL_NAMES, CHANNELS, FIELD_LIMITS, isChannel, PublicationView } from '@pantau/domain';
import { firstValueFrom } from 'rxjs';
import { errorText } from '../../core/api/error-message';
import { I18N_PIPES } from '../../core/i18n/i18n.pipes';
import { I18nService } from '../../core/i18n/i18n.service';
import { FIELD_KIT, submission, textLimit, webAddress } from '../../ui/field';
import { AgencyDataService } from './agency-data.service';

export interface PublicationDraft {
  channel: string;
  url: string;
  publishedAt: string;
  note: string;
}

/** Today in the user's own calendar, as YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Where and when it appeared are required; the day may not be after `today`; a link must be one a browser opens. */
export const publicationSchema = (today: () => string) =>
  schema<PublicationDraft>((p) => {
    required(p.channel, { message: 'publicationForm.channelRequired' });
    validate(p.publishedAt, ({ value }) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value())) return { kind: 'required', message: 'publicationForm.dateRequired' };
      return value() > today() ? { kind: 'maxDate', message: 'publicationForm.dateFuture' } : null;
    });
    webAddress(p.url, 'publicationForm.urlInvalid');
    textLimit(p.url, FIELD_LIMITS.publicationUrl, { tooLong: 'publicationForm.urlTooLong' });
    textLimit(p.note, FIELD_LIMITS.publicationNote, { tooLong: 'publicationForm.noteTooLong' });
  });

let nextId = 0;

/** Logs one publication of an item: where it appeared, the link, the day. */
@Component({
  selector: 'pantau-publication-form',
  imports: [I18N_PIPES, FIELD_KIT],
  template: `
    <form class="pub-form" [formRoot]="publicationForm" [attr.aria-labelledby]="id + '-title'">
      <h4 class="pub-form__title" [id]="id + '-title'">{{ 'publicationForm.title' | t }}</h4>
      <div class="pub-form__grid">
        <pantau-field [label]="'publicationForm.channel' | t" [controlId]="id + '-channel'">
          <select class="field__control" [formField]="publicationForm.channel">
            <option value="">{{ 'publicationForm.chooseChannel' | t }}</option>
            @for (c of channels(); track c.value) {
              <option [value]="c.value">{{ c.label }}</option>
            }
          </select>
        </pantau-field>
        <pantau-field [label]="'publicationForm.date' | t" [controlId]="id + '-date'">
          <input class="field__control" type="date" [attr.max]="today" [formField]="publicationForm.publishedAt" />
        </pantau-field>
        <pantau-field
          class="pub-form__wide"
          [label]="'publicationForm.url' | t"
          [controlId]="id + '-url'"
          [optional]="true"
        >
          <input
            class="field__control"
            type="url"
            inputmode="url"
            placeholder="https://"
            [formField]="publicationForm.url"
          />
        </pantau-field>
        <pantau-field
          class="pub-form__wide"
          [label]="'publicationForm.note' | t"
          [controlId]="id + '-note'"
          [optional]="true"
        >
          <textarea
            class="field__control"
            rows="2"
            [placeholder]="'publicationForm.notePlaceholder' | t"
            [formField]="publicationForm.note"
          ></textarea>
        </pantau-field>
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
  private readonly draft = signal<PublicationDraft>({ channel: '', url: '', publishedAt: this.today, note: '' });
  protected readonly publicationForm = form(
    this.draft,
    publicationSchema(() => this.today),
    {
      submission: submission(
        () => this.save(),
        () => this.failure.set(null),
      ),
    },
  );
  /** The empty entry left after a save: "saved" shows until the user starts the next one. */
  private readonly afterSave = signal<PublicationDraft | null>(null);
  private readonly failure = signal<unknown>(null);

  protected readonly status = computed(() =>
    this.afterSave() === this.draft() ? this.i18n.translate('publicationForm.saved') : '',
  );

  protected readonly busy = computed(() => this.publicationForm().submitting());
  protected readonly channels = computed(() =>
    CHANNELS.map((value) => ({ value, label: this.i18n.name(CHANNEL_NAMES[value]) })),
  );
  protected readonly error = computed(() => {
    const failure = this.failure();
    return failure ? errorText((k, p) => this.i18n.translate(k, p), failure) : null;
  });

  private async save(): Promise<undefined> {
    this.failure.set(null);
    const d = this.draft();
    if (!isChannel(d.channel)) return undefined;
    try {
      const publication = await firstValueFrom(
        this.data.logPublication(this.itemId(), {
          channel: d.channel,
          url: d.url.trim() || null,
          publishedAt: d.publishedAt,
          note: d.note.trim() || null,
        }),
      );
      const next = { channel: d.channel, url: '', publishedAt: this.today, note: '' };
      this.publicationForm().reset(next);
      this.afterSave.set(next);
      this.logged.emit(publication);
    } catch (err) {
      this.failure.set(err);
    }
    return undefined;
  }
}
