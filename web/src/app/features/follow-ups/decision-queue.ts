import { LiveAnnouncer } from '@angular/cdk/a11y';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  input,
  OnInit,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { COLOR_NAMES, COLOR_SYMBOLS, FIELD_LIMITS, FollowUpView, RATING_COLORS, RatingColor } from '@pantau/domain';
import { firstValueFrom } from 'rxjs';
import { errorText } from '../../core/api/error-message';
import { I18N_PIPES } from '../../core/i18n/i18n.pipes';
import { I18nService } from '../../core/i18n/i18n.service';
import { hostOf, safeUrl } from '../../ui/publication-log/publication-log';
import { isTypingTarget } from '../evaluate/shortcuts';
import { FollowUpFilters, toApiParams } from './follow-up-query';
import { FollowUpsDataService } from './follow-ups-data.service';
import { afterDecision, ariaKeysFor, QUEUE_SHORTCUT_HELP, QueueAction, queueActionFor, step } from './queue-shortcuts';

/** Answers read in one go; past them the queue asks the server again (decided ones have left its list). */
const QUEUE_BATCH = 100;

/**
 * The evaluator's decision queue: one answered follow-up at a time, accepted with the item's new colour or rejected
 * with a reason, all by keyboard. A typed reason is kept per follow-up until it is sent, whatever goes wrong.
 */
@Component({
  selector: 'pantau-decision-queue',
  imports: [I18N_PIPES],
  templateUrl: './decision-queue.html',
  styleUrl: './decision-queue.css',
  host: { class: 'card fu-queue', '(document:keydown)': 'onKeydown($event)' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DecisionQueue implements OnInit {
  private readonly data = inject(FollowUpsDataService);
  protected readonly i18n = inject(I18nService);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly injector = inject(Injector);

  readonly filters = input.required<FollowUpFilters>();
  readonly periodId = input.required<number>();
  readonly decided = output<FollowUpView>();
  readonly exit = output<void>();

  protected readonly shortcuts = QUEUE_SHORTCUT_HELP;
  protected readonly colors: readonly RatingColor[] = RATING_COLORS;
  protected readonly rejectKeys = ariaKeysFor({ kind: 'reject' });
  protected readonly nextKeys = ariaKeysFor({ kind: 'next' });
  protected readonly previousKeys = ariaKeysFor({ kind: 'previous' });
  protected readonly exitKeys = ariaKeysFor({ kind: 'exit' });
  protected readonly reasonMax = FIELD_LIMITS.followUpDecisionNote.max;

  protected readonly loading = signal(true);
  private readonly loadFailure = signal<unknown>(null);
  private readonly views = signal<ReadonlyMap<number, FollowUpView>>(new Map());
  protected readonly ids = signal<number[]>([]);
  protected readonly index = signal(0);
  /** The server's count of answers awaiting a decision with these filters. */
  protected readonly total = signal(0);
  protected readonly current = computed(() => {
    const id = this.ids()[this.index()];
    return id === undefined ? null : (this.views().get(id) ?? null);
  });

  protected readonly rejecting = signal(false);
  private readonly reasons = signal<ReadonlyMap<number, string>>(new Map());
  protected readonly reason = computed(() => {
    const f = this.current();
    return f ? (this.reasons().get(f.id) ?? '') : '';
  });
  protected readonly reasonMissing = signal(false);
  protected readonly saving = signal(false);
  private readonly saveFailure = signal<unknown>(null);
  protected readonly error = computed(() => this.words(this.saveFailure() ?? this.loadFailure()));

  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');
  private readonly reasonField = viewChild<ElementRef<HTMLTextAreaElement>>('reasonField');
  private readonly rejectButton = viewChild<ElementRef<HTMLButtonElement>>('rejectButton');

  ngOnInit(): void {
    void this.load(true);
  }

  protected colorName(color: RatingColor): string {
    return this.i18n.name(COLOR_NAMES[color]);
  }

  protected symbol(color: RatingColor): string {
    return COLOR_SYMBOLS[color];
  }

  protected acceptKeys(color: RatingColor): string {
    return ariaKeysFor({ kind: 'accept', color });
  }

  protected evidence(f: FollowUpView): string | null {
    return safeUrl(f.evidenceUrl);
  }

  protected host(url: string): string {
    return hostOf(url);
  }

  protected onReasonInput(value: string): void {
    const f = this.current();
    if (!f) return;
    this.reasonMissing.set(false);
    this.reasons.update((m) => new Map(m).set(f.id, value));
  }

  protected onKeydown(event: KeyboardEvent): void {
    if (event.defaultPrevented) return;
    if (isTypingTarget(event.target)) {
      if (event.target === this.reasonField()?.nativeElement) this.onReasonKey(event);
      return;
    }
    const action = queueActionFor(event);
    if (!action) return;
    event.preventDefault();
    this.run(action);
  }

  protected run(action: QueueAction): void {
    if (this.saving()) return;
    switch (action.kind) {
      case 'accept':
        void this.accept(action.color);
        return;
      case 'reject':
        this.openReject();
        return;
      case 'next':
      case 'previous':
        this.move(action.kind === 'next' ? 1 : -1);
        return;
      case 'exit':
        if (this.rejecting()) this.closeReject();
        else this.exit.emit();
    }
  }

  protected openReject(): void {
    if (!this.current()) return;
    this.rejecting.set(true);
    afterNextRender(() => this.reasonField()?.nativeElement.focus(), { injector: this.injector });
  }

  protected closeReject(): void {
    this.rejecting.set(false);
    this.reasonMissing.set(false);
    afterNextRender(() => this.rejectButton()?.nativeElement.focus(), { injector: this.injector });
  }

  protected async sendReject(event?: Event): Promise<void> {
    event?.preventDefault();
    if (!this.reason().trim()) {
      this.reasonMissing.set(true);
      this.reasonField()?.nativeElement.focus();
      return;
    }
    await this.decide({ decision: 'reject', note: this.reason().trim(), color: null });
  }

  private onReasonKey(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      this.closeReject();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void this.sendReject();
    }
  }

  private async accept(color: RatingColor): Promise<void> {
    if (!this.current()) return;
    await this.decide({ decision: 'accept', color, note: null });
  }

  private async decide(body: { decision: 'accept' | 'reject'; color: RatingColor | null; note: string | null }) {
    const f = this.current();
    if (!f || this.saving()) return;
    this.saving.set(true);
    this.saveFailure.set(null);
    try {
      const view = await firstValueFrom(this.data.decide(f.id, body));
      this.reasons.update((m) => {
        const next = new Map(m);
        next.delete(f.id);
        return next;
      });
      this.rejecting.set(false);
      this.decided.emit(view);
      const after = afterDecision(this.ids(), this.index(), f.id);
      this.ids.set(after.ids);
      this.index.set(after.index);
      this.total.update((t) => Math.max(0, t - 1));
      if (after.ids.length === 0 && this.total() > 0) await this.load(false);
      const done =
        body.decision === 'accept'
          ? this.i18n.translate('queue.accepted', { color: this.colorName(body.color!), next: this.nowAt() })
          : this.i18n.translate('queue.rejected', { next: this.nowAt() });
      void this.announcer.announce(done);
      this.focusHeading();
    } catch (err) {
      // The reason stays where it was typed; the evaluator reads why and tries again.
      this.saveFailure.set(err);
      void this.announcer.announce(this.words(err) ?? '', 'assertive');
    } finally {
      this.saving.set(false);
    }
  }

  private move(delta: 1 | -1): void {
    const length = this.ids().length;
    if (length === 0) return;
    const index = step(this.index(), length, delta);
    if (index === this.index()) return;
    this.index.set(index);
    this.rejecting.set(false);
    this.saveFailure.set(null);
    void this.announcer.announce(this.nowAt());
    this.focusHeading();
  }

  private nowAt(): string {
    const f = this.current();
    if (!f) return this.i18n.translate('queue.done');
    return this.i18n.translate('queue.nowAt', { title: f.itemTitle ?? `#${f.itemId}`, agency: f.agencyName ?? '' });
  }

  private async load(first: boolean): Promise<void> {
    this.loading.set(true);
    this.loadFailure.set(null);
    try {
      const filters: FollowUpFilters = { ...this.filters(), state: 'responded', overdue: false, page: 1 };
      const page = await firstValueFrom(this.data.list(toApiParams(filters, this.periodId(), QUEUE_BATCH)));
      this.views.set(new Map(page.items.map((f) => [f.id, f])));
      this.ids.set(page.items.map((f) => f.id));
      this.index.set(0);
      this.total.set(page.total);
      if (first) {
        void this.announcer.announce(
          `${this.i18n.translate('queue.position', { index: 1, count: this.i18n.number(page.total) })}. ${this.nowAt()}`,
        );
      }
    } catch (err) {
      this.loadFailure.set(err);
    } finally {
      this.loading.set(false);
      this.focusHeading();
    }
  }

  private focusHeading(): void {
    afterNextRender(() => this.heading()?.nativeElement.focus(), { injector: this.injector });
  }

  private words(failure: unknown): string | null {
    return failure ? errorText((k, p) => this.i18n.translate(k, p), failure) : null;
  }
}
