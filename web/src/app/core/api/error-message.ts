import { HttpErrorResponse } from '@angular/common/http';
import { errorParamKinds, ErrorResponse, isErrorCode, ValidationField } from '@pantau/domain';
import { TranslationKey } from '../i18n/dictionary';
import { ID } from '../i18n/id';
import { TranslateParams } from '../i18n/interpolate';

export type ErrorOverrides = Partial<Record<number, TranslationKey>>;

type Translate = (key: TranslationKey, params?: TranslateParams) => string;

/** A param as the user reads it: shown as it is, worded by the dictionary itself, or a list joined. */
export type DescribedValue =
  string | number | ErrorDescription | { readonly join: readonly DescribedValue[]; readonly with: string };

export interface ErrorDescription {
  key: TranslationKey;
  params?: Readonly<Record<string, DescribedValue>>;
}

const isKey = (key: string): key is TranslationKey => Object.prototype.hasOwnProperty.call(ID, key);

/** A value the dictionary has a word for (a period state, a role, a field …), else the value itself. */
function named(prefix: string, value: unknown): DescribedValue {
  const key = `${prefix}${String(value)}`;
  return isKey(key) ? { key } : String(value);
}

const list = (values: unknown, item: (v: unknown) => DescribedValue, separator = ', '): DescribedValue =>
  Array.isArray(values) ? { join: values.map(item), with: separator } : String(values);

/** "Judul paling sedikit 3 karakter": the field by its name in the form, the rule with its limit. */
function fieldProblem(f: ValidationField): ErrorDescription {
  const name =
    f.field
      .split('.')
      .filter((part) => !/^\d+$/.test(part))
      .pop() ?? f.field;
  const rule = `validation.${f.rule}`;
  const params: Record<string, DescribedValue> = { field: named('field.', name) };
  if (typeof f.limit === 'number') params['limit'] = f.limit;
  return { key: isKey(rule) ? rule : 'validation.invalid', params };
}

function waitFor(seconds: unknown): DescribedValue {
  if (typeof seconds !== 'number') return String(seconds);
  return seconds < 90
    ? { key: 'duration.seconds', params: { seconds } }
    : { key: 'duration.minutes', params: { minutes: Math.ceil(seconds / 60) } };
}

/** How each kind of param in the catalogue is worded. */
function paramValue(kind: string, value: unknown): DescribedValue {
  switch (kind.replace('?', '')) {
    case 'periodState':
      return named('periodState.', value);
    case 'periodStates':
      return list(value, (s) => named('periodState.', s));
    case 'followUpState':
      return named('followUp.state.', value);
    case 'role':
      return named('role.', value);
    case 'importKind':
      return named('imports.kind.', value);
    case 'seconds':
      return waitFor(value);
    case 'list':
      return list(value, String);
    case 'fields':
      return list(value, (f) => fieldProblem(f as ValidationField), '; ');
    default:
      return typeof value === 'number' ? value : String(value);
  }
}

/** The dictionary's words for an error code and its params; null for a code this build does not know. */
export function describeCode(code: unknown, params: unknown): ErrorDescription | null {
  if (!isErrorCode(code)) return null;
  const key = `error.${code}`;
  if (!isKey(key)) return null;
  const given = (params && typeof params === 'object' ? params : {}) as Record<string, unknown>;
  const described: Record<string, DescribedValue> = {};
  for (const [name, kind] of Object.entries(errorParamKinds(code))) {
    if (given[name] !== undefined && given[name] !== null) described[name] = paramValue(kind, given[name]);
    else if (!kind.endsWith('?')) return null;
  }
  return { key, params: described };
}

function byStatus(status: number): ErrorDescription {
  switch (status) {
    case 400:
    case 422:
      return { key: 'errors.badRequest' };
    case 401:
      return { key: 'errors.unauthorized' };
    case 403:
      return { key: 'errors.forbidden' };
    case 404:
      return { key: 'errors.notFound' };
    case 409:
      return { key: 'errors.conflict' };
    case 413:
      return { key: 'errors.tooLarge' };
    case 429:
      return { key: 'errors.tooMany' };
    default:
      return { key: status >= 500 ? 'errors.server' : 'errors.unexpected' };
  }
}

/**
 * Turns any failure into words the user can act on: the server's error code with its params, worded by the
 * dictionary, or a sentence for the status when the code is unknown. `overrides` let a page word a status itself.
 */
export function describeError(failure: unknown, overrides: ErrorOverrides = {}): ErrorDescription {
  // Resources wrap non-Error failures (HttpErrorResponse is one) and keep the original as `cause`.
  const err = failure instanceof Error && failure.cause !== undefined ? failure.cause : failure;
  if (!(err instanceof HttpErrorResponse)) return { key: 'errors.unexpected' };
  if (err.status === 0) return { key: 'errors.network' };
  const override = overrides[err.status];
  if (override) return { key: override };
  const body = err.error as Partial<ErrorResponse> | null | undefined;
  const coded = body && typeof body === 'object' ? describeCode(body.code, body.params) : null;
  return coded ?? byStatus(err.status);
}

function valueText(translate: Translate, value: DescribedValue): string | number {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if ('join' in value) return value.join.map((v) => valueText(translate, v)).join(value.with);
  return descriptionText(translate, value);
}

/** Reactive when called in a template or computed: the text follows the language. */
export function descriptionText(translate: Translate, description: ErrorDescription): string {
  const params = Object.entries(description.params ?? {}).map(([name, v]) => [name, valueText(translate, v)]);
  return translate(description.key, Object.fromEntries(params));
}

/** Reactive when called in a template or computed: the text follows the language. */
export function errorText(translate: Translate, err: unknown, overrides?: ErrorOverrides): string {
  return descriptionText(translate, describeError(err, overrides));
}
