import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, model, signal } from '@angular/core';
import { form, maxLength, minLength, required, schema, TreeValidationResult, validate } from '@angular/forms/signals';
import { ChangePasswordRefusal, FIELD_LIMITS } from '@pantau/domain';
import { firstValueFrom } from 'rxjs';
import { Dialog } from '../../ui/dialog/dialog';
import { DialogFormActions } from '../../ui/dialog/dialog-form-actions';
import { FIELD_KIT, SendButton, submission } from '../../ui/field';
import { errorText } from '../api/error-message';
import { AuthService } from '../auth/auth.service';
import { TranslationKey } from '../i18n/dictionary';
import { TranslateParams } from '../i18n/interpolate';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/i18n.pipes';

interface PasswordChange {
  current: string;
  next: string;
  repeat: string;
}

const PASSWORD = FIELD_LIMITS.password;

/** The server's rules, checked before sending: a new password of the allowed length, unlike the current one. */
const passwordChangeSchema = schema<PasswordChange>((p) => {
  required(p.current, { message: 'password.currentRequired' });
  required(p.next, { message: 'password.tooShort' });
  minLength(p.next, PASSWORD.min, { message: 'password.tooShort' });
  maxLength(p.next, PASSWORD.max, { message: 'password.tooLong' });
  validate(p.next, ({ value, valueOf }) =>
    value() && value() === valueOf(p.current) ? { kind: 'unchanged', message: 'password.unchanged' } : null,
  );
  validate(p.repeat, ({ value, valueOf }) =>
    value() !== valueOf(p.next) ? { kind: 'mismatch', message: 'password.mismatch' } : null,
  );
});

/** The refusal codes of POST /api/auth/password, shown at the field they concern. */
const REFUSALS: Readonly<Record<ChangePasswordRefusal, [keyof PasswordChange, TranslationKey]>> = {
  'wrong-current-password': ['current', 'password.wrongCurrent'],
  'password-unchanged': ['next', 'password.unchanged'],
};

function refusalOf(failure: unknown): [keyof PasswordChange, TranslationKey] | null {
  if (!(failure instanceof HttpErrorResponse) || failure.status !== 400) return null;
  const code = (failure.error as { code?: string } | null)?.code;
  return code && code in REFUSALS ? REFUSALS[code as ChangePasswordRefusal] : null;
}

/** The signed-in user changes their own password: current, new, and the new one again. */
@Component({
  selector: 'pantau-change-password-dialog',
  imports: [Dialog, DialogFormActions, TranslatePipe, FIELD_KIT, SendButton],
  templateUrl: './change-password-dialog.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChangePasswordDialog {
  private readonly auth = inject(AuthService);
  private readonly i18n = inject(I18nService);

  readonly open = model(false);

  protected readonly min = PASSWORD.min;
  private readonly change = signal<PasswordChange>({ current: '', next: '', repeat: '' });
  protected readonly passwordForm = form(this.change, passwordChangeSchema, {
    submission: submission(
      () => this.send(),
      () => this.failure.set(null),
    ),
  });
  protected readonly busy = computed(() => this.passwordForm().submitting());
  protected readonly done = signal(false);
  private readonly failure = signal<unknown>(null);

  /** A failure that belongs to no field: a wait after wrong passwords, the network, the server. */
  protected readonly error = computed(() => {
    const failure = this.failure();
    if (!failure) return null;
    const translate = (key: TranslationKey, params?: TranslateParams) => this.i18n.translate(key, params);
    return errorText(translate, failure);
  });

  private async send(): Promise<TreeValidationResult> {
    this.failure.set(null);
    const { current, next } = this.change();
    try {
      await firstValueFrom(this.auth.changePassword({ currentPassword: current, newPassword: next }));
      this.done.set(true);
      this.passwordForm().reset({ current: '', next: '', repeat: '' });
      return undefined;
    } catch (err) {
      const refusal = refusalOf(err);
      const field = this.passwordForm[refusal?.[0] ?? 'current'];
      field().focusBoundControl();
      // A refusal is said at its field, until that field is changed.
      if (refusal) return { kind: 'refused', message: refusal[1], fieldTree: field };
      this.failure.set(err);
      return undefined;
    }
  }
}
