import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, signal, viewChild } from '@angular/core';
import { AuthService } from '../auth/auth.service';
import { ROLE_LABEL } from '../i18n/domain-labels';
import { TranslatePipe } from '../i18n/i18n.pipes';
import { ChangePasswordDialog } from './change-password-dialog';

/**
 * A disclosure (button + panel) rather than an ARIA menu: it holds two actions, and it keeps
 * the CDK overlay out of the initial bundle. The button's name begins with the name it shows (WCAG 2.5.3).
 */
@Component({
  selector: 'pantau-user-menu',
  imports: [TranslatePipe, ChangePasswordDialog],
  template: `
    @if (user(); as user) {
      <button
        #trigger
        type="button"
        class="user-button"
        aria-controls="user-menu-panel"
        [attr.aria-expanded]="open()"
        [attr.aria-label]="'shell.userMenu' | t: { name: user.displayName }"
        (click)="open.set(!open())"
      >
        <!-- Initials and caret are drawn by CSS: the only text on the button is the name its label starts with. -->
        <span class="user-button__avatar" aria-hidden="true" [attr.data-initials]="initials()"></span>
        <span class="user-button__name" aria-hidden="true">{{ user.displayName }}</span>
      </button>
      <div class="menu user-menu__panel" id="user-menu-panel" [hidden]="!open()">
        <div class="menu__header">
          <strong>{{ user.displayName }}</strong>
          <span
            >{{ user.username }}
            @if (roleLabel(); as role) {
              · {{ role | t }}
            }
          </span>
        </div>
        <button type="button" class="menu__item" (click)="openPasswordDialog()">
          {{ 'shell.changePassword' | t }}
        </button>
        <button type="button" class="menu__item" (click)="auth.logout()">{{ 'shell.signOut' | t }}</button>
      </div>
      @if (passwordOpen()) {
        <!-- Loaded when first asked for: its form code stays out of the first download. -->
        @defer (on immediate) {
          <pantau-change-password-dialog [(open)]="passwordOpen" />
        }
      }
    }
  `,
  styleUrl: './user-menu.css',
  host: {
    '(document:click)': 'onDocumentClick($event)',
    '(keydown.escape)': 'closeAndFocus()',
  },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserMenu {
  protected readonly auth = inject(AuthService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly trigger = viewChild<ElementRef<HTMLButtonElement>>('trigger');

  protected readonly open = signal(false);
  /** The dialog exists only while open, so each opening starts with empty fields. */
  protected readonly passwordOpen = signal(false);
  protected readonly user = this.auth.user;
  protected readonly roleLabel = computed(() => {
    const role = this.auth.role();
    return role ? ROLE_LABEL[role] : null;
  });
  protected readonly initials = computed(() =>
    (this.user()?.displayName ?? '?')
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, 2)
      .map((part) => part[0]?.toUpperCase())
      .join(''),
  );

  protected onDocumentClick(event: MouseEvent): void {
    if (this.open() && !this.host.nativeElement.contains(event.target as Node)) this.open.set(false);
  }

  /** Focus goes to the menu button first: the dialog returns it there once closed, the panel being hidden. */
  protected openPasswordDialog(): void {
    this.closeAndFocus();
    this.passwordOpen.set(true);
  }

  protected closeAndFocus(): void {
    if (!this.open()) return;
    this.open.set(false);
    this.trigger()?.nativeElement.focus();
  }
}
