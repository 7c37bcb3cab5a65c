import type { Schema } from './openapi';

/**
 * `invalid`: the value breaks the parameter's schema, so the answer must be 400, 413 or 415 (or the 401/403
 * that the role gets anyway). `odd`: a hostile value the schema allows (free text, an unknown job name);
 * any answer but a 5xx is fine.
 */
export type Expectation = 'invalid' | 'odd';

export const MISSING = Symbol('missing');

export interface ValueCase {
  label: string;
  value: unknown;
  expect: Expectation;
}

const ONE_MB = 'x'.repeat(1024 * 1024);

/**
 * Hostile text that any free-text field may legitimately receive. Lower-case SQL on purpose: the leak check
 * looks for the server's own upper-case SQL keywords, and these must not be mistaken for it when echoed.
 */
export const HOSTILE_TEXT: ReadonlyArray<[string, string]> = [
  ['empty', ''],
  ['blank', '   '],
  ['NUL inside', 'a\u0000b'],
  ['control characters', '\u0001\u0002\u0007\u001b[31m\u007f\u0085'],
  ['RTL override', '\u202Egnp.exe\u202C'],
  ['bidi marks', '\u200F\u200Ex\u2066y\u2069'],
  ['zero-width', 'a\u200B\u200C\u200D\uFEFFb'],
  ['emoji', '😀🇮🇩👩‍👩‍👧‍👦'],
  ['lone surrogate', '\uD800x'],
  ['scripts', 'Ünïcödé 中文 العربية עברית हिन्दी'],
  ['sql quote', "' or '1'='1"],
  ['sql drop', "x'); drop table rating; --"],
  ['sql union', '1 union select null, version() --'],
  ['sql sleep', "'; select pg_sleep(3); --"],
  ['like wildcards', '%_%\\'],
  ['script tag', '<script>alert(1)</script>'],
  ['img onerror', '"><img src=x onerror=alert(1)>'],
  ['template', '{{constructor.constructor("alert(1)")()}} ${7*7}'],
  ['path traversal', '../../../../etc/passwd'],
  ['encoded NUL', '%00'],
  ['CRLF', 'a\r\nSet-Cookie: x=1'],
  ['operator object text', '{"$gt": ""}'],
  ['formula', '=HYPERLINK("http://evil.example","x")'],
  ['word null', 'null'],
];

/** Malformed ids for `{id}` path parameters: every one must be refused before any lookup. */
export const BAD_IDS: ReadonlyArray<[string, string]> = [
  ['zero', '0'],
  ['negative', '-1'],
  ['huge', '99999999999'],
  ['int4 overflow', '2147483648'],
  ['letters', 'abc'],
  ['sql', '1;DROP TABLE app_user'],
  ['sql quote', "1' or '1'='1"],
  ['fraction', '1.5'],
  ['exponent', '1e3'],
  ['hex', '0x1F'],
  ['plus sign', '+1'],
  ['leading space', ' 1'],
  ['arabic digit', '١'],
  ['NUL', '\u0000'],
  ['emoji', '😀'],
  ['script', '<script>alert(1)</script>'],
  ['long', '9'.repeat(4000)],
];

const BAD_DATES: ReadonlyArray<[string, string]> = [
  ['month 13', '2025-13-45'],
  ['30 February', '2025-02-30'],
  ['word', 'yesterday'],
  ['postgres epoch', 'epoch'],
  ['postgres infinity', 'infinity'],
  ['five-digit year', '99999-01-01'],
  ['zeros', '0000-00-00'],
  ['no padding', '2025-1-1'],
  ['bad time', '2025-01-01T25:61:61Z'],
  ['number', '1700000000'],
];

function isDateLike(name: string, s: Schema): boolean {
  return (
    s.format === 'date' ||
    s.format === 'date-time' ||
    /(At|Date)$|^(from|to)$/.test(name) ||
    (typeof s.example === 'string' && /^\d{4}-\d{2}-\d{2}/.test(s.example))
  );
}

function isIdLike(name: string): boolean {
  return /(^id|Id|Ids)$/.test(name);
}

function isNumber(s: Schema): boolean {
  return s.type === 'number' || s.type === 'integer';
}

/** A value that satisfies the schema, for the parameters that are not being fuzzed. */
export function validValue(name: string, s: Schema): unknown {
  if (s.example !== undefined) return s.example;
  if (s.enum?.length) return s.enum[0];
  if (isNumber(s)) return isIdLike(name) ? 99_999_999 : Math.max(1, s.minimum ?? 1);
  if (s.type === 'boolean') return false;
  if (s.type === 'array') return [validValue(name.replace(/s$/, ''), s.items ?? {})];
  if (s.format === 'uuid') return '00000000-0000-4000-8000-000000000000';
  if (s.type === 'object' && s.properties) return validObject(s);
  if (isDateLike(name, s)) return '2025-06-01';
  if (s.type === 'string') return 'x'.repeat(Math.max(s.minLength ?? 0, 12));
  return null; // an untyped property (the document could not name its type)
}

export function validObject(s: Schema): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, p] of Object.entries(s.properties ?? {})) {
    if ((s.required ?? []).includes(k)) out[k] = validValue(k, p);
  }
  return out;
}

const typeConfusion = (except: 'string' | 'number' | 'boolean' | 'array' | 'object'): ValueCase[] =>
  (
    [
      ['string', 'abc', 'string'],
      ['number', 12345, 'number'],
      ['boolean', true, 'boolean'],
      ['object', { a: 1 }, 'object'],
      ['array', ['x'], 'array'],
    ] as const
  )
    .filter(([, , kind]) => kind !== except)
    .map(([label, value]) => ({ label: `wrong type: ${label}`, value, expect: 'invalid' as const }));

/** Malformed JSON values for one body property (or an array item), given its schema. */
export function bodyValueCases(name: string, s: Schema, required: boolean, nested = 0): ValueCase[] {
  const cases: ValueCase[] = [];
  if (required) {
    cases.push({ label: 'missing', value: MISSING, expect: 'invalid' });
    if (!s.nullable) cases.push({ label: 'null', value: null, expect: 'invalid' });
  } else if (!s.nullable) {
    cases.push({ label: 'null for an optional field', value: null, expect: 'odd' });
  }
  if (s.enum?.length) {
    const first = String(s.enum[0]);
    cases.push(...typeConfusion('string'));
    for (const [label, value] of [
      ['empty', ''],
      ['upper case', first.toUpperCase() === first ? `${first}x` : first.toUpperCase()],
      ['padded', ` ${first} `],
      ['sql', "' or '1'='1"],
      ['script', '<script>alert(1)</script>'],
      ['NUL', `${first}\u0000`],
      ['emoji', '😀'],
      ['long', 'x'.repeat(5000)],
    ] as const) {
      cases.push({ label: `not in enum: ${label}`, value, expect: 'invalid' });
    }
    return cases;
  }
  if (isNumber(s)) {
    cases.push(...typeConfusion('number'));
    const numbers: Array<[string, unknown]> = [
      ['numeric text', '1'],
      ['empty text', ''],
      ['NaN text', 'NaN'],
      ['Infinity text', 'Infinity'],
      ['sql text', '1; drop table rating'],
      ['negative', -1],
      ['fraction', 1.5],
      ['huge', 99_999_999_999],
      ['int4 overflow', 2_147_483_648],
      ['negative huge', -99_999_999_999],
      ['max double', Number.MAX_VALUE],
      ['tiny', 5e-324],
    ];
    if (isIdLike(name)) numbers.push(['zero id', 0]);
    for (const [label, value] of numbers) cases.push({ label, value, expect: 'invalid' });
    return cases;
  }
  if (s.type === 'boolean') {
    cases.push(...typeConfusion('boolean').filter((c) => c.label !== 'wrong type: number'));
    for (const [label, value] of [
      ['text true', 'true'],
      ['one', 1],
      ['zero', 0],
      ['yes', 'yes'],
      ['empty text', ''],
    ] as const) {
      cases.push({ label, value, expect: 'invalid' });
    }
    return cases;
  }
  if (s.type === 'array') {
    cases.push(...typeConfusion('array'));
    cases.push({ label: 'empty array', value: [], expect: 'odd' });
    cases.push({ label: 'null item', value: [null], expect: 'invalid' });
    cases.push({ label: 'nested array', value: [[1]], expect: 'invalid' });
    const items = s.items ?? {};
    if (items.type === 'object' && items.properties && nested < 2) {
      // Fuzz each property of the first row, keeping the row otherwise valid.
      const row = validObject(items);
      for (const [k, p] of Object.entries(items.properties)) {
        for (const c of bodyValueCases(k, p, (items.required ?? []).includes(k), nested + 1)) {
          const mutated = { ...row };
          if (c.value === MISSING) delete mutated[k];
          else mutated[k] = c.value;
          cases.push({ label: `[0].${k}: ${c.label}`, value: [mutated], expect: c.expect });
        }
      }
      cases.push({ label: '[0] extra field', value: [{ ...row, fuzzExtra: 1 }], expect: 'invalid' });
      cases.push({ label: 'too many rows', value: Array.from({ length: 6000 }, () => row), expect: 'invalid' });
    } else if (isNumber(items)) {
      cases.push({ label: 'text items', value: ['a'], expect: 'invalid' });
      cases.push({ label: 'negative items', value: [-1], expect: 'invalid' });
      cases.push({ label: 'fraction items', value: [1.5], expect: 'invalid' });
      cases.push({ label: 'huge items', value: [99_999_999_999], expect: 'invalid' });
      cases.push({
        label: 'too many items',
        value: Array.from({ length: 60_000 }, (_, i) => i + 1),
        expect: 'invalid',
      });
    }
    return cases;
  }
  if (s.type === 'object' && !s.properties) {
    // The document could not name the type (a `number | null` or `string | null` property): only values
    // that no scalar property takes are certainly wrong.
    cases.push({ label: 'wrong type: object', value: { a: 1 }, expect: 'invalid' });
    cases.push({ label: 'wrong type: array', value: [1], expect: 'invalid' });
    cases.push({ label: 'wrong type: boolean', value: true, expect: 'invalid' });
    cases.push({ label: '1 MB text', value: ONE_MB, expect: 'invalid' });
    return cases;
  }
  // Strings.
  cases.push(...typeConfusion('string'));
  cases.push({ label: '1 MB text', value: ONE_MB, expect: 'invalid' });
  if (s.maxLength !== undefined)
    cases.push({ label: 'over maxLength', value: 'x'.repeat(s.maxLength + 1), expect: 'invalid' });
  if ((s.minLength ?? 0) > 0)
    cases.push({ label: 'under minLength', value: 'x'.repeat(s.minLength! - 1), expect: 'invalid' });
  if (isDateLike(name, s)) {
    for (const [label, value] of BAD_DATES) cases.push({ label: `bad date: ${label}`, value, expect: 'invalid' });
  }
  for (const [label, value] of HOSTILE_TEXT) cases.push({ label: `text: ${label}`, value, expect: 'odd' });
  return cases;
}

/** Malformed values for one path or query parameter; `undefined` value means "leave it out". */
export function paramValueCases(name: string, location: 'path' | 'query', s: Schema, required: boolean): ValueCase[] {
  const cases: ValueCase[] = [];
  if (location === 'query' && required) cases.push({ label: 'missing', value: undefined, expect: 'invalid' });
  if (location === 'path' && (isIdLike(name) || isNumber(s)) && s.format !== 'uuid') {
    for (const [label, value] of BAD_IDS) cases.push({ label: `bad id: ${label}`, value, expect: 'invalid' });
    return cases;
  }
  if (s.format === 'uuid') {
    for (const [label, value] of [
      ['not a uuid', 'abc'],
      ['bad hex', '00000000-0000-4000-8000-00000000000g'],
      ['sql', "' or 1=1 --"],
      ['NUL', '\u0000'],
      ['long', 'a'.repeat(4000)],
    ] as const) {
      cases.push({ label, value, expect: 'invalid' });
    }
    return cases;
  }
  if (isNumber(s) || (location === 'query' && isIdLike(name) && s.type !== 'string')) {
    const values: Array<[string, string | string[]]> = [
      ['letters', 'abc'],
      ['negative', '-1'],
      ['fraction', '1.5'],
      ['huge', '99999999999'],
      ['NaN', 'NaN'],
      ['Infinity', 'Infinity'],
      ['overflowing exponent', '1e400'],
      ['sql', '1;DROP TABLE app_user'],
      ['NUL', '1\u0000'],
      ['repeated', ['1', '2']],
    ];
    if (s.minimum !== undefined) values.push(['below minimum', String(s.minimum - 1)]);
    else if (isIdLike(name)) values.push(['zero', '0']);
    if (s.maximum !== undefined) values.push(['above maximum', String(s.maximum + 1)]);
    for (const [label, value] of values) cases.push({ label, value, expect: 'invalid' });
    cases.push({ label: 'empty', value: '', expect: 'odd' });
    return cases;
  }
  if (s.enum?.length) {
    const first = String(s.enum[0]);
    for (const [label, value] of [
      ['upper case', first.toUpperCase() === first ? `${first}x` : first.toUpperCase()],
      ['padded', ` ${first}`],
      ['sql', "' or '1'='1"],
      ['script', '<script>alert(1)</script>'],
      ['NUL', `${first}\u0000`],
      ['emoji', '😀'],
      ['repeated', [first, first]],
      ['long', 'x'.repeat(8000)],
    ] as const) {
      cases.push({ label: `not in enum: ${label}`, value, expect: 'invalid' });
    }
    cases.push({ label: 'empty', value: '', expect: 'odd' });
    return cases;
  }
  if (isDateLike(name, s)) {
    for (const [label, value] of BAD_DATES) cases.push({ label: `bad date: ${label}`, value, expect: 'invalid' });
  }
  // Free text (search terms, filters, job names): hostile but allowed.
  for (const [label, value] of HOSTILE_TEXT) cases.push({ label: `text: ${label}`, value, expect: 'odd' });
  cases.push({ label: 'text: 8 KB', value: 'x'.repeat(8 * 1024), expect: 'odd' });
  cases.push({ label: 'text: repeated', value: ['a', 'b'], expect: 'odd' });
  return cases;
}
