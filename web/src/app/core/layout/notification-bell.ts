import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  ElementRef,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { Router, RouterLink, UrlTree } from '@angular/router';
import { NotificationView } from '@pantau/domain';
import { errorText } from '../api/error-message';
import { I18N_PIPES } from '../i18n/i18n.pipes';
import { I18nService } from '../i18n/i18n.service';
import { NotificationsService } from '../notifications/notifications.service';

const POLL_MS = 60_000;

/**
 * Only paths inside the app are followed; a notification never sends the user to another site: `//host`, `/\host`
 * and a path with a tab or line break in it (browsers drop those) lead out, `javascript:` and full URLs do not start
 * with "/".
 */
export function internalLink(link: string | null): string | null {
  return link && /^\/(?![/\\])\S*$/.test(link) ? link : null;
}

/** The bell: unread count on the button, the latest notifications in a disclosure panel. */
@Component({
  selector: 'pantau-notification-bell',
  imports: [I18N_PIPES, RouterLink, NgTemplateOutlet],
  template: `
    <button
      #trigger
      type="button"
      class="bell"
      aria-controls="notification-panel"
      [attr.aria-expanded]="open()"
      [attr.aria-label]="buttonLabel()"
      (click)="toggle()"
    >
      <svg class="bell__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z"
          fill="currentColor"
        />
      </svg>
      @if (unread() > 0) {
        <span class="bell__count" aria-hidden="true">{{ unread() > 99 ? '99+' : unread() }}</span>
      }
    </button>
    <div class="menu bell__panel" id="notification-panel" [hidden]="!open()">
      <div class="bell__header">
        <h2 class="bell__title">{{ 'notifications.title' | t }}</h2>
        <button
          type="button"
          class="button button--ghost button--small"
          [disabled]="unread() === 0 || busy()"
          (click)="markAll()"
        >
          {{ 'notifications.markAll' | t }}
        </button>
      </div>
      @if (error(); as message) {
        <p class="bell__error" role="alert">{{ message }}</p>
        <button type="button" class="button button--small" (click)="notifications.refresh()">
          {{ 'common.retry' | t }}
        </button>
      } @else if (!notifications.loaded()) {
        <p class="bell__empty">{{ 'common.loading' | t }}</p>
      } @else if (items().length === 0) {
        <p class="bell__empty">{{ 'notifications.none' | t }}</p>
      } @else {
        <ul class="bell__list">
          @for (n of items(); track n.id) {
            <li>
              @if (target(n); as url) {
                <a class="bell__item" [class.bell__item--unread]="!n.readAt" [routerLink]="url" (click)="follow(n)">
                  <ng-container [ngTemplateOutlet]="entry" [ngTemplateOutletContext]="{ $implicit: n }" />
                </a>
              } @else {
                <button type="button" class="bell__item" [class.bell__item--unread]="!n.readAt" (click)="markRead(n)">
                  <ng-container [ngTemplateOutlet]="entry" [ngTemplateOutletContext]="{ $implicit: n }" />
                </button>
              }
            </li>
          }
        </ul>
      }
    </div>
    <p class="visually-hidden" aria-live="polite">{{ announcement() }}</p>
    <ng-template #entry let-n>
      <span class="bell__item-title">
        @if (!n.readAt) {
          <span class="bell__new">{{ 'notifications.new' | t }}</span>
        }
        {{ n.title }}
      </span>
      <span class="bell__item-body">{{ n.body }}</span>
      <span class="bell__item-meta">
        @if (n.periodName) {
          <span class="bell__item-period">{{ 'notifications.period' | t: { period: n.periodName } }}</span>
        }
        <time class="bell__item-time" [attr.datetime]="n.createdAt">{{ n.createdAt | localDate: 'medium' }}</time>
      </span>
    </ng-template>
  `,
  styleUrl: './notification-bell.css',
  host: {
    '(document:click)': 'onDocumentClick($event)',
    '(keydown.escape)': 'closeAndFocus()',
    '(document:visibilitychange)': 'onVisibility()',
  },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotificationBell {
  protected readonly notifications = inject(NotificationsService);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly trigger = viewChild.required<ElementRef<HTMLButtonElement>>('trigger');

  protected readonly open = signal(false);
  protected readonly busy = signal(false);
  protected readonly announcement = signal('');
  private readonly actionError = signal<unknown>(null);

  protected readonly items = this.notifications.items;
  protected readonly unread = this.notifications.unread;
  protected readonly buttonLabel = computed(() =>
    this.unread() > 0
      ? this.i18n.translate('notifications.buttonUnread', { count: this.i18n.number(this.unread(), '1.0-0') })
      : this.i18n.translate('notifications.button'),
  );
  protected readonly error = computed(() => {
    const failure = this.actionError() ?? (this.notifications.loaded() ? null : this.notifications.error());
    return failure ? errorText((k, p) => this.i18n.translate(k, p), failure) : null;
  });

  constructor() {
    this.notifications.refresh();
    const timer = setInterval(() => {
      if (document.visibilityState !== 'hidden') this.notifications.refresh();
    }, POLL_MS);
    inject(DestroyRef).onDestroy(() => {
      clearInterval(timer);
      this.notifications.clear();
    });
  }

  protected toggle(): void {
    const open = !this.open();
    this.open.set(open);
    if (open) {
      this.actionError.set(null);
      this.notifications.refresh();
    }
  }

  protected markAll(): void {
    this.busy.set(true);
    this.notifications.markAllRead().subscribe({
      next: () => {
        this.busy.set(false);
        this.announcement.set(this.i18n.translate('notifications.allRead'));
      },
      error: (err: unknown) => {
        this.busy.set(false);
        this.actionError.set(err);
      },
    });
  }

  /** Where an entry leads inside the app, as a router link; null when it leads nowhere. */
  protected target(n: NotificationView): UrlTree | null {
    const link = internalLink(n.link);
    return link ? this.router.parseUrl(link) : null;
  }

  /** The link itself navigates (and opens in a new tab when asked); following it also marks it read. */
  protected follow(n: NotificationView): void {
    this.open.set(false);
    this.markRead(n);
  }

  protected markRead(n: NotificationView): void {
    if (n.readAt) return;
    this.notifications.markRead(n.id).subscribe({ error: (err: unknown) => this.actionError.set(err) });
  }

  protected onDocumentClick(event: MouseEvent): void {
    if (this.open() && !this.host.nativeElement.contains(event.target as Node)) this.open.set(false);
  }

  protected closeAndFocus(): void {
    if (!this.open()) return;
    this.open.set(false);
    this.trigger().nativeElement.focus();
  }

  protected onVisibility(): void {
    if (document.visibilityState === 'visible') this.notifications.refresh();
  }
}
