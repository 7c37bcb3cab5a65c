import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject } from '@angular/core';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { filter } from 'rxjs';
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

  protected readonly nav = computed(() => navFor(this.auth.role()));
  /** Leadership receives no notifications, so it gets no bell. */
  protected readonly hasInbox = computed(() => {
    const role = this.auth.role();
    return role === 'admin' || role === 'evaluator' || role === 'agency';
  });
  protected readonly ownAgencyId = computed(() => (this.auth.role() === 'agency' ? this.auth.user()?.agencyId : null));

  constructor() {
    // After moving to another page (not the first page, not a filter change), start reading at its content.
    let lastPath: string | null = null;
    const sub = this.router.events
      .pipe(filter((e): e is NavigationEnd => e instanceof NavigationEnd))
      .subscribe((e) => {
        const path = this.pathOf(e.urlAfterRedirects);
        if (lastPath !== null && path !== lastPath) setTimeout(() => this.focusMain(), 0);
        lastPath = path;
      });
    inject(DestroyRef).onDestroy(() => sub.unsubscribe());
  }

  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.focusMain();
  }

  private focusMain(): void {
    this.document.getElementById('main')?.focus({ preventScroll: false });
  }

  private pathOf(url: string): string {
    return url.split(/[?#]/)[0] ?? url;
  }
}
