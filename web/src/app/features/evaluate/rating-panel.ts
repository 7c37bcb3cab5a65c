import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  ElementRef,
  inject,
  output,
  viewChild,
} from '@angular/core';
import {
  CellColor,
  COLOR_NAMES,
  COLOR_SYMBOLS,
  FIELD_LIMITS,
  FollowUpState,
  ItemView,
  RATING_COLORS,
  RatingColor,
} from '@pantau/domain';
import { TranslationKey } from '../../core/i18n/dictionary';
import { CADENCE_LABEL, FOLLOW_UP_STATE_LABEL } from '../../core/i18n/domain-labels';
import { I18N_PIPES } from '../../core/i18n/i18n.pipes';
import { I18nService } from '../../core/i18n/i18n.service';
import { PublicationLog, PublicationSummaryLine } from '../../ui/publication-log/publication-log';
import { TrafficLight } from '../../ui/traffic-light/traffic-light';
import { RatingConflict } from './rating-conflict';
import { RatingSession } from './rating-session';
import { keysFor } from './shortcuts';

/** The current item: what it is, its evidence and suggested colour, the evaluator's rating and notes. */
@Component({
  selector: 'pantau-rating-panel',
  imports: [I18N_PIPES, TrafficLight, PublicationSummaryLine, PublicationLog, RatingConflict],
  templateUrl: './rating-panel.html',
  styleUrl: './rating-panel.css',
  host: { class: 'rs-main', role: 'region', 'aria-labelledby': 'rs-item-title' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RatingPanel {
  protected readonly session = inject(RatingSession);
  protected readonly i18n = inject(I18nService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly moveBy = output<1 | -1>();
  readonly nextUnrated = output<void>();

  protected readonly colors = RATING_COLORS;
  protected readonly noteMax = FIELD_LIMITS.ratingNote.max;
  protected readonly recommendationMax = FIELD_LIMITS.ratingRecommendation.max;
  protected readonly noteKeys = keysFor({ kind: 'note' }).join(' ');
  private readonly noteField = viewChild<ElementRef<HTMLTextAreaElement>>('noteField');
  private readonly itemHeading = viewChild<ElementRef<HTMLElement>>('itemHeading');

  protected readonly draft = this.session.draft;
  protected readonly publicationList = computed(() => {
    const p = this.session.currentPublications();
    return p?.state === 'ready' ? p.value : null;
  });
  protected readonly publicationsError = computed(() => {
    const p = this.session.currentPublications();
    return p?.state === 'error' ? this.session.errorOf(p.error) : null;
  });

  constructor() {
    // The decision is the next thing to do after a conflict on the item on screen: take the user to it.
    const sub = this.session.conflictArrived.subscribe((itemId) => {
      if (this.session.current()?.id === itemId) this.focusLater('#rs-conflict-title');
    });
    inject(DestroyRef).onDestroy(() => sub.unsubscribe());
  }

  focusHeading(): void {
    this.focusLater('#rs-item-title');
  }

  focusNote(): void {
    this.noteField()?.nativeElement.focus();
  }

  protected onFieldKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      this.itemHeading()?.nativeElement.focus();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      this.session.saveCurrent();
    }
  }

  protected colorName(color: CellColor): string {
    return this.i18n.name(COLOR_NAMES[color]);
  }

  protected symbol(color: CellColor): string {
    return COLOR_SYMBOLS[color];
  }

  protected keysOf(color: RatingColor): readonly string[] {
    return keysFor({ kind: 'rate', color });
  }

  protected followUpLabel(state: FollowUpState): TranslationKey {
    return FOLLOW_UP_STATE_LABEL[state];
  }

  protected cadenceOf(item: ItemView): TranslationKey {
    return CADENCE_LABEL[item.cadence];
  }

  protected suggestionReason(item: ItemView): string {
    const s = item.suggestion;
    return s ? (this.i18n.lang() === 'id' ? s.reason : s.reasonEn) : '';
  }

  /** After the view shows the new item (or the conflict panel). */
  private focusLater(selector: string): void {
    setTimeout(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), 0);
  }
}
