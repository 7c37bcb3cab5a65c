import { ReadonlyFieldState, ValidationError } from '@angular/forms/signals';
import { TranslationKey } from '../../core/i18n/dictionary';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslateParams } from '../../core/i18n/interpolate';

type LimitValues = Partial<Record<'minLength' | 'maxLength' | 'min' | 'max', unknown>>;

/** A field's problem is shown once the user has left the field or tried to submit the form. */
export function shownError(state: ReadonlyFieldState<unknown> | null): ValidationError | null {
  if (!state || !state.touched()) return null;
  return state.errors()[0] ?? null;
}

/**
 * The error's message is a dictionary key; its numbers ({min}, {max}) come from the rule that failed or from the
 * field's own length limits, so that a text says exactly what FIELD_LIMITS allows.
 */
export function errorText(i18n: I18nService, error: ValidationError, state: ReadonlyFieldState<unknown>): string {
  const limits = error as LimitValues;
  const count = (value: unknown) => (typeof value === 'number' ? i18n.number(value, '1.0-0') : undefined);
  const params: Record<string, string> = {};
  const min = count(limits.minLength) ?? count(limits.min) ?? count(state.minLength?.());
  const max = count(limits.maxLength) ?? count(limits.max) ?? count(state.maxLength?.());
  if (min !== undefined) params['min'] = min;
  if (max !== undefined) params['max'] = max;
  const key = (error.message ?? 'form.invalid') as TranslationKey;
  return i18n.translate(key, params as TranslateParams);
}
