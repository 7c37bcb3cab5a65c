import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  model,
  signal,
  viewChild,
} from '@angular/core';
import { ChangePasswordRefusal, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@pantau/domain';
import { Dialog } from '../../ui/dialog/dialog';
import { errorText } from '../api/error-message';
import { AuthService } from '../auth/auth.service';
import { TranslationKey } from '../i18n/dictionary';
import { TranslateParams } from '../i18n/interpolate';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/i18n.pipes';

type Field = 'current' | 'next' | 'repeat';

/** The refusal codes of POST /api/auth/password, shown at the field they concern. */
const REFUSALS: Readonly<Record<ChangePasswordRefusal, [Field, TranslationKey]>> = {
  'wrong-current-password': ['current', 'password.wrongCurrent'],
  'password-unchanged': ['next', 'password.unchanged'],
};

function refusalOf(failure: unknown): [Field, TranslationKey] | null {
  if (!(failure instanceof HttpErrorResponse) || failure.status !== 400) return null;
  const code = (failure.error as { code?: string } | null)?.code;
  return code && code in REFUSALS ? REFUSALS[code as ChangePasswordRefusal] : null;
}

/** The signed-in user changes their own password: current, new, and the new one again. */
@Component({
  selector: 'pantau-change-password-dialog',
  imports: [Dialog, TranslatePipe],
  templateUrl: './change-password-dialog.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChangePasswordDialog {
  private readonly auth = inject(AuthService);
  private readonly i18n = inject(I18nService);

  readonly open = model(false);

  protected readonly min = PASSWORD_MIN_LENGTH;
  protected readonly current = signal('');
  protected readonly next = signal('');
  protected readonly repeat = signal('');
  protected readonly submitted = signal(false);
  protected readonly busy = signal(false);
  protected readonly done = signal(false);
  private readonly failure = signal<unknown>(null);

  private readonly currentInput = viewChild<ElementRef<HTMLInputElement>>('currentInput');
  private readonly nextInput = viewChild<ElementRef<HTMLInputElement>>('nextInput');
  private readonly repeatInput = viewChild<ElementRef<HTMLInputElement>>('repeatInput');

  /** The first problem of each field, as a dictionary key and its parameters. */
  protected readonly problems = computed((): Partial<Record<Field, [TranslationKey, TranslateParams?]>> => {
    const out: Partial<Record<Field, [TranslationKey, TranslateParams?]>> = {};
    const refusal = refusalOf(this.failure());
    if (refusal) out[refusal[0]] = [refusal[1]];
    if (!this.submitted()) return out;
    const [current, next] = [this.current(), this.next()];
    if (!current) out.current = ['password.currentRequired'];
    if (next.length < PASSWORD_MIN_LENGTH) out.next = ['password.tooShort', { min: PASSWORD_MIN_LENGTH }];
    else if (next.length > PASSWORD_MAX_LENGTH) out.next = ['password.tooLong', { max: PASSWORD_MAX_LENGTH }];
    else if (next === current) out.next = ['password.unchanged'];
    if (this.repeat() !== next) out.repeat = ['password.mismatch'];
    return out;
  });

  /** A failure that belongs to no field: a wait after wrong passwords, the network, the server. */
  protected readonly error = computed(() => {
    const failure = this.failure();
    if (!failure || refusalOf(failure)) return null;
    const translate = (key: TranslationKey, params?: TranslateParams) => this.i18n.translate(key, params);
    return errorText(translate, failure);
  });

  protected submit(event: Event): void {
    event.preventDefault();
    this.failure.set(null);
    this.submitted.set(true);
    const invalid = (['current', 'next', 'repeat'] as const).find((f) => this.problems()[f]);
    if (invalid) return this.focus(invalid);
    this.busy.set(true);
    this.auth.changePassword({ currentPassword: this.current(), newPassword: this.next() }).subscribe({
      next: () => {
        this.busy.set(false);
        this.done.set(true);
        for (const field of [this.current, this.next, this.repeat]) field.set('');
      },
      error: (err: unknown) => {
        this.busy.set(false);
        this.submitted.set(false);
        this.failure.set(err);
        this.focus(refusalOf(err)?.[0] ?? 'current');
      },
    });
  }

  private focus(field: Field): void {
    const input = { current: this.currentInput, next: this.nextInput, repeat: this.repeatInput }[field]();
    input?.nativeElement.focus();
  }
}
