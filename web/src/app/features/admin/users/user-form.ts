import { ChangeDetectionStrategy, Component, computed, inject, input, model, output, signal } from '@angular/core';
import { HttpErrorResponse } from '@angular/common/http';
import {
  apply,
  applyWhen,
  maxLength,
  minLength,
  required,
  schema,
  TreeValidationResult,
  validate,
} from '@angular/forms/signals';
import {
  AgencySummary,
  BATCH_NAMES,
  BATCHES,
  FIELD_LIMITS,
  isAgencyBound,
  isBatch,
  isRole,
  Role,
  ROLES,
  UserView,
} from '@pantau/domain';
import { firstValueFrom } from 'rxjs';
import { TranslationKey } from '../../../core/i18n/dictionary';
import { ROLE_LABEL } from '../../../core/i18n/domain-labels';
import { I18N_PIPES } from '../../../core/i18n/i18n.pipes';
import { I18nService } from '../../../core/i18n/i18n.service';
import { Dialog } from '../../../ui/dialog/dialog';
import { DialogFormActions } from '../../../ui/dialog/dialog-form-actions';
import { dialogForm, FIELD_KIT, textLimit } from '../../../ui/field';
import { AdminDataService } from '../admin-data.service';
import { NewPasswordField } from './new-password-field';
import { AgencyPicker } from './agency-picker';
import { generatePassword } from './password';

/** Select values are strings; '' until chosen. */
export interface UserDraft {
  username: string;
  displayName: string;
  password: string;
  role: Role | '';
  agencyId: number | null;
  batch: string;
}

/** Usernames are stored in lower case without spaces around them. */
export const normalUsername = (value: string) => value.trim().toLowerCase();

const USERNAME = FIELD_LIMITS.username;
const PASSWORD = FIELD_LIMITS.password;

/** A password an admin gives a user (when creating the account or resetting its password). */
export const firstPasswordRules = schema<string>((password) => {
  required(password, { message: 'userForm.passwordTooShort' });
  minLength(password, PASSWORD.min, { message: 'userForm.passwordTooShort' });
  maxLength(password, PASSWORD.max, { message: 'userForm.passwordTooLong' });
});

/** The username and the first password are set once, when the user is created. */
const newUserSchema = schema<UserDraft>((u) => {
  required(u.username, { message: 'userForm.usernameInvalid' });
  minLength(u.username, USERNAME.min, { message: 'userForm.usernameInvalid' });
  maxLength(u.username, USERNAME.max, { message: 'userForm.usernameInvalid' });
  validate(u.username, ({ value }) => {
    const name = normalUsername(value());
    const fits = /^[a-z0-9._-]*$/.test(name) && name.length >= USERNAME.min && name.length <= USERNAME.max;
    return name && !fits ? { kind: 'pattern', message: 'userForm.usernameInvalid' } : null;
  });
  apply(u.password, firstPasswordRules);
});

/** The API's refusals of a user's agency, said at the agency field (`not-a-province` in the form's own words). */
const AGENCY_REFUSALS: Readonly<Record<string, TranslationKey>> = {
  'coordinator-needs-province': 'error.coordinator-needs-province',
  'not-a-province': 'userForm.notAProvince',
  'agency-user-needs-agency': 'error.agency-user-needs-agency',
  'agency-unknown': 'error.agency-unknown',
};

function agencyRefusal(failure: unknown): TranslationKey | null {
  if (!(failure instanceof HttpErrorResponse) || failure.status !== 400) return null;
  const code = (failure.error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(AGENCY_REFUSALS, code)
    ? AGENCY_REFUSALS[code]!
    : null;
}

export const provincesOf = (agencies: readonly AgencySummary[]) => agencies.filter((a) => a.type === 'provinsi');

/**
 * The same rules as the API's user DTOs; the admin always chooses the role (no role is given by default). A
 * coordination team belongs to a province: `agencies` tells the form which agency is one.
 */
export const userSchema = (creating: () => boolean, agencies: () => readonly AgencySummary[] = () => []) =>
  schema<UserDraft>((u) => {
    applyWhen(u, creating, newUserSchema);
    textLimit(u.displayName, FIELD_LIMITS.displayName, {
      required: 'userForm.displayNameRequired',
      tooLong: 'userForm.displayNameTooLong',
    });
    required(u.role, { message: 'userForm.roleRequired' });
    required(u.agencyId, {
      message: 'userForm.agencyRequired',
      when: ({ valueOf }) => valueOf(u.role) === 'agency',
    });
    required(u.agencyId, {
      message: 'userForm.provinceRequired',
      when: ({ valueOf }) => valueOf(u.role) === 'coordinator',
    });
    validate(u.agencyId, ({ value, valueOf }) => {
      if (valueOf(u.role) !== 'coordinator' || value() === null) return null;
      const agency = agencies().find((a) => a.id === value());
      return agency && agency.type !== 'provinsi' ? { kind: 'notAProvince', message: 'userForm.notAProvince' } : null;
    });
  });

/** Creates a user, or changes one's name, role, agency and batch. */
@Component({
  selector: 'pantau-user-form',
  imports: [I18N_PIPES, Dialog, DialogFormActions, AgencyPicker, NewPasswordField, FIELD_KIT],
  template: `
    <pantau-dialog [heading]="heading()" [(open)]="open" [busy]="busy()" [wide]="true">
      <form class="form-grid" [formRoot]="userForm">
        @if (!user()) {
          <pantau-field
            [label]="'userForm.username' | t"
            [hint]="'userForm.usernameHint' | t: { min: usernameLimit.min, max: usernameLimit.max }"
          >
            <input
              id="user-form-username"
              class="field__control"
              autocomplete="off"
              autocapitalize="none"
              spellcheck="false"
              [formField]="userForm.username"
            />
          </pantau-field>
        }
        <pantau-field [class.form-grid__wide]="!!user()" [label]="'userForm.displayName' | t">
          <input id="user-form-name" class="field__control" [formField]="userForm.displayName" />
        </pantau-field>
        <pantau-field [label]="'admin.role' | t">
          <select id="user-form-role" class="field__control" [formField]="userForm.role">
            <option value="" disabled>{{ 'userForm.chooseRole' | t }}</option>
            @for (r of roles; track r) {
              <option [value]="r">{{ roleLabel(r) | t }}</option>
            }
          </select>
        </pantau-field>
        @if (draft().role === 'leadership') {
          <pantau-field [label]="'userForm.batch' | t">
            <select id="user-form-batch" class="field__control" [formField]="userForm.batch">
              <option value="">{{ 'userForm.allBatches' | t }}</option>
              @for (b of batches; track b) {
                <option [value]="b">{{ i18n.name(batchNames[b]) }}</option>
              }
            </select>
          </pantau-field>
        }
        @if (!user()) {
          <pantau-new-password-field inputId="user-form-password" [field]="userForm.password" />
        }
        @if (draft().role === 'agency') {
          <pantau-field
            class="form-grid__wide"
            [label]="'agencyPicker.label' | t"
            controlId="user-form-agency-q"
            [field]="userForm.agencyId"
          >
            <pantau-agency-picker inputId="user-form-agency" [agencies]="agencies()" [formField]="userForm.agencyId" />
          </pantau-field>
        } @else if (draft().role === 'coordinator') {
          <pantau-field
            class="form-grid__wide"
            [label]="'userForm.province' | t"
            [hint]="'userForm.provinceHint' | t"
            controlId="user-form-agency-q"
            [field]="userForm.agencyId"
          >
            <pantau-agency-picker inputId="user-form-agency" [agencies]="provinces()" [formField]="userForm.agencyId" />
          </pantau-field>
        }
        <pantau-dialog-form-actions [error]="error()" [busy]="busy()" [wide]="true" (cancel)="open.set(false)">
          <button type="submit" class="button button--primary" [disabled]="busy()" [attr.aria-busy]="busy()">
            {{ (busy() ? 'common.saving' : 'common.save') | t }}
          </button>
        </pantau-dialog-form-actions>
      </form>
    </pantau-dialog>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserForm {
  private readonly data = inject(AdminDataService);
  protected readonly i18n = inject(I18nService);

  readonly open = model(false);
  /** null creates a new user. */
  readonly user = input<UserView | null>(null);
  readonly agencies = input.required<readonly AgencySummary[]>();
  readonly saved = output<{ user: UserView; password: string | null }>();

  protected readonly roles = ROLES;
  protected readonly batches = BATCHES;
  protected readonly batchNames = BATCH_NAMES;
  protected readonly usernameLimit = USERNAME;
  /** A coordination team chooses among the provinces only; agency teams keep the full list. */
  protected readonly provinces = computed(() => provincesOf(this.agencies()));
  protected readonly draft = signal<UserDraft>(this.empty());
  private readonly dialog = dialogForm({
    model: this.draft,
    schema: userSchema(
      () => !this.user(),
      () => this.agencies(),
    ),
    open: this.open,
    initial: () => {
      const user = this.user();
      return user
        ? {
            username: user.username,
            displayName: user.displayName,
            password: '',
            role: user.role,
            agencyId: user.agencyId,
            batch: user.batch ?? '',
          }
        : this.empty();
    },
    send: () => this.save(),
  });
  protected readonly userForm = this.dialog.form;
  protected readonly busy = this.dialog.busy;
  protected readonly error = this.dialog.error;
  protected readonly heading = computed(() =>
    this.i18n.translate(this.user() ? 'userForm.editTitle' : 'userForm.createTitle'),
  );

  protected roleLabel(role: Role): TranslationKey {
    return ROLE_LABEL[role];
  }

  private async save(): Promise<TreeValidationResult> {
    const d = this.draft();
    if (!isRole(d.role)) return undefined;
    const agencyId = isAgencyBound(d.role) ? d.agencyId : null;
    const batch = d.role === 'leadership' && isBatch(d.batch) ? d.batch : null;
    const user = this.user();
    const request = user
      ? this.data.updateUser(user.id, { displayName: d.displayName.trim(), role: d.role, agencyId, batch })
      : this.data.createUser({
          username: normalUsername(d.username),
          displayName: d.displayName.trim(),
          password: d.password,
          role: d.role,
          ...(agencyId !== null ? { agencyId } : {}),
          ...(batch !== null ? { batch } : {}),
        });
    try {
      const saved = await firstValueFrom(request);
      this.saved.emit({ user: saved, password: user ? null : d.password });
      this.open.set(false);
    } catch (err) {
      const refusal = agencyRefusal(err);
      // A refused agency is said at the agency field, until it is changed.
      if (refusal && isAgencyBound(d.role)) {
        return { kind: 'refused', message: refusal, fieldTree: this.userForm.agencyId };
      }
      throw err;
    }
    return undefined;
  }

  private empty(): UserDraft {
    return { username: '', displayName: '', password: generatePassword(), role: '', agencyId: null, batch: '' };
  }
}
