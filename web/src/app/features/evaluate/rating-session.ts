import { LiveAnnouncer } from '@angular/cdk/a11y';
import { computed, effect, inject, Injectable, linkedSignal, Signal, signal, untracked } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Subject } from 'rxjs';
import {
  AssignmentView,
  COLOR_NAMES,
  isFollowUpActive,
  ItemView,
  PeriodView,
  PublicationView,
  RatingColor,
  ratingAllowed,
} from '@pantau/domain';
import { errorText } from '../../core/api/error-message';
import { PERIOD_STATE_LABEL } from '../../core/i18n/domain-labels';
import { I18nService } from '../../core/i18n/i18n.service';
import { EvaluateDataService } from './evaluate-data.service';
import { conflictFrom, draftFrom, isDirty, RatingDraft, SaveState } from './rating-draft';

type Lazy<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'error'; error: unknown };

/** What the rating screen is about: its inputs. */
export interface RatingContext {
  period: Signal<PeriodView>;
  agencyId: Signal<number>;
  agencyName: Signal<string | null>;
  assignment: Signal<AssignmentView | null>;
  /** The item in the URL; null starts at the first unrated item. */
  itemId: Signal<number | null>;
}

function followUpOpen(item: ItemView): boolean {
  return !!item.followUp && isFollowUpActive(item.followUp.state);
}

/**
 * The state of one rating session, provided by the rating screen: the agency's items as this screen knows them,
 * the evaluator's drafts, the save queue (one save per item at a time), conflicts with someone else's rating and
 * each item's evidence, fetched once. What happens is said to screen readers through the CDK live announcer.
 */
@Injectable()
export class RatingSession {
  private readonly data = inject(EvaluateDataService);
  private readonly i18n = inject(I18nService);
  private readonly announcer = inject(LiveAnnouncer);

  private readonly context = signal<RatingContext | null>(null);
  private readonly period = computed(() => this.ctx().period());
  private readonly assignment = computed(() => this.ctx().assignment());

  readonly loaded = rxResource({
    params: () => {
      const c = this.context();
      return c ? { periodId: c.period().id, agencyId: c.agencyId() } : undefined;
    },
    stream: ({ params }) => this.data.items(params.periodId, params.agencyId),
  });
  /** The items as this screen knows them: updated in place after each save. */
  readonly items = linkedSignal<ItemView[]>(() => (this.loaded.hasValue() ? this.loaded.value() : []));
  private readonly drafts = signal<ReadonlyMap<number, RatingDraft>>(new Map());
  private readonly saves = signal<ReadonlyMap<number, SaveState>>(new Map());
  private readonly publications = signal<ReadonlyMap<number, Lazy<PublicationView[]>>>(new Map());
  /** Saves asked for while the same item is still saving; sent when that save answers. */
  private readonly queued = new Set<number>();
  private readonly doneAt = linkedSignal(() => this.context()?.assignment()?.evaluatedAt ?? null);
  readonly doneBusy = signal(false);
  private readonly doneFailure = signal<unknown>(null);
  /** Items whose save just met someone else's rating: the decision is the next thing to do there. */
  readonly conflictArrived = new Subject<number>();

  /** The item in the URL if it is one of these, else the first unrated one; it stays put while rating. */
  private readonly chosenId = linkedSignal<number | null>(() => {
    const requested = this.context()?.itemId() ?? null;
    const list = this.loaded.hasValue() ? this.loaded.value() : [];
    if (requested !== null && list.some((i) => i.id === requested)) return requested;
    return (list.find((i) => !i.rating) ?? list[0])?.id ?? null;
  });
  readonly current = computed<ItemView | null>(() => {
    const list = this.items();
    const id = this.chosenId();
    return list.find((i) => i.id === id) ?? list[0] ?? null;
  });
  readonly position = computed(() => {
    const current = this.current();
    return current ? this.items().findIndex((i) => i.id === current.id) : -1;
  });
  readonly rated = computed(() => this.items().filter((i) => i.rating).length);
  readonly total = computed(() => this.items().length);
  readonly allRated = computed(() => this.total() > 0 && this.rated() === this.total());
  readonly evaluatedAt = this.doneAt.asReadonly();
  /** Agencies are marked done during the evaluation stage only. */
  readonly canMarkDone = computed(() => this.allRated() && !!this.assignment() && this.period().state === 'evaluation');

  readonly draft = computed<RatingDraft | null>(() => {
    const item = this.current();
    return item ? (this.drafts().get(item.id) ?? draftFrom(item)) : null;
  });
  readonly save = computed<SaveState | null>(() => {
    const item = this.current();
    return item ? (this.saves().get(item.id) ?? null) : null;
  });
  readonly conflict = computed(() => {
    const s = this.save();
    return s?.state === 'conflict' ? s.conflict : null;
  });
  readonly dirty = computed(() => {
    const item = this.current();
    const draft = this.draft();
    return !!item && !!draft && isDirty(draft, item);
  });
  readonly saveError = computed(() => {
    const s = this.save();
    return s?.state === 'error' ? this.errorOf(s.error) : null;
  });
  readonly doneError = computed(() => {
    const failure = this.doneFailure();
    return failure ? this.errorOf(failure) : null;
  });

  /** The server decides; this only keeps the controls from promising what it will refuse. */
  readonly canRate = computed(() => {
    const item = this.current();
    return !!item && !!this.assignment() && ratingAllowed(this.period().state, followUpOpen(item));
  });
  readonly lockedReason = computed<string | null>(() => {
    if (!this.assignment()) return this.i18n.translate('rating.notAssigned');
    const item = this.current();
    if (!item || this.canRate()) return null;
    return this.i18n.translate('rating.periodLocked', {
      state: this.i18n.translate(PERIOD_STATE_LABEL[this.period().state]),
    });
  });

  readonly currentPublications = computed(() => {
    const item = this.current();
    return item ? (this.publications().get(item.id) ?? { state: 'loading' as const }) : null;
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

  connect(context: RatingContext): void {
    this.context.set(context);
  }

  // ——— moving ———

  /** The item `step` places away, or null at either end (said aloud). */
  neighbour(step: 1 | -1): ItemView | null {
    const next = this.items()[this.position() + step] ?? null;
    if (!next) this.announce(this.i18n.translate(step > 0 ? 'rating.atLast' : 'rating.atFirst'));
    return next;
  }

  /** The next unrated item after the current one, wrapping round, or null when all are rated (said aloud). */
  nextUnrated(): ItemView | null {
    const list = this.items();
    const from = this.position();
    const next = [...list.slice(from + 1), ...list.slice(0, from)].find((i) => !i.rating) ?? null;
    if (!next) this.announce(this.i18n.translate('rating.noneUnrated'));
    return next;
  }

  select(id: number): void {
    this.chosenId.set(id);
    const index = this.items().findIndex((i) => i.id === id);
    const item = this.items()[index];
    if (item) {
      this.announce(
        this.i18n.translate('rating.movedTo', {
          position: this.count(index + 1),
          total: this.count(this.total()),
          title: item.title,
        }),
      );
    }
  }

  // ——— drafting and saving ———

  patchDraft(change: Partial<RatingDraft>): void {
    const item = this.current();
    const draft = this.draft();
    if (!item || !draft) return;
    this.drafts.update((m) => new Map(m).set(item.id, { ...draft, ...change }));
  }

  /** Choosing a colour saves it at once, with the note as typed so far. */
  rate(color: RatingColor): void {
    const item = this.current();
    if (!item) return;
    if (!this.canRate()) return this.announce(this.lockedReason() ?? '');
    if (this.conflict()) return this.announce(this.i18n.translate('rating.resolveFirst'));
    this.patchDraft({ color });
    this.send(item.id);
  }

  saveCurrent(): void {
    const item = this.current();
    if (!item || !this.canRate()) return;
    if (!this.draft()?.color) return this.announce(this.i18n.translate('rating.chooseColorFirst'));
    if (this.conflict()) return this.announce(this.i18n.translate('rating.resolveFirst'));
    this.send(item.id);
  }

  /** Keep mine: send the same choice again, against the version that is there now. */
  keepMine(): void {
    const item = this.current();
    const conflict = this.conflict();
    if (!item || !conflict) return;
    this.storeRating(item.id, conflict.current, conflict.version);
    this.saves.update((m) => {
      const next = new Map(m);
      next.delete(item.id);
      return next;
    });
    this.send(item.id, conflict.version);
  }

  /** Take theirs: their rating stands; the note the user typed stays in the field, unsaved, to keep or clear. */
  takeTheirs(): void {
    const item = this.current();
    const conflict = this.conflict();
    const draft = this.draft();
    if (!item || !conflict || !draft) return;
    this.storeRating(item.id, conflict.current, conflict.version);
    this.drafts.update((m) => new Map(m).set(item.id, { ...draft, color: conflict.current?.color ?? null }));
    this.setSave(item.id, { state: 'saved', at: conflict.current?.createdAt ?? new Date().toISOString() });
    this.announce(this.i18n.translate('rating.tookTheirs'));
  }

  /** Resolves with the time the agency was marked done, or null when refused (the reason is shown and said). */
  markDone(): Promise<string | null> {
    if (!this.canMarkDone() || this.doneBusy()) return Promise.resolve(null);
    this.doneBusy.set(true);
    this.doneFailure.set(null);
    return new Promise((resolve) =>
      this.data.markDone(this.period().id, this.ctx().agencyId()).subscribe({
        next: ({ evaluatedAt }) => {
          this.doneBusy.set(false);
          this.doneAt.set(evaluatedAt);
          this.announce(this.i18n.translate('rating.markedDone', { agency: this.ctx().agencyName() ?? '' }));
          resolve(evaluatedAt);
        },
        error: (err: unknown) => {
          this.doneBusy.set(false);
          this.doneFailure.set(err);
          this.announce(this.errorOf(err));
          resolve(null);
        },
      }),
    );
  }

  // ——— evidence and list marks ———

  loadPublications(itemId: number): void {
    this.publications.update((m) => new Map(m).set(itemId, { state: 'loading' }));
    this.data.publications(itemId).subscribe({
      next: (value) => this.publications.update((m) => new Map(m).set(itemId, { state: 'ready', value })),
      error: (error: unknown) => this.publications.update((m) => new Map(m).set(itemId, { state: 'error', error })),
    });
  }

  saveStateOf(item: ItemView): SaveState | null {
    return this.saves().get(item.id) ?? null;
  }

  isItemDirty(item: ItemView): boolean {
    const draft = this.drafts().get(item.id);
    return !!draft && isDirty(draft, item);
  }

  errorOf(failure: unknown): string {
    return errorText((k, p) => this.i18n.translate(k, p), failure);
  }

  raterName(rating: { evaluator: { displayName: string } | null } | null): string {
    return rating?.evaluator?.displayName ?? this.i18n.translate('rating.anotherEvaluator');
  }

  private count(n: number): string {
    return this.i18n.number(n, '1.0-0');
  }

  announce(text: string): void {
    if (text) void this.announcer.announce(text, 'polite');
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
          this.storeRating(itemId, rating, version);
          this.setSave(itemId, { state: 'saved', at: rating.createdAt });
          const position = this.items().findIndex((i) => i.id === itemId) + 1;
          this.announce(
            this.i18n.translate('rating.saved', {
              color: this.i18n.name(COLOR_NAMES[rating.color]),
              position: this.count(position),
              total: this.count(this.total()),
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
            this.conflictArrived.next(itemId);
          } else {
            this.setSave(itemId, { state: 'error', error: err });
            this.announce(this.errorOf(err));
          }
        },
      });
  }

  private storeRating(itemId: number, rating: ItemView['rating'], version: number): void {
    this.items.update((list) => list.map((i) => (i.id === itemId ? { ...i, rating, version } : i)));
  }

  private setSave(itemId: number, state: SaveState): void {
    this.saves.update((m) => new Map(m).set(itemId, state));
  }

  private ctx(): RatingContext {
    const context = this.context();
    if (!context) throw new Error('RatingSession.connect() must be called by the screen that provides it');
    return context;
  }
}
