import { computed, effect, inject, Signal, signal, untracked, WritableSignal } from '@angular/core';
import { FieldTree, form, SchemaOrSchemaFn, TreeValidationResult } from '@angular/forms/signals';
import { errorText } from '../../core/api/error-message';
import { I18nService } from '../../core/i18n/i18n.service';
import { submission } from './submission';

export interface DialogFormOptions<T> {
  readonly model: WritableSignal<T>;
  readonly schema: SchemaOrSchemaFn<T>;
  /** The dialog's open state: every opening starts the form afresh. */
  readonly open: Signal<boolean>;
  /** What the form holds on opening; the signals it reads start it afresh when they change while open. */
  readonly initial: () => T;
  /** Sends the form; what it throws is shown under the form, what it returns is said at the fields it names. */
  readonly send: () => Promise<TreeValidationResult>;
}

export interface DialogForm<T> {
  readonly form: FieldTree<T>;
  readonly busy: Signal<boolean>;
  /** The failure of the last sending, in words, or null. */
  readonly error: Signal<string | null>;
}

/**
 * A form in a dialog: sent through `submission`, busy while sending, the server's refusal in words, and started
 * afresh on every opening. Call it in an injection context (a field initialiser).
 */
export function dialogForm<T>(options: DialogFormOptions<T>): DialogForm<T> {
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

  effect(() => {
    if (!options.open()) return;
    const value = options.initial();
    untracked(() => {
      options.model.set(value);
      tree().reset();
      failure.set(null);
    });
  });

  return {
    form: tree,
    busy: computed(() => tree().submitting()),
    error: computed(() => {
      const f = failure();
      return f ? errorText((k, p) => i18n.translate(k, p), f) : null;
    }),
  };
}
