import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  model,
  output,
  signal,
  untracked,
} from '@angular/core';
import { AgencySummary, Batch, BATCH_NAMES, BATCHES, isBatch, isRole, Role, ROLES, UserView } from '@pantau/domain';
import { errorText } from '../../../core/api/error-message';
import { TranslationKey } from '../../../core/i18n/dictionary';
import { ROLE_LABEL } from '../../../core/i18n/domain-labels';
import { I18N_PIPES } from '../../../core/i18n/i18n.pipes';
import { I18nService } from '../../../core/i18n/i18n.service';
import { Dialog } from '../../../ui/dialog/dialog';
import { AdminDataService } from '../admin-data.service';
import { AgencyPicker } from './agency-picker';
import { generatePassword } from './password';

interface UserDraft {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  agencyId: number | null;
  batch: Batch | null;
}

export type UserErrors = Partial<Record<keyof UserDraft, TranslationKey>>;

export function validateUser(d: UserDraft, creating: boolean): UserErrors {
  const errors: UserErrors = {};
  if (creating && !/^[a-z0-9._-]{3,40}$/.test(d.username)) errors.username = 'userForm.usernameInvalid';
  if (!d.displayName.trim()) errors.displayName = 'userForm.displayNameRequired';
  if (creating && d.password.length < 10) errors.password = 'userForm.passwordTooShort';
  if (d.role === 'agency' && d.agencyId === null) errors.agencyId = 'userForm.agencyRequired';
  return errors;
}

/** Creates a user, or changes one's name, role, agency and batch. */
@Component({
  selector: 'pantau-user-form',
  imports: [I18N_PIPES, Dialog, AgencyPicker],
  template: `
    <pantau-dialog [heading]="heading()" [(open)]="open" [busy]="busy()" [wide]="true">
      <form class="form-grid" novalidate (submit)="submit($event)">
        @if (!user()) {
          <div class="field">
            <label class="field__label" for="user-form-username">{{ 'userForm.username' | t }}</label>
            <input
              id="user-form-username"
              class="field__control"
              autocomplete="off"
              autocapitalize="none"
              spellcheck="false"
              [value]="draft().username"
              [attr.aria-invalid]="!!shown().username"
              aria-describedby="user-form-username-hint"
              (input)="patch({ username: $any($event.target).value.trim().toLowerCase() })"
            />
            <p class="field__hint" id="user-form-username-hint">{{ 'userForm.usernameHint' | t }}</p>
            @if (shown().username; as key) {
              <p class="field__error">{{ key | t }}</p>
            }
          </div>
        }
        <div class="field" [class.form-grid__wide]="!!user()">
          <label class="field__label" for="user-form-name">{{ 'userForm.displayName' | t }}</label>
          <input
            id="user-form-name"
            class="field__control"
            maxlength="120"
            [value]="draft().displayName"
            [attr.aria-invalid]="!!shown().displayName"
            (input)="patch({ displayName: $any($event.target).value })"
          />
          @if (shown().displayName; as key) {
            <p class="field__error">{{ key | t }}</p>
          }
        </div>
        <div class="field">
          <label class="field__label" for="user-form-role">{{ 'admin.role' | t }}</label>
          <select id="user-form-role" class="field__control" (change)="onRole($any($event.target).value)">
            @for (r of roles; track r) {
              <option [value]="r" [selected]="draft().role === r">{{ roleLabel(r) | t }}</option>
            }
          </select>
        </div>
        @if (draft().role === 'leadership') {
          <div class="field">
            <label class="field__label" for="user-form-batch">{{ 'userForm.batch' | t }}</label>
            <select id="user-form-batch" class="field__control" (change)="onBatch($any($event.target).value)">
              <option value="" [selected]="draft().batch === null">{{ 'userForm.allBatches' | t }}</option>
              @for (b of batches; track b) {
                <option [value]="b" [selected]="draft().batch === b">{{ i18n.name(batchNames[b]) }}</option>
              }
            </select>
          </div>
        }
        @if (!user()) {
          <div class="field">
            <label class="field__label" for="user-form-password">{{ 'userForm.password' | t }}</label>
            <div class="field__pair">
              <input
                id="user-form-password"
                class="field__control"
                type="text"
                autocomplete="new-password"
                spellcheck="false"
                [value]="draft().password"
                [attr.aria-invalid]="!!shown().password"
                aria-describedby="user-form-password-hint"
                (input)="patch({ password: $any($event.target).value })"
              />
              <button type="button" class="button button--secondary" (click)="patch({ password: generate() })">
                {{ 'userForm.generate' | t }}
              </button>
            </div>
            <p class="field__hint" id="user-form-password-hint">{{ 'userForm.passwordHint' | t }}</p>
            @if (shown().password; as key) {
              <p class="field__error">{{ key | t }}</p>
            }
          </div>
        }
        @if (draft().role === 'agency') {
          <div class="form-grid__wide">
            <pantau-agency-picker
              inputId="user-form-agency"
              [agencies]="agencies()"
              [value]="draft().agencyId"
              [invalid]="!!shown().agencyId"
              (valueChange)="patch({ agencyId: $event })"
            />
            @if (shown().agencyId; as key) {
              <p class="field__error">{{ key | t }}</p>
            }
          </div>
        }
        @if (error(); as message) {
          <p class="notice notice--error form-grid__wide" role="alert">{{ message }}</p>
        }
        <div class="dialog__actions form-grid__wide">
          <button type="button" class="button button--secondary" [disabled]="busy()" (click)="open.set(false)">
            {{ 'common.cancel' | t }}
          </button>
          <button type="submit" class="button button--primary" [disabled]="busy()" [attr.aria-busy]="busy()">
            {{ (busy() ? 'common.saving' : 'common.save') | t }}
          </button>
        </div>
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
  protected readonly draft = signal<UserDraft>(this.empty());
  protected readonly submitted = signal(false);
  protected readonly busy = signal(false);
  private readonly failure = signal<unknown>(null);

  protected readonly heading = computed(() =>
    this.i18n.translate(this.user() ? 'userForm.editTitle' : 'userForm.createTitle'),
  );
  private readonly errors = computed(() => validateUser(this.draft(), !this.user()));
  protected readonly shown = computed<UserErrors>(() => (this.submitted() ? this.errors() : {}));
  protected readonly error = computed(() => {
    const failure = this.failure();
    return failure ? errorText((k, p) => this.i18n.translate(k, p), failure) : null;
  });

  constructor() {
    effect(() => {
      if (!this.open()) return;
      const user = this.user();
      untracked(() => {
        this.draft.set(
          user
            ? {
                username: user.username,
                displayName: user.displayName,
                password: '',
                role: user.role,
                agencyId: user.agencyId,
                batch: user.batch,
              }
            : this.empty(),
        );
        this.submitted.set(false);
        this.failure.set(null);
      });
    });
  }

  protected roleLabel(role: Role): TranslationKey {
    return ROLE_LABEL[role];
  }

  protected generate(): string {
    return generatePassword();
  }

  protected patch(change: Partial<UserDraft>): void {
    this.draft.update((d) => ({ ...d, ...change }));
  }

  protected onRole(value: string): void {
    if (isRole(value)) this.patch({ role: value });
  }

  protected onBatch(value: string): void {
    this.patch({ batch: isBatch(value) ? value : null });
  }

  protected submit(event: Event): void {
    event.preventDefault();
    this.submitted.set(true);
    this.failure.set(null);
    if (Object.keys(this.errors()).length > 0) return;
    const d = this.draft();
    const agencyId = d.role === 'agency' ? d.agencyId : null;
    const batch = d.role === 'leadership' ? d.batch : null;
    const user = this.user();
    const request = user
      ? this.data.updateUser(user.id, { displayName: d.displayName.trim(), role: d.role, agencyId, batch })
      : this.data.createUser({
          username: d.username,
          displayName: d.displayName.trim(),
          password: d.password,
          role: d.role,
          ...(agencyId !== null ? { agencyId } : {}),
          ...(batch !== null ? { batch } : {}),
        });
    this.busy.set(true);
    request.subscribe({
      next: (saved) => {
        this.busy.set(false);
        this.saved.emit({ user: saved, password: user ? null : d.password });
        this.open.set(false);
      },
      error: (err: unknown) => {
        this.busy.set(false);
        this.failure.set(err);
      },
    });
  }

  private empty(): UserDraft {
    return {
      username: '',
      displayName: '',
      password: generatePassword(),
      role: 'evaluator',
      agencyId: null,
      batch: null,
    };
  }
}
