import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { FollowUpHistoryEntry } from '@pantau/domain';
import { TranslationKey } from '../../core/i18n/dictionary';
import { FOLLOW_UP_STATE_LABEL, ROLE_LABEL } from '../../core/i18n/domain-labels';
import { I18N_PIPES } from '../../core/i18n/i18n.pipes';
import { I18nService } from '../../core/i18n/i18n.service';

const KIND_LABEL: Readonly<Record<FollowUpHistoryEntry['kind'], TranslationKey>> = {
  opened: 'history.kind.opened',
  response: 'history.kind.response',
  decision: 'history.kind.decision',
  reminder: 'history.kind.reminder',
  note: 'history.kind.note',
};

/** A follow-up's life as a timeline, oldest first: what happened, who did it and when. */
@Component({
  selector: 'pantau-follow-up-history',
  imports: [I18N_PIPES],
  template: `
    @if (entries().length === 0) {
      <p class="muted">{{ 'history.empty' | t }}</p>
    } @else {
      <ol class="fu-history" [attr.aria-label]="'history.title' | t">
        @for (e of entries(); track $index) {
          <li class="fu-history__entry" [class]="'fu-history__entry--' + e.kind">
            <p class="fu-history__head">
              <strong>{{ kindLabel(e) | t }}</strong>
              <span class="muted">
                · <time [attr.datetime]="e.at">{{ when(e.at) }}</time> · {{ actor(e) }}</span
              >
            </p>
            @if (text(e); as t) {
              <p class="fu-history__text">{{ t }}</p>
            }
          </li>
        }
      </ol>
    }
  `,
  styles: `
    .fu-history {
      margin: 0;
      padding: 0 0 0 1rem;
      border-left: 2px solid var(--border, #d0d5dd);
      list-style: none;
    }
    .fu-history__entry {
      margin: 0 0 0.75rem;
    }
    .fu-history__head,
    .fu-history__text {
      margin: 0;
    }
    .fu-history__text {
      white-space: pre-line;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FollowUpHistory {
  private readonly i18n = inject(I18nService);

  readonly entries = input.required<readonly FollowUpHistoryEntry[]>();

  protected kindLabel(e: FollowUpHistoryEntry): TranslationKey {
    return KIND_LABEL[e.kind];
  }

  protected when(at: string): string {
    return this.i18n.date(at, 'medium');
  }

  protected actor(e: FollowUpHistoryEntry): string {
    if (!e.by) return this.i18n.translate('history.system');
    return this.i18n.translate('history.by', {
      name: e.by.displayName,
      role: this.i18n.translate(ROLE_LABEL[e.by.role]),
    });
  }

  /** A decision arrives as "state: note"; its state is said in the reader's language. */
  protected text(e: FollowUpHistoryEntry): string | null {
    if (e.kind !== 'decision' || !e.text) return e.text;
    const [state, ...note] = e.text.split(': ');
    const label = FOLLOW_UP_STATE_LABEL[state as keyof typeof FOLLOW_UP_STATE_LABEL];
    if (!label) return e.text;
    return [this.i18n.translate(label), note.join(': ')].filter(Boolean).join(': ');
  }
}
