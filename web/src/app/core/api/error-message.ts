import { HttpErrorResponse } from '@angular/common/http';
import { ErrorResponse } from '@pantau/domain';
import { TranslationKey } from '../i18n/dictionary';
import { TranslateParams } from '../i18n/interpolate';
import { knownMessage } from './server-messages';

export type ErrorOverrides = Partial<Record<number, TranslationKey>>;

export type ErrorDescription =
  /** `names` are params whose values are dictionary keys, translated when the text is made. */
  | { key: TranslationKey; params?: TranslateParams; names?: Readonly<Record<string, TranslationKey>> }
  /** The server's own words, used where they say more than a generic sentence could. */
  | { text: string };

function serverMessage(err: HttpErrorResponse): string | null {
  const body = err.error as Partial<ErrorResponse> | string | null | undefined;
  if (typeof body === 'string') return body.trim() || null;
  const message = body?.message;
  if (Array.isArray(message)) return message.filter(Boolean).join('; ') || null;
  return typeof message === 'string' && message.trim() ? message : null;
}

/** Turns any failure into words the user can act on. `overrides` let a page word a status itself. */
export function describeError(failure: unknown, overrides: ErrorOverrides = {}): ErrorDescription {
  // Resources wrap non-Error failures (HttpErrorResponse is one) and keep the original as `cause`.
  const err = failure instanceof Error && failure.cause !== undefined ? failure.cause : failure;
  if (!(err instanceof HttpErrorResponse)) return { key: 'errors.unexpected' };
  if (err.status === 0) return { key: 'errors.network' };
  const override = overrides[err.status];
  if (override) return { key: override };
  const server = serverMessage(err);
  const known = server && err.status < 500 ? knownMessage(server) : null;
  if (known) return known;
  switch (err.status) {
    case 400:
    case 422:
      return server ? { key: 'errors.validation', params: { details: server } } : { key: 'errors.badRequest' };
    case 401:
      return { key: 'errors.unauthorized' };
    case 403:
      return { key: 'errors.forbidden' };
    case 404:
      return { key: 'errors.notFound' };
    case 409:
      return server ? { text: server } : { key: 'errors.conflict' };
    case 413:
      return { key: 'errors.tooLarge' };
    case 429:
      return server ? { text: server } : { key: 'errors.tooMany' };
    default:
      return err.status >= 500 ? { key: 'errors.server' } : server ? { text: server } : { key: 'errors.unexpected' };
  }
}

/** Reactive when called in a template or computed: the text follows the language. */
export function errorText(
  translate: (key: TranslationKey, params?: TranslateParams) => string,
  err: unknown,
  overrides?: ErrorOverrides,
): string {
  const description = describeError(err, overrides);
  if ('text' in description) return description.text;
  if (!description.names) return translate(description.key, description.params);
  const names = Object.entries(description.names).map(([name, key]) => [name, translate(key)]);
  return translate(description.key, { ...description.params, ...Object.fromEntries(names) });
}
