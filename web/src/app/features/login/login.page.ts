import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, signal, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import { homeFor } from '../../core/auth/access';
import { AuthService } from '../../core/auth/auth.service';
import { errorText } from '../../core/api/error-message';
import { TranslationKey } from '../../core/i18n/dictionary';
import { TranslateParams } from '../../core/i18n/interpolate';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/i18n.pipes';
import { LangSwitch } from '../../ui/lang-switch/lang-switch';

/** Only same-app paths are followed after sign-in, never another site. */
function safeReturnUrl(value: string | null): string | null {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/login') ? value : null;
}

@Component({
  selector: 'pantau-login-page',
  imports: [TranslatePipe, LangSwitch],
  templateUrl: './login.page.html',
  styleUrl: './login.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class LoginPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18nService);
  private readonly params = toSignal(inject(ActivatedRoute).queryParamMap, { requireSync: true });

  protected readonly username = signal('');
  protected readonly password = signal('');
  protected readonly remember = signal(true);
  protected readonly showPassword = signal(false);
  protected readonly submitted = signal(false);
  protected readonly busy = signal(false);
  private readonly failure = signal<unknown>(null);

  private readonly usernameInput = viewChild.required<ElementRef<HTMLInputElement>>('usernameInput');
  private readonly passwordInput = viewChild.required<ElementRef<HTMLInputElement>>('passwordInput');

  protected readonly expired = computed(() => this.params().get('reason') === 'expired');
  protected readonly usernameMissing = computed(() => this.submitted() && !this.username().trim());
  protected readonly passwordMissing = computed(() => this.submitted() && !this.password());
  protected readonly error = computed(() => {
    const failure = this.failure();
    if (!failure) return null;
    const translate = (key: TranslationKey, params?: TranslateParams) => this.i18n.translate(key, params);
    return errorText(translate, failure, { 401: 'login.invalid' });
  });

  protected submit(event: Event): void {
    event.preventDefault();
    this.submitted.set(true);
    this.failure.set(null);
    if (this.usernameMissing()) return this.usernameInput().nativeElement.focus();
    if (this.passwordMissing()) return this.passwordInput().nativeElement.focus();
    this.busy.set(true);
    this.auth.login(this.username().trim(), this.password(), this.remember()).subscribe({
      next: (user) => {
        const target = safeReturnUrl(this.params().get('returnUrl')) ?? homeFor(user.role);
        void this.router.navigateByUrl(target, { replaceUrl: true });
      },
      error: (err: unknown) => {
        this.busy.set(false);
        this.submitted.set(false);
        this.failure.set(err);
        // Clear the field itself too: the bound value may not have changed since the last render.
        this.password.set('');
        this.passwordInput().nativeElement.value = '';
        this.passwordInput().nativeElement.focus();
      },
    });
  }
}
