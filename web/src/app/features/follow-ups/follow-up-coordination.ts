import { LiveAnnouncer } from '@angular/cdk/a11y';
import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { form, schema } from '@angular/forms/signals';
import { FIELD_LIMITS, FollowUpHistoryEntry, FollowUpView } from '@pantau/domain';
import { firstValueFrom } from 'rxjs';
import { errorText } from '../../core/api/error-message';
import { I18N_PIPES } from '../../core/i18n/i18n.pipes';
import { I18nService } from '../../core/i18n/i18n.service';
import { FIELD_KIT, requiredText, submission, textLimit } from '../../ui/field';
import { FollowUpsDataService } from './follow-ups-data.service';

interface NoteDraft {
  text: string;
}

/** The same rules as the API's FollowUpNoteDto. */
const noteSchema = schema<NoteDraft>((n) => {
  requiredText(n.text, 'coordination.noteRequired');
  textLimit(n.text, FIELD_LIMITS.coordinationNote, { tooLong: 'coordination.noteTooLong' });
});

/** A provincial coordinator's tools on a follow-up: remind the agency team (once a day) and leave it a note. */
@Component({
  selector: 'pantau-follow-up-coordination',
  imports: [I18N_PIPES, FIELD_KIT],
  template: `
    <div class="fu-coord">
      @if (canRemind()) {
        <button
          type="button"
          class="button button--small button--primary"
          [disabled]="reminding()"
          [attr.aria-busy]="reminding()"
          (click)="remind()"
        >
          @if (reminding()) {
            <span class="spinner spinner--small spinner--light" aria-hidden="true"></span>
            {{ 'coordination.reminding' | t }}
          } @else {
            {{ 'coordination.remind' | t }}
          }
        </button>
      }
      <button
        type="button"
        class="button button--small"
        [attr.aria-expanded]="noteOpen()"
        [attr.aria-controls]="prefix() + '-form'"
        (click)="noteOpen.set(!noteOpen())"
      >
        {{ 'coordination.note' | t }}
      </button>
    </div>
    @if (remindError(); as message) {
      <p class="notice notice--error" role="alert">{{ message }}</p>
    }
    @if (noteOpen()) {
      <form class="fu-form" [id]="prefix() + '-form'" [formRoot]="noteForm">
        <pantau-field [label]="'coordination.noteLabel' | t" [controlId]="prefix() + '-text'">
          <textarea class="field__control" rows="3" [formField]="noteForm.text"></textarea>
        </pantau-field>
        @if (noteError(); as message) {
          <p class="notice notice--error" role="alert">{{ message }}</p>
        }
        <div class="fu-form__actions">
          <button type="submit" class="button button--primary" [disabled]="noteBusy()" [attr.aria-busy]="noteBusy()">
            @if (noteBusy()) {
              <span class="spinner spinner--small spinner--light" aria-hidden="true"></span>
              {{ 'common.saving' | t }}
            } @else {
              {{ 'coordination.noteSend' | t }}
            }
          </button>
        </div>
      </form>
    }
  `,
  styles: `
    .fu-coord {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FollowUpCoordination {
  private readonly data = inject(FollowUpsDataService);
  private readonly i18n = inject(I18nService);
  private readonly announcer = inject(LiveAnnouncer);

  readonly followUp = input.required<FollowUpView>();
  /** Reminding is for follow-ups that await the agency's answer; notes may be left on any. */
  readonly canRemind = input(false);
  /** The follow-up's history as it stands after the reminder or note. */
  readonly recorded = output<FollowUpHistoryEntry[]>();

  protected readonly prefix = computed(() => `fu-${this.followUp().id}-note`);
  protected readonly reminding = signal(false);
  private readonly remindFailure = signal<unknown>(null);
  protected readonly remindError = computed(() => this.words(this.remindFailure()));

  protected readonly noteOpen = signal(false);
  private readonly draft = signal<NoteDraft>({ text: '' });
  protected readonly noteForm = form(this.draft, noteSchema, {
    submission: submission(
      () => this.sendNote(),
      () => this.noteFailure.set(null),
    ),
  });
  private readonly noteFailure = signal<unknown>(null);
  protected readonly noteBusy = computed(() => this.noteForm().submitting());
  protected readonly noteError = computed(() => this.words(this.noteFailure()));

  protected async remind(): Promise<void> {
    this.reminding.set(true);
    this.remindFailure.set(null);
    try {
      const history = await firstValueFrom(this.data.remind(this.followUp().id));
      void this.announcer.announce(this.i18n.translate('coordination.reminded'));
      this.recorded.emit(history);
    } catch (err) {
      // The server's refusal ("already reminded today", "no longer awaits an answer") is said in words.
      this.remindFailure.set(err);
    } finally {
      this.reminding.set(false);
    }
  }

  private async sendNote(): Promise<undefined> {
    this.noteFailure.set(null);
    try {
      const history = await firstValueFrom(this.data.note(this.followUp().id, this.draft().text.trim()));
      this.draft.set({ text: '' });
      this.noteForm().reset();
      this.noteOpen.set(false);
      void this.announcer.announce(this.i18n.translate('coordination.noteSent'));
      this.recorded.emit(history);
    } catch (err) {
      this.noteFailure.set(err);
    }
    return undefined;
  }

  private words(failure: unknown): string | null {
    return failure ? errorText((k, p) => this.i18n.translate(k, p), failure) : null;
  }
}
