import { DOCUMENT, ViewportScroller } from '@angular/common';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  ElementRef,
  inject,
  viewChild,
} from '@angular/core';
import { NavigationEnd, NavigationStart, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { AuthService } from '../auth/auth.service';
import { TranslatePipe } from '../i18n/i18n.pipes';
import { LangSwitch } from '../../ui/lang-switch/lang-switch';
import { navFor } from './nav';
import { NotificationBell } from './notification-bell';
import { UserMenu } from './user-menu';

@Component({
  selector: 'pantau-shell',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, TranslatePipe, LangSwitch, UserMenu, NotificationBell],
  templateUrl: './shell.html',
  styleUrl: './shell.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Shell {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  private readonly topBar = viewChild.required<ElementRef<HTMLElement>>('topBar');

  protected readonly nav = computed(() => navFor(this.auth.role()));
  /** Leadership receives no notifications, so it gets no bell. */
  protected readonly hasInbox = computed(() => {
    const role = this.auth.role();
    return role === 'admin' || role === 'evaluator' || role === 'agency';
  });
  protected readonly ownAgencyId = computed(() => (this.auth.role() === 'agency' ? this.auth.user()?.agencyId : null));

  constructor() {
    // After moving to another page (not the first page, not a filter change, not back or forward), start reading
    // at its content, from the top of the page.
    let lastPath: string | null = null;
    let fromHistory = false;
    const scroller = inject(ViewportScroller);
    const sub = this.router.events.subscribe((e) => {
      if (e instanceof NavigationStart) fromHistory = e.navigationTrigger === 'popstate';
      if (!(e instanceof NavigationEnd)) return;
      const path = this.pathOf(e.urlAfterRedirects);
      if (lastPath !== null && path !== lastPath && !fromHistory) {
        scroller.scrollToPosition([0, 0]);
        setTimeout(() => this.focusMain(true), 0);
      }
      lastPath = path;
    });
    const destroyRef = inject(DestroyRef);
    destroyRef.onDestroy(() => sub.unsubscribe());
    afterNextRender(() => this.followTopBarHeight(destroyRef));
  }

  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.focusMain();
  }

  /** The skip link brings the content into view; a new page is already at its top and stays there. */
  private focusMain(preventScroll = false): void {
    this.document.getElementById('main')?.focus({ preventScroll });
  }

  /**
   * The sticky top bar's height, as `--topbar-height`: anything the browser scrolls into view (a focused field, an
   * anchor) stops below the bar (`scroll-padding-top`) instead of under it. The bar wraps on narrow screens.
   */
  private followTopBarHeight(destroyRef: DestroyRef): void {
    const bar = this.topBar().nativeElement;
    if (typeof ResizeObserver === 'undefined') return;
    const root = this.document.documentElement;
    const observer = new ResizeObserver(() => root.style.setProperty('--topbar-height', `${bar.offsetHeight}px`));
    observer.observe(bar);
    destroyRef.onDestroy(() => observer.disconnect());
  }

  private pathOf(url: string): string {
    return url.split(/[?#]/)[0] ?? url;
  }
}
