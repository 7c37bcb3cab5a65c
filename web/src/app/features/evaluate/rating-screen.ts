import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  input,
  linkedSignal,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import {
  AssignmentView,
  CellColor,
  COLOR_NAMES,
  COLOR_SYMBOLS,
  FollowUpState,
  isFollowUpActive,
  ItemView,
  PeriodView,
  PublicationView,
  RATING_COLORS,
  ratingAllowed,
  RatingColor,
} from '@pantau/domain';
import { errorText } from '../../core/api/error-message';
import { TranslationKey } from '../../core/i18n/dictionary';
import { CADENCE_LABEL, FOLLOW_UP_STATE_LABEL, PERIOD_STATE_LABEL } from '../../core/i18n/domain-labels';
import { I18N_PIPES } from '../../core/i18n/i18n.pipes';
import { I18nService } from '../../core/i18n/i18n.service';
import { Dialog } from '../../ui/dialog/dialog';
import { PublicationLog, PublicationSummaryLine } from '../../ui/publication-log/publication-log';
import { ErrorState } from '../../ui/state/error-state';
import { LoadingState } from '../../ui/state/loading-state';
import { EmptyState } from '../../ui/state/empty-state';
import { TrafficLight } from '../../ui/traffic-light/traffic-light';
import { EvaluateDataService } from './evaluate-data.service';
import { RatingConflict } from './rating-conflict';
import { conflictFrom, draftFrom, isDirty, RatingDraft, SaveState } from './rating-draft';
import { isTypingTarget, keysFor, SHORTCUT_HELP, shortcutFor } from './shortcuts';

type Lazy<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'error'; error: unknown };

function followUpOpen(item: ItemView): boolean {
  return !!item.followUp && isFollowUpActive(item.followUp.state);
}

/**
 * Rates an agency's items one by one, by keyboard or pointer. A colour saves at once with whatever note is
 * typed; a later note is saved with Ctrl+Enter or the save button. Every save sends the item version the
 * evaluator saw, so a rating made meanwhile by someone else is shown, not overwritten.
 */
@Component({
  selector: 'pantau-rating-screen',
  imports: [
    I18N_PIPES,
    RouterLink,
    TrafficLight,
    PublicationSummaryLine,
    PublicationLog,
    Dialog,
    RatingConflict,
    LoadingState,
    ErrorState,
    EmptyState,
  ],
  templateUrl: './rating-screen.html',
  styleUrl: './rating-screen.css',
  host: { '(document:keydown)': 'onKeydown($event)' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RatingScreen {
  private readonly data = inject(EvaluateDataService);
  protected readonly i18n = inject(I18nService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly period = input.required<PeriodView>();
  readonly agencyId = input.required<number>();
  readonly agencyName = input<string | null>(null);
  readonly assignment = input<AssignmentView | null>(null);
  /** The item in the URL; null starts at the first unrated item. */
  readonly itemId = input<number | null>(null);
  readonly itemChange = output<number>();
  readonly done = output<string>();

  protected readonly colors = RATING_COLORS;
  protected readonly shortcuts = SHORTCUT_HELP;
  protected readonly noteKeys = keysFor({ kind: 'note' }).join(' ');
  protected readonly helpOpen = signal(false);
  protected readonly announcement = signal('');
  protected readonly onlyUnrated = signal(false);

  private readonly noteField = viewChild<ElementRef<HTMLTextAreaElement>>('noteField');
  private readonly itemHeading = viewChild<ElementRef<HTMLElement>>('itemHeading');

  protected readonly loaded = rxResource({
    params: () => ({ periodId: this.period().id, agencyId: this.agencyId() }),
    stream: ({ params }) => this.data.items(params.periodId, params.agencyId),
  });
  /** The items as this screen knows them: updated in place after each save. */
  protected readonly items = linkedSignal<ItemView[]>(() => (this.loaded.hasValue() ? this.loaded.value() : []));
  private readonly drafts = signal<ReadonlyMap<number, RatingDraft>>(new Map());
  private readonly saves = signal<ReadonlyMap<number, SaveState>>(new Map());
  private readonly publications = signal<ReadonlyMap<number, Lazy<PublicationView[]>>>(new Map());
  private readonly doneAt = linkedSignal(() => this.assignment()?.evaluatedAt ?? null);
  protected readonly doneBusy = signal(false);
  private readonly doneFailure = signal<unknown>(null);
  /** Saves asked for while the same item is still saving; sent when that save answers. */
  private readonly queued = new Set<number>();

  /** The item in the URL if it is one of these, else the first unrated one; it stays put while rating. */
  private readonly chosenId = linkedSignal<number | null>(() => {
    const requested = this.itemId();
    const list = this.loaded.hasValue() ? this.loaded.value() : [];
    if (requested !== null && list.some((i) => i.id === requested)) return requested;
    return (list.find((i) => !i.rating) ?? list[0])?.id ?? null;
  });
  protected readonly current = computed<ItemView | null>(() => {
    const list = this.items();
    const id = this.chosenId();
    return list.find((i) => i.id === id) ?? list[0] ?? null;
  });
  protected readonly position = computed(() => {
    const current = this.current();
    return current ? this.items().findIndex((i) => i.id === current.id) : -1;
  });
  protected readonly listed = computed(() =>
    this.onlyUnrated() ? this.items().filter((i) => !i.rating || i.id === this.current()?.id) : this.items(),
  );

  protected readonly rated = computed(() => this.items().filter((i) => i.rating).length);
  protected readonly total = computed(() => this.items().length);
  protected readonly allRated = computed(() => this.total() > 0 && this.rated() === this.total());
  /** Agencies are marked done during the evaluation stage only. */
  protected readonly canMarkDone = computed(
    () => this.allRated() && !!this.assignment() && this.period().state === 'evaluation',
  );
  protected readonly evaluatedAt = this.doneAt.asReadonly();
  protected readonly doneHint = computed(() => {
    if (this.period().state !== 'evaluation') return this.i18n.translate('rating.doneOnlyInEvaluation');
    return this.allRated()
      ? this.i18n.translate('rating.doneReady')
      : this.i18n.translate('rating.doneHint', { left: this.total() - this.rated() });
  });

  protected readonly draft = computed<RatingDraft | null>(() => {
    const item = this.current();
    return item ? (this.drafts().get(item.id) ?? draftFrom(item)) : null;
  });
  protected readonly save = computed<SaveState | null>(() => {
    const item = this.current();
    return item ? (this.saves().get(item.id) ?? null) : null;
  });
  protected readonly conflict = computed(() => {
    const s = this.save();
    return s?.state === 'conflict' ? s.conflict : null;
  });
  protected readonly dirty = computed(() => {
    const item = this.current();
    const draft = this.draft();
    return !!item && !!draft && isDirty(draft, item);
  });
  protected readonly saveError = computed(() => {
    const s = this.save();
    return s?.state === 'error' ? this.errorOf(s.error) : null;
  });
  protected readonly doneError = computed(() => {
    const failure = this.doneFailure();
    return failure ? this.errorOf(failure) : null;
  });
  protected readonly loadError = computed(() => {
    const failure = this.loaded.error();
    return failure ? this.errorOf(failure) : null;
  });

  /** The server decides; this only keeps the controls from promising what it will refuse. */
  protected readonly canRate = computed(() => {
    const item = this.current();
    return !!item && !!this.assignment() && ratingAllowed(this.period().state, followUpOpen(item));
  });
  protected readonly lockedReason = computed<string | null>(() => {
    if (!this.assignment()) return this.i18n.translate('rating.notAssigned');
    const item = this.current();
    if (!item || this.canRate()) return null;
    return this.i18n.translate('rating.periodLocked', {
      state: this.i18n.translate(PERIOD_STATE_LABEL[this.period().state]),
    });
  });

  protected readonly currentPublications = computed(() => {
    const item = this.current();
    return item ? (this.publications().get(item.id) ?? { state: 'loading' as const }) : null;
  });
  protected readonly publicationList = computed(() => {
    const p = this.currentPublications();
    return p?.state === 'ready' ? p.value : null;
  });
  protected readonly publicationsError = computed(() => {
    const p = this.currentPublications();
    return p?.state === 'error' ? this.errorOf(p.error) : null;
  });

  constructor() {
    // The evidence of the item on screen, fetched once per item.
    effect(() => {
      const item = this.current();
      if (!item) return;
      untracked(() => {
        const known = this.publications().get(item.id);
        if (!known || known.state === 'error') this.loadPublications(item.id);
      });
    });
  }

  // ——— keyboard ———

  protected onKeydown(event: KeyboardEvent): void {
    if (event.defaultPrevented || this.helpOpen()) return;
    const target = event.target as HTMLElement | null;
    if (isTypingTarget(target) || !this.owns(target)) return;
    const action = shortcutFor(event);
    if (!action) return;
    event.preventDefault();
    switch (action.kind) {
      case 'rate':
        return this.rate(action.color);
      case 'next':
        return this.move(1);
      case 'previous':
        return this.move(-1);
      case 'nextUnrated':
        return this.moveToNextUnrated();
      case 'note':
        return this.focusNote();
      case 'help':
        return this.helpOpen.set(true);
    }
  }

  /** Shortcuts work from anywhere on the screen, but never from the top bar or another widget's panel. */
  private owns(target: HTMLElement | null): boolean {
    if (!target || target === document.body || target.id === 'main') return true;
    return this.host.nativeElement.contains(target);
  }

  protected onNoteKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      this.itemHeading()?.nativeElement.focus();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      this.saveCurrent();
    }
  }

  // ——— moving ———

  protected move(step: 1 | -1): void {
    const list = this.items();
    const next = list[this.position() + step];
    if (next) this.select(next.id);
    else this.announce(this.i18n.translate(step > 0 ? 'rating.atLast' : 'rating.atFirst'));
  }

  protected moveToNextUnrated(): void {
    const list = this.items();
    const from = this.position();
    const next = [...list.slice(from + 1), ...list.slice(0, from)].find((i) => !i.rating);
    if (next) this.select(next.id);
    else this.announce(this.i18n.translate('rating.noneUnrated'));
  }

  protected select(id: number): void {
    this.chosenId.set(id);
    this.itemChange.emit(id);
    const index = this.items().findIndex((i) => i.id === id);
    const item = this.items()[index];
    if (item) {
      this.announce(
        this.i18n.translate('rating.movedTo', { position: index + 1, total: this.total(), title: item.title }),
      );
    }
    setTimeout(() => this.itemHeading()?.nativeElement.focus(), 0);
  }

  protected focusNote(): void {
    this.noteField()?.nativeElement.focus();
  }

  // ——— drafting and saving ———

  protected onNote(value: string): void {
    this.patchDraft({ note: value });
  }

  protected onRecommendation(value: string): void {
    this.patchDraft({ recommendation: value });
  }

  private patchDraft(change: Partial<RatingDraft>): void {
    const item = this.current();
    const draft = this.draft();
    if (!item || !draft) return;
    this.drafts.update((m) => new Map(m).set(item.id, { ...draft, ...change }));
  }

  /** Choosing a colour saves it at once, with the note as typed so far. */
  protected rate(color: RatingColor): void {
    const item = this.current();
    if (!item) return;
    if (!this.canRate()) return this.announce(this.lockedReason() ?? '');
    if (this.conflict()) return this.announce(this.i18n.translate('rating.resolveFirst'));
    this.patchDraft({ color });
    this.send(item.id);
  }

  protected saveCurrent(): void {
    const item = this.current();
    if (!item || !this.canRate()) return;
    if (!this.draft()?.color) return this.announce(this.i18n.translate('rating.chooseColorFirst'));
    if (this.conflict()) return this.announce(this.i18n.translate('rating.resolveFirst'));
    this.send(item.id);
  }

  private send(itemId: number, expectedVersion?: number): void {
    if (this.saves().get(itemId)?.state === 'saving') {
      this.queued.add(itemId);
      return;
    }
    const item = this.items().find((i) => i.id === itemId);
    const draft = item ? (this.drafts().get(itemId) ?? draftFrom(item)) : null;
    if (!item || !draft?.color) return;
    this.setSave(itemId, { state: 'saving' });
    this.data
      .rate(itemId, {
        color: draft.color,
        note: draft.note.trim(),
        recommendation: draft.recommendation.trim(),
        expectedVersion: expectedVersion ?? item.version ?? 0,
      })
      .subscribe({
        next: ({ rating, version }) => {
          this.items.update((list) => list.map((i) => (i.id === itemId ? { ...i, rating, version } : i)));
          this.setSave(itemId, { state: 'saved', at: rating.createdAt });
          const position = this.items().findIndex((i) => i.id === itemId) + 1;
          this.announce(
            this.i18n.translate('rating.saved', {
              color: this.i18n.name(COLOR_NAMES[rating.color]),
              position,
              total: this.total(),
            }) + (this.allRated() && !this.evaluatedAt() ? ' ' + this.i18n.translate('rating.allRatedHint') : ''),
          );
          if (this.queued.delete(itemId)) {
            const latest = this.drafts().get(itemId);
            const stored = this.items().find((i) => i.id === itemId);
            if (latest && stored && isDirty(latest, stored)) this.send(itemId);
          }
        },
        error: (err: unknown) => {
          this.queued.delete(itemId);
          const conflict = conflictFrom(err);
          if (conflict) {
            this.setSave(itemId, { state: 'conflict', conflict });
            this.announce(this.i18n.translate('rating.conflictAnnounce', { name: this.raterName(conflict.current) }));
            // The decision is the next thing to do here: take the user to it.
            if (this.current()?.id === itemId)
              setTimeout(() => document.getElementById('rs-conflict-title')?.focus(), 0);
          } else {
            this.setSave(itemId, { state: 'error', error: err });
            this.announce(this.errorOf(err));
          }
        },
      });
  }

  /** Keep mine: send the same choice again, against the version that is there now. */
  protected keepMine(): void {
    const item = this.current();
    const conflict = this.conflict();
    if (!item || !conflict) return;
    this.items.update((list) =>
      list.map((i) => (i.id === item.id ? { ...i, rating: conflict.current, version: conflict.version } : i)),
    );
    this.saves.update((m) => {
      const next = new Map(m);
      next.delete(item.id);
      return next;
    });
    this.send(item.id, conflict.version);
  }

  /** Take theirs: their rating stands; the note the user typed stays in the field, unsaved, to keep or clear. */
  protected takeTheirs(): void {
    const item = this.current();
    const conflict = this.conflict();
    const draft = this.draft();
    if (!item || !conflict || !draft) return;
    this.items.update((list) =>
      list.map((i) => (i.id === item.id ? { ...i, rating: conflict.current, version: conflict.version } : i)),
    );
    this.drafts.update((m) => new Map(m).set(item.id, { ...draft, color: conflict.current?.color ?? null }));
    this.setSave(item.id, { state: 'saved', at: conflict.current?.createdAt ?? new Date().toISOString() });
    this.announce(this.i18n.translate('rating.tookTheirs'));
  }

  protected markDone(): void {
    if (!this.canMarkDone() || this.doneBusy()) return;
    this.doneBusy.set(true);
    this.doneFailure.set(null);
    this.data.markDone(this.period().id, this.agencyId()).subscribe({
      next: ({ evaluatedAt }) => {
        this.doneBusy.set(false);
        this.doneAt.set(evaluatedAt);
        this.done.emit(evaluatedAt);
        this.announce(this.i18n.translate('rating.markedDone', { agency: this.agencyName() ?? '' }));
      },
      error: (err: unknown) => {
        this.doneBusy.set(false);
        this.doneFailure.set(err);
        this.announce(this.errorOf(err));
      },
    });
  }

  // ——— helpers for the template ———

  protected loadPublications(itemId: number): void {
    this.publications.update((m) => new Map(m).set(itemId, { state: 'loading' }));
    this.data.publications(itemId).subscribe({
      next: (value) => this.publications.update((m) => new Map(m).set(itemId, { state: 'ready', value })),
      error: (error: unknown) => this.publications.update((m) => new Map(m).set(itemId, { state: 'error', error })),
    });
  }

  protected saveStateOf(item: ItemView): SaveState | null {
    return this.saves().get(item.id) ?? null;
  }

  protected isItemDirty(item: ItemView): boolean {
    const draft = this.drafts().get(item.id);
    return !!draft && isDirty(draft, item);
  }

  protected colorOf(item: ItemView): CellColor {
    return item.rating?.color ?? 'grey';
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

  protected raterName(rating: { evaluator: { displayName: string } | null } | null): string {
    return rating?.evaluator?.displayName ?? this.i18n.translate('rating.anotherEvaluator');
  }

  protected suggestionReason(item: ItemView): string {
    const s = item.suggestion;
    return s ? (this.i18n.lang() === 'id' ? s.reason : s.reasonEn) : '';
  }

  protected errorOf(failure: unknown): string {
    return errorText((k, p) => this.i18n.translate(k, p), failure);
  }

  private setSave(itemId: number, state: SaveState): void {
    this.saves.update((m) => new Map(m).set(itemId, state));
  }

  private announce(text: string): void {
    // Clearing first makes a repeated sentence be read again.
    this.announcement.set('');
    setTimeout(() => this.announcement.set(text), 30);
  }
}
