import { computed, effect, inject, Signal, signal, untracked, WritableSignal } from '@angular/core';
import { FieldTree, form, SchemaOrSchemaFn, TreeValidationResult } from '@angular/forms/signals';
import { errorText } from '../../core/api/error-message';
import { I18nService } from '../../core/i18n/i18n.service';
import { submission } from './submission';

export interface SendingFormOptions<T> {
  readonly model: WritableSignal<T>;
  readonly schema: SchemaOrSchemaFn<T>;
  /** Sends the form; what it throws is shown under the form, what it returns is said at the fields it names. */
  readonly send: () => Promise<TreeValidationResult>;
}

export interface SendingForm<T> {
  readonly form: FieldTree<T>;
  readonly busy: Signal<boolean>;
  /** The failure of the last sending, in words, or null. */
  readonly error: Signal<string | null>;
}

export interface DialogFormOptions<T> extends SendingFormOptions<T> {
  /** The dialog's open state: every opening starts the form afresh. */
  readonly open: Signal<boolean>;
  /** What the form holds on opening; the signals it reads start it afresh when they change while open. */
  readonly initial: () => T;
}

function sendingFormWith<T>(options: SendingFormOptions<T>): SendingForm<T> & { clear(): void } {
  const i18n = inject(I18nService);
  const failure = signal<unknown>(null);
  const send = async (): Promise<TreeValidationResult> => {
    failure.set(null);
    try {
      return await options.send();
    } catch (err) {
      failure.set(err);
      return undefined;
    }
  };
  const tree = form(options.model, options.schema, {
    submission: submission(send, () => failure.set(null)),
  });
  return {
    form: tree,
    busy: computed(() => tree().submitting()),
    error: computed(() => {
      const f = failure();
      return f ? errorText((k, p) => i18n.translate(k, p), f) : null;
    }),
    clear: () => failure.set(null),
  };
}

/**
 * A form sent to the server: through `submission`, busy while sending, the server's refusal in words.
 * Call it in an injection context (a field initialiser).
 */
export function sendingForm<T>(options: SendingFormOptions<T>): SendingForm<T> {
  const { form, busy, error } = sendingFormWith(options);
  return { form, busy, error };
}

/** A sending form in a dialog, started afresh on every opening. Call it in an injection context. */
export function dialogForm<T>(options: DialogFormOptions<T>): SendingForm<T> {
  const { form, busy, error, clear } = sendingFormWith(options);
  effect(() => {
    if (!options.open()) return;
    const value = options.initial();
    untracked(() => {
      options.model.set(value);
      form().reset();
      clear();
    });
  });
  return { form, busy, error };
}
