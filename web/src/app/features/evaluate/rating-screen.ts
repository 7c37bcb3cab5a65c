import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { AssignmentView, ItemView, PeriodView } from '@pantau/domain';
import { I18N_PIPES } from '../../core/i18n/i18n.pipes';
import { I18nService } from '../../core/i18n/i18n.service';
import { EmptyState } from '../../ui/state/empty-state';
import { ErrorState } from '../../ui/state/error-state';
import { LoadingState } from '../../ui/state/loading-state';
import { RatingItemList } from './rating-item-list';
import { RatingPanel } from './rating-panel';
import { RatingSession } from './rating-session';
import { ShortcutHelp } from './shortcut-help';
import { isTypingTarget, shortcutFor } from './shortcuts';

/**
 * Rates an agency's items one by one, by keyboard or pointer. A colour saves at once with whatever note is
 * typed; a later note is saved with Ctrl+Enter or the save button. Every save sends the item version the
 * evaluator saw, so a rating made meanwhile by someone else is shown, not overwritten. The session's state lives
 * in `RatingSession`; this screen lays out the list, the panel and the shortcut help, and owns the keyboard.
 */
@Component({
  selector: 'pantau-rating-screen',
  imports: [I18N_PIPES, RouterLink, RatingItemList, RatingPanel, ShortcutHelp, LoadingState, ErrorState, EmptyState],
  providers: [RatingSession],
  templateUrl: './rating-screen.html',
  styleUrl: './rating-screen.css',
  host: { '(document:keydown)': 'onKeydown($event)' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RatingScreen {
  protected readonly session = inject(RatingSession);
  private readonly i18n = inject(I18nService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly period = input.required<PeriodView>();
  readonly agencyId = input.required<number>();
  readonly agencyName = input<string | null>(null);
  readonly assignment = input<AssignmentView | null>(null);
  /** The item in the URL; null starts at the first unrated item. */
  readonly itemId = input<number | null>(null);
  readonly itemChange = output<number>();
  readonly done = output<string>();

  protected readonly helpOpen = signal(false);
  private readonly panel = viewChild(RatingPanel);

  protected readonly doneHint = computed(() => {
    if (this.period().state !== 'evaluation') return this.i18n.translate('rating.doneOnlyInEvaluation');
    if (this.session.allRated()) return this.i18n.translate('rating.doneReady');
    return this.i18n.translate('rating.doneHint', {
      left: this.i18n.number(this.session.total() - this.session.rated(), '1.0-0'),
    });
  });
  protected readonly loadError = computed(() => {
    const failure = this.session.loaded.error();
    return failure ? this.session.errorOf(failure) : null;
  });

  constructor() {
    this.session.connect({
      period: this.period,
      agencyId: this.agencyId,
      agencyName: this.agencyName,
      assignment: this.assignment,
      itemId: this.itemId,
    });
  }

  protected onKeydown(event: KeyboardEvent): void {
    if (event.defaultPrevented || this.helpOpen()) return;
    const target = event.target as HTMLElement | null;
    if (isTypingTarget(target) || !this.owns(target)) return;
    const action = shortcutFor(event);
    if (!action) return;
    event.preventDefault();
    switch (action.kind) {
      case 'rate':
        return this.session.rate(action.color);
      case 'next':
        return this.move(1);
      case 'previous':
        return this.move(-1);
      case 'nextUnrated':
        return this.moveToNextUnrated();
      case 'note':
        return this.panel()?.focusNote();
      case 'help':
        return this.helpOpen.set(true);
    }
  }

  /** Shortcuts work from anywhere on the screen, but never from the top bar or another widget's panel. */
  private owns(target: HTMLElement | null): boolean {
    if (!target || target === document.body || target.id === 'main') return true;
    return this.host.nativeElement.contains(target);
  }

  protected move(step: 1 | -1): void {
    this.goTo(this.session.neighbour(step));
  }

  protected moveToNextUnrated(): void {
    this.goTo(this.session.nextUnrated());
  }

  protected select(id: number): void {
    this.session.select(id);
    this.itemChange.emit(id);
    this.panel()?.focusHeading();
  }

  protected async markDone(): Promise<void> {
    const at = await this.session.markDone();
    if (at) this.done.emit(at);
  }

  private goTo(item: ItemView | null): void {
    if (item) this.select(item.id);
  }
}
