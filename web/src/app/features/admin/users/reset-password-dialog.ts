import { ChangeDetectionStrategy, Component, inject, input, model, output, signal } from '@angular/core';
import { apply } from '@angular/forms/signals';
import { firstValueFrom } from 'rxjs';
import { UserView } from '@pantau/domain';
import { I18N_PIPES } from '../../../core/i18n/i18n.pipes';
import { Dialog } from '../../../ui/dialog/dialog';
import { DialogFormActions } from '../../../ui/dialog/dialog-form-actions';
import { dialogForm, FIELD_KIT } from '../../../ui/field';
import { AdminDataService } from '../admin-data.service';
import { NewPasswordField } from './new-password-field';
import { generatePassword } from './password';
import { firstPasswordRules } from './user-form';

/** An admin gives a user a new password (a generated one, or typed); the old one stops working. */
@Component({
  selector: 'pantau-reset-password-dialog',
  imports: [I18N_PIPES, Dialog, DialogFormActions, NewPasswordField, FIELD_KIT],
  template: `
    <pantau-dialog
      [heading]="'users.resetTitle' | t: { name: user()?.displayName ?? '' }"
      [(open)]="open"
      [busy]="busy()"
    >
      <form [formRoot]="resetForm">
        <p class="dialog__text">{{ 'users.resetBody' | t }}</p>
        <pantau-new-password-field inputId="users-new-password" [field]="resetForm.password" />
        <pantau-dialog-form-actions [error]="error()" [busy]="busy()" (cancel)="open.set(false)">
          <button type="submit" class="button button--primary" [disabled]="busy() || resetForm().invalid()">
            {{ 'users.resetPassword' | t }}
          </button>
        </pantau-dialog-form-actions>
      </form>
    </pantau-dialog>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResetPasswordDialog {
  private readonly data = inject(AdminDataService);

  readonly open = model(false);
  readonly user = input<UserView | null>(null);
  readonly done = output<{ user: UserView; password: string }>();

  private readonly draft = signal({ password: '' });
  private readonly dialog = dialogForm({
    model: this.draft,
    schema: (r) => apply(r.password, firstPasswordRules),
    open: this.open,
    // Every opening offers a fresh generated password.
    initial: () => ({ password: generatePassword() }),
    send: () => this.send(),
  });
  protected readonly resetForm = this.dialog.form;
  protected readonly busy = this.dialog.busy;
  protected readonly error = this.dialog.error;

  private async send(): Promise<undefined> {
    const user = this.user();
    const { password } = this.draft();
    if (!user) return undefined;
    await firstValueFrom(this.data.resetPassword(user.id, password));
    this.open.set(false);
    this.done.emit({ user, password });
    return undefined;
  }
}
