import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { form, required, schema } from '@angular/forms/signals';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import { homeFor } from '../../core/auth/access';
import { AuthService } from '../../core/auth/auth.service';
import { errorText } from '../../core/api/error-message';
import { TranslationKey } from '../../core/i18n/dictionary';
import { TranslateParams } from '../../core/i18n/interpolate';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/i18n.pipes';
import { FIELD_KIT, submission, requiredText } from '../../ui/field';
import { LangSwitch } from '../../ui/lang-switch/lang-switch';
import { firstValueFrom } from 'rxjs';

/** Only same-app paths are followed after sign-in, never another site. */
function safeReturnUrl(value: string | null): string | null {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/login') ? value : null;
}

interface Credentials {
  username: string;
  password: string;
  remember: boolean;
}

const credentialsSchema = schema<Credentials>((c) => {
  requiredText(c.username, 'login.usernameRequired');
  required(c.password, { message: 'login.passwordRequired' });
});

@Component({
  selector: 'pantau-login-page',
  imports: [TranslatePipe, LangSwitch, FIELD_KIT],
  templateUrl: './login.page.html',
  styleUrl: './login.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class LoginPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18nService);
  private readonly params = toSignal(inject(ActivatedRoute).queryParamMap, { requireSync: true });

  private readonly credentials = signal<Credentials>({ username: '', password: '', remember: true });
  protected readonly loginForm = form(this.credentials, credentialsSchema, {
    submission: submission(
      () => this.signIn(),
      () => this.failure.set(null),
    ),
  });
  protected readonly showPassword = signal(false);
  /** Stays busy once signed in, while the next page loads. */
  private readonly leaving = signal(false);
  protected readonly busy = computed(() => this.loginForm().submitting() || this.leaving());
  private readonly failure = signal<unknown>(null);

  protected readonly expired = computed(() => this.params().get('reason') === 'expired');
  protected readonly error = computed(() => {
    const failure = this.failure();
    if (!failure) return null;
    const translate = (key: TranslationKey, params?: TranslateParams) => this.i18n.translate(key, params);
    return errorText(translate, failure, { 401: 'login.invalid' });
  });

  private async signIn(): Promise<undefined> {
    this.failure.set(null);
    const { username, password, remember } = this.credentials();
    try {
      const user = await firstValueFrom(this.auth.login(username.trim(), password, remember));
      this.leaving.set(true);
      const target = safeReturnUrl(this.params().get('returnUrl')) ?? homeFor(user.role);
      void this.router.navigateByUrl(target, { replaceUrl: true });
    } catch (err) {
      this.failure.set(err);
      // A new attempt starts from an empty password, without field problems on show.
      this.loginForm().reset({ ...this.credentials(), password: '' });
      this.loginForm.password().focusBoundControl();
    }
    return undefined;
  }
}
