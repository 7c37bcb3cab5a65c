import type { AddressInfo } from 'node:net';
import { createTestApp, TestApp } from '../testing/test-app';
import { changedTables, tableChecksums } from './support/db-checksum';
import { Baseline, casesFor, FuzzCase } from './support/fuzz-cases';
import { HOSTILE_TEXT } from './support/fuzz-values';
import { errorShapeProblems, leakProblems, probe, ProbeResponse } from './support/http-probe';
import { listOperations, OpenApiDocument, Operation } from './support/openapi';

// The root Jest config runs projects, where a project's testTimeout is not applied.
// Thousands of requests, one by one per role: about a minute on an idle machine, several under the full suite.
jest.setTimeout(600_000);

const ROLES = ['admin', 'evaluator', 'kalteng'] as const;
type Who = (typeof ROLES)[number];

/** Runs `fn` over `items` with at most `limit` at a time, in a deterministic order of start. */
async function pool<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) await fn(items[next++]!);
    }),
  );
}

function describeValue(v: unknown): string {
  const s = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
  return s.length > 80 ? `${s.slice(0, 80)}… (${s.length} chars)` : s;
}

/** Problems with one answer, given what the case expects and what the role's valid request got. */
function judge(c: FuzzCase, res: ProbeResponse, baselineStatus: number | undefined): string[] {
  const problems: string[] = [];
  if (res.status >= 500) problems.push(`answered ${res.status}`);
  if (res.status >= 400) problems.push(...errorShapeProblems(res), ...leakProblems(res.text));
  if (c.expect === 'invalid') {
    const refusedAnyway = (baselineStatus === 401 || baselineStatus === 403) && res.status === baselineStatus;
    if (![400, 413, 415].includes(res.status) && !refusedAnyway) {
      problems.push(`expected 400/413/415 for an invalid value, got ${res.status}: ${res.text.slice(0, 160)}`);
    }
  }
  if (c.expect === 'invalid' || (c.method !== 'GET' && c.expect !== 'baseline')) {
    // Every malformed write must be refused: its target does not exist, or its value is invalid.
    if (res.status < 400) problems.push(`a malformed request was accepted with ${res.status}`);
  }
  return problems;
}

/** True when `expected` appears as a string anywhere in `json` (as stored: trimmed, lone surrogates replaced). */
function holdsText(json: unknown, expected: string): boolean {
  const storable = Buffer.from(expected, 'utf8').toString('utf8');
  const wanted = new Set([expected, storable, storable.trim()]);
  const walk = (v: unknown): boolean =>
    typeof v === 'string'
      ? wanted.has(v)
      : Array.isArray(v)
        ? v.some(walk)
        : v !== null && typeof v === 'object'
          ? Object.values(v).some(walk)
          : false;
  return walk(json);
}

describe('OpenAPI fuzzer', () => {
  let t: TestApp;
  let base: string;
  let ops: Operation[];
  const tokens = {} as Record<Who, string>;
  let kaltengId: number;
  let kaltengItem: number;
  let followUpId: number;
  let periodName: string;

  beforeAll(async () => {
    t = await createTestApp({ loginLimitPerAddress: 100000, loginLimitPerUsername: 100000 });
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    for (const who of ROLES) tokens[who] = await t.login(who);
    [{ id: kaltengId }] = await t.db.query(`SELECT id FROM agency WHERE code = 'PROV-62'`);
    [{ id: kaltengItem }] = await t.db.query(
      `SELECT id FROM plan_item WHERE agency_id = $1 AND period_id = 2 AND current_rating_id IS NULL ORDER BY id LIMIT 1`,
      [kaltengId],
    );
    [{ id: followUpId }] = await t.db.query(`SELECT id FROM follow_up WHERE agency_id = $1 ORDER BY id LIMIT 1`, [
      kaltengId,
    ]);
    [{ name: periodName }] = await t.db.query(`SELECT name FROM period WHERE id = 2`);
    const doc = (await probe({ method: 'GET', url: `${base}/api/docs-json` })).json as OpenApiDocument;
    ops = listOperations(doc);
  });
  afterAll(() => t?.close());

  /**
   * Reads use real records so that a malformed query reaches the service. Writes aim at records that do not
   * exist (or a username or period name that is taken), so that even a request the fuzzer gets wrong cannot
   * change anything: the database must end up exactly as it started.
   */
  function baselineFor(op: Operation): Baseline {
    const read = op.method === 'GET';
    const path: Record<string, string> = {};
    for (const p of op.params.filter((x) => x.in === 'path')) {
      if (p.name === 'name') path[p.name] = 'no-such-job';
      else if (p.name === 'importId') path[p.name] = '6f1d8c1e-0000-4000-8000-000000000000';
      else if (!read) path[p.name] = '99999999';
      else if (p.name === 'periodId') path[p.name] = '2';
      else if (p.name === 'agencyId') path[p.name] = String(kaltengId);
      else if (p.name === 'itemId') path[p.name] = String(kaltengItem);
      else if (op.path.startsWith('/api/follow-ups/')) path[p.name] = String(followUpId);
      else if (op.path.startsWith('/api/agencies/')) path[p.name] = String(kaltengId);
      else if (op.path.startsWith('/api/periods/')) path[p.name] = '2';
      else throw new Error(`The fuzzer has no value for ${p.name} in ${op.key}: add one`);
    }
    const query: Record<string, string> = {};
    for (const p of op.params.filter((x) => x.in === 'query' && x.required)) {
      query[p.name] = p.name === 'periodId' ? (read ? '2' : '99999999') : 'x';
    }
    // Keep matrix listings and exports to one province, so that a search that matches everything stays quick.
    if (read && op.params.some((p) => p.name === 'province')) query['province'] = '62';
    const bodies: Record<string, Record<string, unknown>> = {
      'POST /api/auth/login': { username: 'fuzz-nobody', password: 'not-the-password' },
      // A wrong current password and a new one too short: only a mutated new password reaches the hash check.
      'POST /api/auth/password': { currentPassword: 'not-the-password', newPassword: 'short' },
      // Two reasons to refuse each, so that a hostile but valid value in one field still creates nothing:
      // a taken username and an agency that does not exist; a taken name and thresholds in the wrong order.
      'POST /api/users': {
        username: 'admin',
        displayName: 'Fuzz',
        password: 'berakhlak-fuzz-1',
        role: 'agency',
        agencyId: 99_999_999,
      },
      'POST /api/periods': {
        name: periodName,
        year: 2025,
        instrumentVersion: '2025.1',
        greenThreshold: 40,
        yellowThreshold: 60,
      },
      'POST /api/follow-ups/{id}/decision': { decision: 'accept', color: 'green' },
      // An import id for a period that does not exist: refused, so no id is reserved.
      'POST /api/imports/jobs': { kind: 'items', periodId: 99_999_999 },
    };
    return { path, query, body: bodies[op.key] };
  }

  it('knows a leak and a wrong error shape when it sees one (the checks below can fail)', () => {
    const answer = (status: number, body: unknown): ProbeResponse => ({
      status,
      text: JSON.stringify(body),
      json: body,
      contentType: 'application/json; charset=utf-8',
      ms: 0,
    });
    const valid = { statusCode: 400, message: ['a', 'b'], error: 'Bad Request', code: 'validation-failed' };
    expect(errorShapeProblems(answer(400, valid))).toEqual([]);
    expect(errorShapeProblems(answer(400, { ...valid, message: 42 }))).not.toEqual([]);
    expect(errorShapeProblems(answer(404, { ...valid, error: 'Not Found' }))).not.toEqual([]);
    expect(errorShapeProblems(answer(400, { ...valid, code: undefined }))).not.toEqual([]);
    expect(errorShapeProblems(answer(400, { ...valid, code: 'made-up-code' }))).not.toEqual([]);
    expect(
      errorShapeProblems({ ...answer(400, {}), contentType: 'text/html', json: undefined, text: '<pre>Error</pre>' }),
    ).not.toEqual([]);
    const stack =
      'QueryFailedError: x\n    at PostgresQueryRunner.query (/work/main/node_modules/typeorm/driver/postgres/PostgresQueryRunner.js:219:19)';
    expect(leakProblems(stack).length).toBeGreaterThanOrEqual(3);
    expect(leakProblems('syntax error at or near "FROM" in SELECT id FROM app_user')).not.toEqual([]);
    // Ordinary messages, including echoed lower-case injection text, are not leaks.
    expect(leakProblems(`"1' or '1'='1" is not a valid id; title must be at least 3 characters`)).toEqual([]);
  });

  it('reads an OpenAPI document that describes every route, with a value for every path parameter', () => {
    expect(ops.length).toBeGreaterThanOrEqual(50);
    for (const op of ops) expect(() => baselineFor(op)).not.toThrow();
    expect(ops.filter((o) => !o.secured).map((o) => o.key)).toEqual([
      'GET /api/health',
      'POST /api/auth/login',
      'POST /api/auth/refresh',
    ]);
    const multipart = ops.filter((o) => o.multipart).map((o) => o.key);
    expect(multipart).toEqual(['POST /api/imports/agencies', 'POST /api/imports/items', 'POST /api/imports/survey']);
  });

  it('refuses every malformed request with a 4xx in the error shape, never a 5xx or internals, and changes nothing', async () => {
    const before = await tableChecksums(t.db);
    const cases = ops.flatMap((op) => casesFor(op, baselineFor(op)));
    const failures: string[] = [];
    const statuses: Record<string, number> = {};
    let slowest = { ms: 0, what: '' };
    let sent = 0;
    const timeByOp: Record<string, number> = {};
    // Public routes (sign-in, refresh) answer the same whoever asks: fuzz them once.
    const publicOps = new Set(ops.filter((o) => !o.secured).map((o) => o.key));
    for (const who of ROLES) {
      const baselines = new Map<string, number>();
      for (const c of cases.filter((x) => x.expect === 'baseline')) {
        const res = await probe({ method: c.method, url: base + c.url, token: tokens[who], body: c.body });
        baselines.set(c.op.key, res.status);
        for (const p of judge(c, res, undefined)) failures.push(`${who} ${c.op.key} baseline: ${p}`);
      }
      // Where the role is refused anyway (403), the guard answers before any parameter is read: a sample will do.
      const mine = cases.filter((x, i) => {
        if (x.expect === 'baseline' || (publicOps.has(x.op.key) && who !== ROLES[0])) return false;
        // Hostile text for sign-in costs a password hash each time; the hostile-text test below sends it once.
        if (publicOps.has(x.op.key) && x.expect === 'odd' && x.label.startsWith('body')) return false;
        return baselines.get(x.op.key) !== 403 || i % 10 === 0;
      });
      sent += mine.length;
      await pool(mine, 6, async (c) => {
        let res: ProbeResponse;
        try {
          res = await probe({
            method: c.method,
            url: base + c.url,
            token: tokens[who],
            body: c.body,
            contentType: c.contentType,
            headers: c.headers,
          });
        } catch (e) {
          failures.push(`${who} ${c.op.key} [${c.label}]: no answer (${String(e)})`);
          return;
        }
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        if (res.ms > slowest.ms) slowest = { ms: res.ms, what: `${who} ${c.op.key} [${c.label}]` };
        timeByOp[c.op.key] = (timeByOp[c.op.key] ?? 0) + res.ms;
        for (const p of judge(c, res, baselines.get(c.op.key))) {
          failures.push(`${who} ${c.method} ${c.url.slice(0, 120)} [${c.label}]: ${p}`);
        }
      });
    }
    const after = await tableChecksums(t.db);
    console.info(
      `fuzzer: ${sent} requests over ${ops.length} operations; statuses ${JSON.stringify(statuses)}; slowest ${slowest.ms} ms (${slowest.what}); most time: ${Object.entries(
        timeByOp,
      )
        .sort((a, b) => b[1] - a[1])
        .slice(0, 6)
        .map(([k, ms]) => `${k} ${ms} ms`)
        .join(', ')}`,
    );
    expect(failures).toEqual([]);
    expect(changedTables(before, after)).toEqual({});
    // The app runs in this process: a __proto__ or constructor.prototype body must not have reached Object.prototype.
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  describe('hostile but valid text', () => {
    let draftPeriod: number;
    let draftItem: number;
    let openFollowUp: number;
    let respondedFollowUp: number;
    let bulkItems: Array<{ id: number }>;
    let users = 0;
    let periods = 0;

    beforeAll(async () => {
      [{ id: draftPeriod }] = await t.db.query(
        `INSERT INTO period (name, year, state, instrument_version) VALUES ('Fuzz open', 2031, 'open', '2025.1') RETURNING id`,
      );
      const created = await probe({
        method: 'POST',
        url: `${base}/api/periods/${draftPeriod}/agencies/${kaltengId}/items`,
        token: tokens.admin,
        body: { pillar: 'loyal', title: 'Butir untuk fuzzing' },
      });
      if (created.status !== 201)
        throw new Error(`creating an item in the open period: ${created.status} ${created.text}`);
      draftItem = (created.json as { id: number }).id;
      // The 2024 period takes follow-up answers and decisions while it is in its follow-up window.
      await t.db.query(`UPDATE period SET state = 'follow-up' WHERE id = 1`);
      [{ id: openFollowUp }] = await t.db.query(
        `SELECT id FROM follow_up WHERE agency_id = $1 AND state = 'open' ORDER BY id LIMIT 1`,
        [kaltengId],
      );
      [{ id: respondedFollowUp }] = await t.db.query(
        `SELECT id FROM follow_up WHERE agency_id = $1 AND state = 'responded' ORDER BY id LIMIT 1`,
        [kaltengId],
      );
      bulkItems = await t.db.query(
        `SELECT id FROM plan_item WHERE agency_id = $1 AND period_id = 2 AND id <> $2 ORDER BY id LIMIT 2`,
        [kaltengId, kaltengItem],
      );
    });

    const version = async (itemId: number): Promise<number> =>
      (await t.db.query(`SELECT version FROM plan_item WHERE id = $1`, [itemId]))[0].version;

    /** Each target takes one text field with a hostile value; a 2xx must store the text exactly. */
    const targets: Array<{
      name: string;
      who: Who;
      request: (text: string) => Promise<{ method: string; path: string; body: unknown }>;
      /** Where the stored text is read back after a 2xx; by default anywhere in the answer. */
      stored?: () => Promise<unknown>;
      /** Only these values (a password is hashed, never stored or queried: a few will do). */
      only?: string[];
      /** A name or title: blank text must be refused, not stored as an empty name. */
      nonBlank?: boolean;
    }> = [
      {
        name: 'rating note',
        who: 'evaluator',
        request: async (text) => ({
          method: 'POST',
          path: `/api/items/${kaltengItem}/ratings`,
          body: { color: 'yellow', note: text, expectedVersion: await version(kaltengItem) },
        }),
      },
      {
        name: 'rating recommendation',
        who: 'evaluator',
        request: async (text) => ({
          method: 'POST',
          path: `/api/items/${kaltengItem}/ratings`,
          body: { color: 'green', recommendation: text, expectedVersion: await version(kaltengItem) },
        }),
      },
      {
        name: 'bulk rating note',
        who: 'evaluator',
        request: async (text) => ({
          method: 'POST',
          path: '/api/periods/2/ratings:bulk',
          body: {
            ratings: await Promise.all(
              bulkItems.map(async (i) => ({
                itemId: i.id,
                color: 'red',
                note: text,
                expectedVersion: await version(i.id),
              })),
            ),
          },
        }),
        stored: async () =>
          (
            await t.db.query(`SELECT note FROM rating WHERE item_id = $1 ORDER BY version DESC LIMIT 1`, [
              bulkItems[0]!.id,
            ])
          )[0]?.note,
      },
      {
        name: 'new item title',
        who: 'admin',
        nonBlank: true,
        request: async (text) => ({
          method: 'POST',
          path: `/api/periods/${draftPeriod}/agencies/${kaltengId}/items`,
          body: { pillar: 'adaptif', title: text },
        }),
      },
      {
        name: 'new item description',
        who: 'admin',
        request: async (text) => ({
          method: 'POST',
          path: `/api/periods/${draftPeriod}/agencies/${kaltengId}/items`,
          body: { pillar: 'kompeten', title: `Butir ${Math.random().toString(36).slice(2)}`, description: text },
        }),
      },
      {
        name: 'item title change',
        who: 'admin',
        nonBlank: true,
        request: async (text) => ({ method: 'PATCH', path: `/api/items/${draftItem}`, body: { title: text } }),
      },
      {
        name: 'item description change',
        who: 'admin',
        request: async (text) => ({ method: 'PATCH', path: `/api/items/${draftItem}`, body: { description: text } }),
      },
      {
        name: 'publication note',
        who: 'kalteng',
        request: async (text) => ({
          method: 'POST',
          path: `/api/items/${kaltengItem}/publications`,
          body: { channel: 'website', publishedAt: '2025-06-01', note: text },
        }),
      },
      {
        name: 'follow-up answer',
        who: 'kalteng',
        nonBlank: true,
        request: async (text) => {
          // An answer moves the follow-up on; put it back to open so that the next value can be answered.
          await t.db.query(`UPDATE follow_up SET state = 'open' WHERE id = $1`, [openFollowUp]);
          return {
            method: 'POST',
            path: `/api/follow-ups/${openFollowUp}/response`,
            body: { text, evidenceUrl: 'https://kalteng.go.id/bukti' },
          };
        },
      },
      {
        name: 'follow-up rejection note',
        who: 'evaluator',
        nonBlank: true,
        request: async (text) => {
          // A rejection reopens the follow-up; put it back to responded so that the next value can be decided.
          await t.db.query(`UPDATE follow_up SET state = 'responded' WHERE id = $1`, [respondedFollowUp]);
          return {
            method: 'POST',
            path: `/api/follow-ups/${respondedFollowUp}/decision`,
            body: { decision: 'reject', note: text },
          };
        },
      },
      {
        name: 'user display name',
        who: 'admin',
        nonBlank: true,
        request: async (text) => ({ method: 'PATCH', path: '/api/users/4', body: { displayName: text } }),
      },
      {
        name: 'new user display name',
        who: 'admin',
        nonBlank: true,
        request: async (text) => ({
          method: 'POST',
          path: '/api/users',
          body: { username: `fuzz.${++users}`, displayName: text, password: 'berakhlak-fuzz-1', role: 'evaluator' },
        }),
      },
      // Before the new periods below, whose names would otherwise be taken already.
      {
        name: 'period name change',
        who: 'admin',
        nonBlank: true,
        request: async (text) => ({ method: 'PATCH', path: `/api/periods/${draftPeriod}`, body: { name: text } }),
      },
      {
        name: 'new period name',
        who: 'admin',
        nonBlank: true,
        request: async (text) => ({
          method: 'POST',
          path: '/api/periods',
          body: { name: text, year: 2040 + ++periods, instrumentVersion: '2025.1' },
        }),
      },
      {
        name: 'sign-in username',
        who: 'admin',
        request: async (text) => ({
          method: 'POST',
          path: '/api/auth/login',
          body: { username: text, password: 'not-the-password' },
        }),
      },
      {
        name: 'sign-in password',
        who: 'admin',
        only: ['NUL inside', 'control characters', 'emoji', 'lone surrogate'],
        request: async (text) => ({
          method: 'POST',
          path: '/api/auth/login',
          body: { username: 'fuzz-nobody', password: text },
        }),
      },
      {
        name: 'refresh token',
        who: 'admin',
        request: async (text) => ({ method: 'POST', path: '/api/auth/refresh', body: { refreshToken: text } }),
      },
    ];

    it('stores each text exactly as sent, or refuses it with a 4xx in the error shape; never a 5xx', async () => {
      const failures: string[] = [];
      const outcomes: Record<string, string[]> = {};
      for (const target of targets) {
        for (const [label, text] of HOSTILE_TEXT) {
          if (target.only && !target.only.includes(label)) continue;
          const r = await target.request(text);
          const res = await probe({ method: r.method, url: base + r.path, token: tokens[target.who], body: r.body });
          (outcomes[target.name] ??= []).push(`${label}:${res.status}`);
          const where = `${target.name} [${label}] ${describeValue(text)}`;
          if (res.status >= 500) failures.push(`${where}: answered ${res.status}`);
          if (res.status >= 400) {
            for (const p of [...errorShapeProblems(res), ...leakProblems(res.text)]) failures.push(`${where}: ${p}`);
          } else if (!text.trim()) {
            // Blank text may be stored as no text at all, except as a name or title.
            if (target.nonBlank) failures.push(`${where}: blank text was accepted with ${res.status}`);
          } else if (!['sign-in', 'refresh'].some((w) => target.name.startsWith(w))) {
            const stored = target.stored ? await target.stored() : res.json;
            if (!holdsText(stored, text))
              failures.push(`${where}: accepted with ${res.status} but stored differently: ${describeValue(stored)}`);
          } else {
            failures.push(`${where}: a made-up credential was accepted with ${res.status}`);
          }
        }
      }
      console.info(`hostile text outcomes: ${JSON.stringify(outcomes)}`);
      expect(failures).toEqual([]);
    });
  });

  it('answers 413 in the error shape for a 2 MB JSON body, before reading it as JSON', async () => {
    const res = await probe({
      method: 'POST',
      url: `${base}/api/items/${kaltengItem}/ratings`,
      token: tokens.evaluator,
      body: { color: 'red', expectedVersion: 0, note: 'x'.repeat(2 * 1024 * 1024) },
    });
    expect(res.status).toBe(413);
    expect(errorShapeProblems(res)).toEqual([]);
    expect(res.json).toEqual({
      statusCode: 413,
      message: 'The request body is too large',
      error: 'Payload Too Large',
      code: 'body-too-large',
    });
  });
});
