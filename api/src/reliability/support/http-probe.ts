import { request } from 'node:http';
import { isErrorCode } from '@pantau/domain';

/** A plain HTTP client for the fuzzer and the fault tests: raw bodies, any content type, a time limit. */

export interface ProbeRequest {
  method: string;
  url: string;
  token?: string;
  /** Sent as is when a string or Buffer; otherwise as JSON. */
  body?: unknown;
  contentType?: string;
  headers?: Record<string, string>;
  timeoutMs?: number;
}

export interface ProbeResponse {
  status: number;
  text: string;
  json: unknown;
  contentType: string;
  ms: number;
}

/**
 * One request on a connection of its own. Reused keep-alive connections race the server's idle timeout: a request
 * written as the server closes an idle socket gets no answer, which says nothing about the product under test.
 */
export async function probe(r: ProbeRequest): Promise<ProbeResponse> {
  const headers: Record<string, string> = { ...(r.headers ?? {}) };
  if (r.token) headers['authorization'] = `Bearer ${r.token}`;
  let body: string | Buffer | undefined;
  if (r.body !== undefined) {
    body = typeof r.body === 'string' || Buffer.isBuffer(r.body) ? r.body : JSON.stringify(r.body);
    if (r.contentType !== undefined) {
      if (r.contentType) headers['content-type'] = r.contentType;
    } else headers['content-type'] = 'application/json';
    headers['content-length'] = String(Buffer.byteLength(body));
  }
  const started = Date.now();
  const res = await new Promise<{ status: number; text: string; contentType: string }>((resolve, reject) => {
    const req = request(r.url, {
      method: r.method,
      headers,
      agent: false,
      signal: AbortSignal.timeout(r.timeoutMs ?? 30_000),
    });
    req.on('error', reject);
    req.on('response', (answer) => {
      const chunks: Buffer[] = [];
      answer.on('data', (c: Buffer) => chunks.push(c));
      answer.on('error', reject);
      answer.on('end', () =>
        resolve({
          status: answer.statusCode ?? 0,
          text: Buffer.concat(chunks).toString('utf8'),
          contentType: String(answer.headers['content-type'] ?? ''),
        }),
      );
    });
    req.end(body);
  });
  let json: unknown = undefined;
  try {
    json = JSON.parse(res.text);
  } catch {
    // not JSON
  }
  return { ...res, json, ms: Date.now() - started };
}

/**
 * Problems with an error answer's shape: {statusCode, message (string or string[]), error, code} as JSON, where
 * `code` is one of the catalogue's (ERROR_CODES), so that no route answers an error a client cannot word.
 */
export function errorShapeProblems(res: ProbeResponse): string[] {
  const problems: string[] = [];
  if (!res.contentType.includes('application/json')) problems.push(`content-type is "${res.contentType}"`);
  const b = res.json as Record<string, unknown> | undefined;
  if (!b || typeof b !== 'object' || Array.isArray(b))
    return [...problems, `body is not a JSON object: ${res.text.slice(0, 200)}`];
  if (b['statusCode'] !== res.status)
    problems.push(`statusCode ${String(b['statusCode'])} differs from HTTP ${res.status}`);
  const m = b['message'];
  const messageOk =
    (typeof m === 'string' && m.length > 0) ||
    (Array.isArray(m) && m.length > 0 && m.every((x) => typeof x === 'string'));
  if (!messageOk) problems.push(`message is not a string or string[]: ${JSON.stringify(m)?.slice(0, 200)}`);
  if (typeof b['error'] !== 'string' || !b['error'])
    problems.push(`error is not a string: ${JSON.stringify(b['error'])}`);
  if (!isErrorCode(b['code'])) problems.push(`code is not one of ERROR_CODES: ${JSON.stringify(b['code'])}`);
  return problems;
}

/**
 * Signs of internals in an answer: stack frames, driver errors, SQL, file paths. Case-sensitive on purpose:
 * the fuzzer's own injection strings are lower case, so an echoed value is not taken for a leak.
 */
const LEAKS: ReadonlyArray<[string, RegExp]> = [
  ['stack frame', /\bat (?:async )?[\w$.<>[\] ]*\(?(?:\/|node:|file:)[^)\s]*:\d+:\d+/],
  ['QueryFailedError', /QueryFailedError|EntityNotFoundError|TypeORMError/],
  ['SQL', /\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM|ON CONFLICT)\b/],
  [
    'postgres message',
    /invalid input syntax|violates (?:not-null|foreign key|check|unique) constraint|duplicate key value|syntax error at or near|relation "|column "/,
  ],
  ['node_modules path', /node_modules/],
  ['JS error', /\b(TypeError|ReferenceError|RangeError|SyntaxError): /],
  ['source path', /\/work\/|\/src\/app\/|\.ts:\d+/],
];

export function leakProblems(text: string): string[] {
  return LEAKS.filter(([, re]) => re.test(text)).map(([name, re]) => `${name}: …${text.match(re)![0].slice(0, 120)}…`);
}
