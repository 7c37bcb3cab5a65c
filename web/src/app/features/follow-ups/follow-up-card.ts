import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  output,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { awaitsAnswer, COLOR_NAMES, FollowUpHistoryEntry, FollowUpView, PublicationView } from '@pantau/domain';
import { errorText } from '../../core/api/error-message';
import { TranslationKey } from '../../core/i18n/dictionary';
import { FOLLOW_UP_STATE_LABEL } from '../../core/i18n/domain-labels';
import { I18N_PIPES } from '../../core/i18n/i18n.pipes';
import { I18nService } from '../../core/i18n/i18n.service';
import { hostOf, PublicationLog, safeUrl } from '../../ui/publication-log/publication-log';
import { TrafficLight } from '../../ui/traffic-light/traffic-light';
import { FollowUpCoordination } from './follow-up-coordination';
import { FollowUpDecisionForm } from './follow-up-decision-form';
import { FollowUpHistory } from './follow-up-history';
import { FollowUpResponseForm } from './follow-up-response-form';
import { FollowUpsDataService } from './follow-ups-data.service';

const DAY_MS = 86_400_000;

/** Whole days from today to a YYYY-MM-DD due date (negative once it has passed). */
export function daysUntil(dueDate: string, now = new Date()): number {
  const [y, m, d] = dueDate.split('-').map(Number);
  const due = Date.UTC(y!, (m ?? 1) - 1, d ?? 1);
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  return Math.round((due - today) / DAY_MS);
}

type Lazy<T> = { state: 'idle' | 'loading' } | { state: 'ready'; value: T } | { state: 'error'; error: unknown };

@Component({
  selector: 'pantau-follow-up-card',
  imports: [
    I18N_PIPES,
    RouterLink,
    TrafficLight,
    PublicationLog,
    FollowUpResponseForm,
    FollowUpDecisionForm,
    FollowUpCoordination,
    FollowUpHistory,
  ],
  templateUrl: './follow-up-card.html',
  styleUrl: './follow-up-card.css',
  host: {
    class: 'card fu-card',
    '[class.fu-card--overdue]': 'followUp().overdue',
    '[class.fu-card--focus]': 'focused()',
    '[attr.id]': '"follow-up-" + followUp().id',
  },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FollowUpCard {
  private readonly data = inject(FollowUpsDataService);
  protected readonly i18n = inject(I18nService);

  readonly followUp = input.required<FollowUpView>();
  readonly canRespond = input(false);
  readonly canDecide = input(false);
  readonly showAgency = input(true);
  readonly focused = input(false);
  /** A provincial coordinator's tools: a note on any follow-up, a reminder on one awaiting an answer. */
  readonly canCoordinate = input(false);
  readonly canRemind = input(false);
  readonly updated = output<FollowUpView>();

  /**
   * Answering is the agency team's task here, so its form stands open on every follow-up waiting for an
   * answer; the evaluator's decision form opens on request, or by itself on the follow-up a notification named.
   */
  protected readonly formOpen = linkedSignal(() => this.focused() || (this.canRespond() && this.waiting()));
  protected readonly publications = signal<Lazy<PublicationView[]>>({ state: 'idle' });
  protected readonly history = signal<Lazy<FollowUpHistoryEntry[]>>({ state: 'idle' });
  protected readonly historyOpen = signal(false);

  protected readonly stateLabel = computed<TranslationKey>(() => FOLLOW_UP_STATE_LABEL[this.followUp().state]);
  protected readonly days = computed(() => daysUntil(this.followUp().dueDate));
  protected readonly waiting = computed(() => awaitsAnswer(this.followUp().state));
  protected readonly colorLabel = computed(() => {
    const color = this.followUp().ratingColor;
    return color ? this.i18n.name(COLOR_NAMES[color]) : this.i18n.translate('agencyItem.ratingHidden');
  });
  protected readonly evidence = computed(() => safeUrl(this.followUp().evidenceUrl));
  protected readonly publicationList = computed(() => {
    const p = this.publications();
    return p.state === 'ready' ? p.value : null;
  });
  protected readonly publicationsError = computed(() => {
    const p = this.publications();
    return p.state === 'error' ? errorText((k, params) => this.i18n.translate(k, params), p.error) : null;
  });

  protected host(url: string): string {
    return hostOf(url);
  }

  protected onPublicationsToggle(event: Event): void {
    if ((event.target as HTMLDetailsElement).open && this.publications().state !== 'ready') this.loadPublications();
  }

  protected loadPublications(): void {
    this.publications.set({ state: 'loading' });
    this.data.publications(this.followUp().itemId).subscribe({
      next: (value) => this.publications.set({ state: 'ready', value }),
      error: (error: unknown) => this.publications.set({ state: 'error', error }),
    });
  }

  protected readonly historyList = computed(() => {
    const h = this.history();
    return h.state === 'ready' ? h.value : null;
  });
  protected readonly historyError = computed(() => {
    const h = this.history();
    return h.state === 'error' ? errorText((k, params) => this.i18n.translate(k, params), h.error) : null;
  });

  protected onHistoryToggle(event: Event): void {
    const open = (event.target as HTMLDetailsElement).open;
    this.historyOpen.set(open);
    if (open && this.history().state !== 'ready') this.loadHistory();
  }

  protected loadHistory(): void {
    this.history.set({ state: 'loading' });
    this.data.history(this.followUp().id).subscribe({
      next: (value) => this.history.set({ state: 'ready', value }),
      error: (error: unknown) => this.history.set({ state: 'error', error }),
    });
  }

  /** A reminder or note just recorded: the history shows it at once. */
  protected onRecorded(history: FollowUpHistoryEntry[]): void {
    this.history.set({ state: 'ready', value: history });
    this.historyOpen.set(true);
  }

  protected onDone(view: FollowUpView): void {
    this.formOpen.set(false);
    this.updated.emit(view);
  }
}
