import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { ActivatedRoute } from '@angular/router';
import { BATCH_NAMES, isRole, Role, ROLES, UserView } from '@pantau/domain';
import { errorText } from '../../../core/api/error-message';
import { AuthService } from '../../../core/auth/auth.service';
import { TranslationKey } from '../../../core/i18n/dictionary';
import { ROLE_LABEL } from '../../../core/i18n/domain-labels';
import { I18N_PIPES } from '../../../core/i18n/i18n.pipes';
import { I18nService } from '../../../core/i18n/i18n.service';
import { ConfirmDialog } from '../../../ui/dialog/confirm-dialog';
import { TableState } from '../../../ui/state/table-state';
import { AdminDataService } from '../admin-data.service';
import { ResetPasswordDialog } from './reset-password-dialog';
import { UserForm } from './user-form';

type Pending = { kind: 'toggle'; user: UserView } | { kind: 'password'; user: UserView };

@Component({
  selector: 'pantau-admin-users-page',
  imports: [TableState, I18N_PIPES, UserForm, ConfirmDialog, ResetPasswordDialog],
  templateUrl: './admin-users.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class AdminUsersPage {
  private readonly data = inject(AdminDataService);
  private readonly auth = inject(AuthService);
  protected readonly i18n = inject(I18nService);
  protected readonly batchNames = BATCH_NAMES;
  protected readonly roles = ROLES;

  protected readonly users = rxResource({ stream: () => this.data.users() });
  protected readonly agencies = rxResource({ stream: () => this.data.agencies() });
  protected readonly agencyList = computed(() => (this.agencies.hasValue() ? this.agencies.value() : []));

  /** `?q=` opens the list searched, as the audit trail links a user. */
  protected readonly search = signal(inject(ActivatedRoute).snapshot.queryParamMap.get('q') ?? '');
  protected readonly roleFilter = signal<Role | null>(null);
  protected readonly rows = computed(() => {
    const list = this.users.hasValue() ? this.users.value() : [];
    const q = this.search().trim().toLocaleLowerCase(this.i18n.locale());
    const role = this.roleFilter();
    return list.filter(
      (u) =>
        (role === null || u.role === role) &&
        (!q ||
          [u.username, u.displayName, u.agencyName ?? ''].some((t) =>
            t.toLocaleLowerCase(this.i18n.locale()).includes(q),
          )),
    );
  });
  protected readonly meId = computed(() => this.auth.user()?.id ?? null);

  protected readonly formOpen = signal(false);
  protected readonly editing = signal<UserView | null>(null);
  protected readonly notice = signal<string | null>(null);
  /** A password shown once, after creating a user or resetting theirs. */
  protected readonly shownPassword = signal<{ user: UserView; password: string } | null>(null);

  protected readonly pending = signal<Pending | null>(null);
  protected readonly confirmOpen = signal(false);
  protected readonly passwordOpen = signal(false);
  protected readonly resetUser = computed(() => {
    const p = this.pending();
    return p?.kind === 'password' ? p.user : null;
  });
  protected readonly busy = signal(false);
  private readonly actionFailure = signal<unknown>(null);
  protected readonly actionError = computed(() => {
    const failure = this.actionFailure();
    return failure ? errorText((k, p) => this.i18n.translate(k, p), failure) : null;
  });

  protected readonly toggleText = computed(() => {
    const p = this.pending();
    if (p?.kind !== 'toggle') return { heading: '', lines: [] as string[], confirm: '' };
    const name = p.user.displayName;
    return p.user.disabled
      ? {
          heading: this.i18n.translate('users.enableTitle', { name }),
          lines: [this.i18n.translate('users.enableBody')],
          confirm: this.i18n.translate('users.enable'),
        }
      : {
          heading: this.i18n.translate('users.disableTitle', { name }),
          lines: [this.i18n.translate('users.disableBody')],
          confirm: this.i18n.translate('users.disable'),
        };
  });

  protected roleLabel(role: Role): TranslationKey {
    return ROLE_LABEL[role];
  }

  protected onRoleFilter(value: string): void {
    this.roleFilter.set(isRole(value) ? value : null);
  }

  protected isLocked(u: UserView): boolean {
    return u.lockedUntil !== null && new Date(u.lockedUntil).getTime() > Date.now();
  }

  protected openCreate(): void {
    this.editing.set(null);
    this.formOpen.set(true);
  }

  protected openEdit(user: UserView): void {
    this.editing.set(user);
    this.formOpen.set(true);
  }

  protected onSaved(result: { user: UserView; password: string | null }): void {
    const exists = this.users.value()?.some((u) => u.id === result.user.id);
    this.users.update((list) =>
      exists ? list?.map((u) => (u.id === result.user.id ? result.user : u)) : [...(list ?? []), result.user],
    );
    this.notice.set(this.i18n.translate(exists ? 'users.updated' : 'users.created', { name: result.user.displayName }));
    this.shownPassword.set(result.password ? { user: result.user, password: result.password } : null);
  }

  protected askToggle(user: UserView): void {
    this.actionFailure.set(null);
    this.pending.set({ kind: 'toggle', user });
    this.confirmOpen.set(true);
  }

  protected confirmToggle(): void {
    const p = this.pending();
    if (p?.kind !== 'toggle') return;
    this.busy.set(true);
    this.data.updateUser(p.user.id, { disabled: !p.user.disabled }).subscribe({
      next: (user) => {
        this.busy.set(false);
        this.confirmOpen.set(false);
        this.users.update((list) => list?.map((u) => (u.id === user.id ? user : u)));
        this.notice.set(
          this.i18n.translate(user.disabled ? 'users.disabledDone' : 'users.enabledDone', { name: user.displayName }),
        );
      },
      error: (err: unknown) => {
        this.busy.set(false);
        this.actionFailure.set(err);
      },
    });
  }

  protected askPassword(user: UserView): void {
    this.pending.set({ kind: 'password', user });
    this.passwordOpen.set(true);
  }

  protected onPasswordReset({ user, password }: { user: UserView; password: string }): void {
    this.notice.set(this.i18n.translate('users.passwordReset', { name: user.displayName }));
    this.shownPassword.set({ user, password });
  }
}
