import { mkdirSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { hash } from 'argon2';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { findDrift } from '../app/scores/score-sql';
import { seedDemo } from '../app/seed/demo-seed';
import { dataSourceOptions } from '../services/database/data-source-options';
import { createTestApp, DEMO_PASSWORD, TestApp } from '../testing/test-app';
import { errorShapeProblems, probe, ProbeResponse } from './support/http-probe';
import { freePort, PgServer } from './support/pg-server';

// The root Jest config runs projects, where a project's testTimeout is not applied.
jest.setTimeout(300_000);

type Phase = 'up' | 'down' | 'restarting' | 'recovered';

interface Outcome {
  kind: 'read' | 'write';
  what: string;
  /** The phase when the request was sent and when its answer arrived. */
  sent: Phase;
  answered: Phase;
  status: number | 'no answer';
  ms: number;
  res?: ProbeResponse;
  write?: { itemId: number; color: string };
}

const until = async (what: string, cond: () => boolean | Promise<boolean>, timeoutMs = 120_000): Promise<void> => {
  const end = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

/**
 * The database goes away under load and comes back: the API answers 503 at once instead of hanging or
 * crashing, says so on /api/health, recovers by itself, and keeps every write it acknowledged.
 */
describe('database outage under load', () => {
  const dir = join(__dirname, '../../../tmp', `outage-pg-${process.pid}`);
  let pg: PgServer;
  let t: TestApp;
  let base: string;
  let evaluator: string;
  let leader: string;
  let kaltengId: number;
  let queue: number[];
  const outcomes: Outcome[] = [];
  let phase: Phase = 'up';
  let running = false;
  let workers: Promise<void>[] = [];

  beforeAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    pg = new PgServer(dir, await freePort());
    await pg.start();
    const admin = new Client({ connectionString: pg.url('postgres') });
    await admin.connect();
    await admin.query('CREATE DATABASE pantau_outage');
    await admin.end();
    const ds = new DataSource(dataSourceOptions(pg.url('pantau_outage'), 2));
    await ds.initialize();
    await ds.runMigrations();
    await ds.transaction(async (m) => seedDemo(m, await hash(DEMO_PASSWORD)));
    await ds.destroy();

    // Hundreds of expected 503s would each log an error with its stack: keep the test output readable.
    t = await createTestApp(
      { loginLimitPerAddress: 100000, logLevel: 'silent' },
      { ownerUrl: pg.url('pantau_outage') },
    );
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    evaluator = await t.login('evaluator');
    leader = await t.login('leader');
    [{ id: kaltengId }] = await t.db.query(`SELECT id FROM agency WHERE code = 'PROV-62'`);
    // Unrated 2025 items of batch Tengah, which `evaluator` rates: each write takes the next one at version 0.
    queue = (
      await t.db.query(
        `SELECT i.id FROM plan_item i JOIN agency a ON a.id = i.agency_id
         WHERE i.period_id = 2 AND a.batch_code = 'tengah' AND i.current_rating_id IS NULL ORDER BY i.id LIMIT 3000`,
      )
    ).map((r: { id: number }) => r.id);
  }, 180_000);

  afterAll(async () => {
    running = false;
    await Promise.all(workers);
    await t?.close();
    await pg?.quit();
    rmSync(dir, { recursive: true, force: true });
  });

  async function send(kind: Outcome['kind'], what: string, req: Parameters<typeof probe>[0], write?: Outcome['write']) {
    const sent = phase;
    const started = Date.now();
    try {
      // A hung request shows up as "no answer"; the pool gives up connecting after 10 s.
      const res = await probe({ ...req, timeoutMs: 20_000 });
      outcomes.push({ kind, what, sent, answered: phase, status: res.status, ms: res.ms, res, write });
      // Back off as Retry-After asks (a little), so that a long outage does not use up the unrated items.
      if (res.status === 503) await new Promise((r) => setTimeout(r, 100));
    } catch {
      outcomes.push({ kind, what, sent, answered: phase, status: 'no answer', ms: Date.now() - started, write });
    }
  }

  function startLoad(): void {
    running = true;
    const colors = ['red', 'yellow', 'green'];
    const reader = async (n: number) => {
      for (let i = 0; running; i++) {
        if ((i + n) % 2 === 0) {
          await send('read', 'matrix', {
            method: 'GET',
            url: `${base}/api/periods/2/matrix?province=62&pageSize=20`,
            token: leader,
          });
        } else {
          await send('read', 'items', {
            method: 'GET',
            url: `${base}/api/periods/2/agencies/${kaltengId}/items`,
            token: evaluator,
          });
        }
      }
    };
    const writer = async (n: number) => {
      for (let i = 0; running; i++) {
        const itemId = queue.shift();
        if (itemId === undefined) return; // out of unrated items: the readers keep the load going
        const color = colors[(i + n) % 3]!;
        await send(
          'write',
          'rating',
          {
            method: 'POST',
            url: `${base}/api/items/${itemId}/ratings`,
            token: evaluator,
            body: { color, expectedVersion: 0, note: `beban ${n}.${i}` },
          },
          { itemId, color },
        );
      }
    };
    workers = [reader(0), reader(1), writer(0), writer(1), writer(2)];
  }

  const count = (f: (o: Outcome) => boolean) => outcomes.filter(f).length;

  it('serves reads and rating writes under steady load', async () => {
    startLoad();
    await until('40 acknowledged writes', () => count((o) => o.kind === 'write' && o.status === 201) >= 40);
    await until('20 reads', () => count((o) => o.kind === 'read' && o.status === 200) >= 20);
    expect(outcomes.filter((o) => o.status !== 200 && o.status !== 201).map((o) => `${o.what} ${o.status}`)).toEqual(
      [],
    );
  });

  it('answers 503 with a clear message while PostgreSQL is down, instead of hanging, and /api/health says so', async () => {
    await pg.stop('immediate');
    phase = 'down';
    await until(
      'every worker to be answered while down',
      () => count((o) => o.sent === 'down' && o.answered === 'down') >= 30,
      90_000,
    );

    const health = await probe({ method: 'GET', url: `${base}/api/health` });
    expect(health.status).toBe(503);
    expect(health.json).toEqual({ status: 'error', db: 'down' });

    const down = outcomes.filter((o) => o.sent === 'down' && o.answered === 'down');
    const wrong = down.filter((o) => o.status !== 503 || errorShapeProblems(o.res!).length > 0);
    expect(wrong.map((o) => `${o.what}: ${o.status} ${o.res?.text.slice(0, 200)}`)).toEqual([]);
    for (const o of down) {
      expect(o.res!.json).toEqual({
        statusCode: 503,
        message: 'The database is unavailable at the moment; please try again in a few seconds',
        error: 'Service Unavailable',
        code: 'database-unavailable',
      });
    }
    const slowest = Math.max(...down.map((o) => o.ms));
    console.info(`while PostgreSQL was down: ${down.length} answers, all 503, slowest ${slowest} ms`);
  });

  it('recovers by itself when PostgreSQL is back, without restarting the app', async () => {
    phase = 'restarting';
    await pg.start();
    await until(
      '/api/health to answer ok',
      async () => (await probe({ method: 'GET', url: `${base}/api/health` })).status === 200,
      120_000,
    );
    phase = 'recovered';
    await until(
      '20 acknowledged writes after recovery',
      () => count((o) => o.sent === 'recovered' && o.kind === 'write' && o.status === 201) >= 20,
    );
    await until(
      '10 reads after recovery',
      () => count((o) => o.sent === 'recovered' && o.kind === 'read' && o.status === 200) >= 10,
    );
    running = false;
    await Promise.all(workers);

    const health = await probe({ method: 'GET', url: `${base}/api/health` });
    expect([health.status, health.json]).toEqual([200, { status: 'ok', db: 'up' }]);
    const after = outcomes.filter((o) => o.sent === 'recovered');
    expect(
      after
        .filter((o) => o.status !== 200 && o.status !== 201)
        .map((o) => `${o.what} ${o.status} ${o.res?.text.slice(0, 200)}`),
    ).toEqual([]);
  });

  it('never answered 500 or left a request hanging, whatever the phase', () => {
    expect(outcomes.length).toBeGreaterThan(0);
    expect(outcomes.filter((o) => o.sent === 'down').length).toBeGreaterThan(0);
    const bad = outcomes.filter(
      (o) => o.status === 'no answer' || (o.status !== 200 && o.status !== 201 && o.status !== 503),
    );
    expect(
      bad.map(
        (o) => `${o.what} sent ${o.sent}, answered ${o.answered}: ${o.status} ${o.res?.text.slice(0, 200) ?? ''}`,
      ),
    ).toEqual([]);
    const byPhase: Record<string, Record<string, number>> = {};
    for (const o of outcomes) {
      const k = `${o.sent}→${o.answered}`;
      byPhase[k] ??= {};
      byPhase[k][String(o.status)] = (byPhase[k][String(o.status)] ?? 0) + 1;
    }
    console.info(`outage load: ${outcomes.length} requests; statuses by phase ${JSON.stringify(byPhase)}`);
  });

  it('keeps every rating it acknowledged with 201, and the maintained counts equal a recomputation', async () => {
    const acknowledged = outcomes.filter((o) => o.kind === 'write' && o.status === 201).map((o) => o.write!);
    expect(acknowledged.length).toBeGreaterThanOrEqual(60);
    // Read with a connection of our own, not through the app's pool.
    const db = new Client({ connectionString: pg.url('pantau_outage') });
    await db.connect();
    try {
      const { rows } = await db.query(
        `SELECT i.id AS "itemId", r.color FROM plan_item i JOIN rating r ON r.id = i.current_rating_id WHERE i.id = ANY($1::int[])`,
        [acknowledged.map((a) => a.itemId)],
      );
      const stored = new Map(rows.map((r: { itemId: number; color: string }) => [r.itemId, r.color]));
      const lost = acknowledged.filter((a) => stored.get(a.itemId) !== a.color);
      expect(lost).toEqual([]);
      const drift = await findDrift({
        query: async (sql: string, params?: unknown[]) => (await db.query(sql, params)).rows,
      });
      expect(drift.cells).toEqual([]);
    } finally {
      await db.end();
    }
  });
});
