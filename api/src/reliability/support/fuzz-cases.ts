import { bodyValueCases, Expectation, MISSING, paramValueCases, validObject } from './fuzz-values';
import type { Operation } from './openapi';
import { fillPath } from './openapi';

/** One request the fuzzer sends, with what the answer must be. */
export interface FuzzCase {
  op: Operation;
  label: string;
  expect: Expectation | 'baseline';
  method: string;
  /** Path and query, starting at /api. */
  url: string;
  body?: unknown;
  contentType?: string;
  headers?: Record<string, string>;
}

export interface Baseline {
  /** Path parameter values by name. */
  path: Record<string, string>;
  /** Required query parameters. */
  query: Record<string, string>;
  /** A valid JSON body (that the operation still refuses or cannot apply: see the spec's fixtures). */
  body?: Record<string, unknown>;
}

function buildUrl(op: Operation, path: Record<string, string>, query: Record<string, unknown>): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined) continue;
    for (const one of Array.isArray(v) ? v : [v]) qs.append(k, String(one));
  }
  const s = qs.toString();
  return fillPath(op.path, path) + (s ? `?${s}` : '');
}

/** A deterministic list of malformed requests for one operation, derived from its OpenAPI description. */
export function casesFor(op: Operation, base: Baseline): FuzzCase[] {
  const cases: FuzzCase[] = [];
  // Nothing to fuzz (and sending it could sign the fuzzer out): no parameters and no body.
  if (op.params.length === 0 && !op.jsonBody) return cases;
  const body = op.jsonBody ? (base.body ?? validObject(op.jsonBody)) : undefined;
  const make = (
    label: string,
    expect: FuzzCase['expect'],
    over: Partial<FuzzCase> & { path?: Record<string, string>; query?: Record<string, unknown> },
  ) => {
    const { path, query, ...rest } = over;
    cases.push({
      op,
      label,
      expect,
      method: op.method,
      url: buildUrl(op, path ?? base.path, query ?? base.query),
      body,
      ...rest,
    });
  };

  make('baseline', 'baseline', {});

  for (const p of op.params) {
    for (const c of paramValueCases(p.name, p.in, p.schema, p.required)) {
      if (p.in === 'path')
        make(`path ${p.name}: ${c.label}`, c.expect, { path: { ...base.path, [p.name]: String(c.value) } });
      else make(`query ${p.name}: ${c.label}`, c.expect, { query: { ...base.query, [p.name]: c.value } });
    }
  }
  if (op.params.some((p) => p.in === 'query'))
    make('query: unknown parameter', 'odd', { query: { ...base.query, fuzzExtra: '1' } });

  if (op.jsonBody && body) {
    const schema = op.jsonBody;
    for (const [name, prop] of Object.entries(schema.properties ?? {})) {
      for (const c of bodyValueCases(name, prop, (schema.required ?? []).includes(name))) {
        const mutated: Record<string, unknown> = { ...body };
        if (c.value === MISSING) delete mutated[name];
        else mutated[name] = c.value;
        make(`body ${name}: ${c.label}`, c.expect, { body: mutated });
      }
    }
    const json = JSON.stringify(body);
    const hasRequired = (schema.required ?? []).length > 0;
    make('body: unknown field', 'invalid', { body: { ...body, fuzzExtra: 'x' } });
    // The validation pipe strips __proto__ and constructor keys; the spec checks that nothing got polluted.
    make('body: __proto__ field', 'odd', { body: `{"__proto__":{"polluted":true},${json.slice(1)}` });
    make('body: constructor.prototype field', 'odd', {
      body: { ...body, constructor: { prototype: { polluted: true } } },
    });
    make('body: empty object', hasRequired ? 'invalid' : 'odd', { body: {} });
    make('body: array', 'invalid', { body: [body] });
    make('body: JSON string', 'invalid', { body: '"text"' });
    make('body: JSON number', 'invalid', { body: '42' });
    make('body: JSON null', 'invalid', { body: 'null' });
    make('body: truncated JSON', 'invalid', { body: json.slice(0, Math.max(1, Math.floor(json.length / 2))) });
    make('body: trailing garbage', 'invalid', { body: `${json}}` });
    make('body: deeply nested', 'invalid', { body: `{${'"n":{'.repeat(3000)}${'}'.repeat(3000)},${json.slice(1)}` });
    make('body: 2 MB', 'invalid', { body: { ...body, pad: 'x'.repeat(2 * 1024 * 1024) } });
    make('content-type: text/plain', 'invalid', { body: json, contentType: 'text/plain' });
    make('content-type: application/xml', 'invalid', {
      body: `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>`,
      contentType: 'application/xml',
    });
    make('content-type: form-encoded', 'invalid', {
      body: new URLSearchParams(
        Object.entries(Object.keys(body).length > 0 ? body : { title: 'x' }).map(([k, v]) => [
          k,
          typeof v === 'string' ? v : JSON.stringify(v),
        ]),
      ).toString(),
      contentType: 'application/x-www-form-urlencoded',
    });
    make('content-type: none', 'invalid', { body: json, contentType: '' });
    make('content-type: JSON in latin-1', 'invalid', {
      body: json,
      contentType: 'application/json; charset=iso-8859-1',
    });
    make('content-encoding: gzip, not gzipped', 'invalid', { body: json, headers: { 'content-encoding': 'gzip' } });
  }
  return cases;
}
