import {
  LogicFn,
  maxLength,
  metadata,
  minLength,
  minLengthError,
  PathKind,
  REQUIRED,
  requiredError,
  SchemaPath,
  SchemaPathRules,
  validate,
} from '@angular/forms/signals';
import { TextLimit } from '@pantau/domain';
import { TranslationKey } from '../../core/i18n/dictionary';

type TextPath<K extends PathKind> = SchemaPath<string, SchemaPathRules.Supported, K>;

export interface TextMessages {
  /** Shown when a field that must be filled is empty (or only spaces). */
  required?: TranslationKey;
  /** Shown when the trimmed text is shorter than the limit's minimum. */
  tooShort?: TranslationKey;
  tooLong: TranslationKey;
}

/**
 * A text field's length rule from FIELD_LIMITS, as the API applies it: the minimum counts the trimmed text; the
 * maximum also becomes the control's maxlength.
 */
export function textLimit<K extends PathKind>(path: TextPath<K>, limit: TextLimit, messages: TextMessages): void {
  const min = limit.min ?? 0;
  if (min > 0) {
    const tooShort = messages.tooShort ?? messages.required ?? messages.tooLong;
    metadata(path, REQUIRED, () => true);
    minLength(path, min, { message: tooShort });
    validate(path, ({ value }) => {
      const length = value().trim().length;
      if (length === 0 && messages.required) return requiredError({ message: messages.required });
      // Too short only because of the spaces (or empty): the rule above counted the spaces or skipped the empty text.
      const shortWhenTrimmed = length < min && (length === 0 || value().length >= min);
      return shortWhenTrimmed ? minLengthError(min, { message: tooShort }) : null;
    });
  }
  maxLength(path, limit.max, { message: messages.tooLong });
}

/** Must be filled with more than spaces, while `when` holds (always by default). */
export function requiredText<K extends PathKind>(
  path: TextPath<K>,
  message: TranslationKey,
  when: LogicFn<string, boolean, K> = () => true,
): void {
  metadata(path, REQUIRED, when);
  validate(path, (ctx) => (when(ctx) && !ctx.value().trim() ? requiredError({ message }) : null));
}

const WEB_ADDRESS = /^https?:\/\/[^\s/$.?#][^\s]*$/i;

/** An address a browser can open: http:// or https:// and a host. Empty passes; `requiredText` asks for it. */
export function webAddress<K extends PathKind>(path: TextPath<K>, message: TranslationKey): void {
  validate(path, ({ value }) => {
    const url = value().trim();
    return url && !WEB_ADDRESS.test(url) ? { kind: 'webAddress', message } : null;
  });
}
