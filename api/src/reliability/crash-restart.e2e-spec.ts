import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createServer, Server } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';
import { AppProcess, buildApi, ROOT } from './support/app-process';
import { probe } from './support/http-probe';
import { freePort } from './support/pg-server';

// The root Jest config runs projects, where a project's testTimeout is not applied.
jest.setTimeout(300_000);

const postmasterPid = (pgDir: string): number | null => {
  const file = join(pgDir, 'postmaster.pid');
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
};

/**
 * `kill -9` of the API leaves its embedded PostgreSQL running, reparented. The next start must find that server,
 * stop it cleanly and start its own, healthy and with the data intact; and a start that cannot succeed says why.
 */
describe('a crashed API starts again', () => {
  const work = join(ROOT, 'tmp', `crash-restart-${process.pid}`);
  const dataDir = join(work, 'data');
  const pgDir = join(dataDir, 'pg');
  let main: string;
  let env: Record<string, string>;
  let port: number;
  let pgPort: number;
  const started: AppProcess[] = [];

  const waitHealthy = async (app: AppProcess): Promise<void> => {
    const end = Date.now() + 180_000;
    for (;;) {
      if (!app.running) throw new Error(`the app exited while starting:\n${app.log}`);
      const ok = await probe({ method: 'GET', url: `http://127.0.0.1:${port}/api/health`, timeoutMs: 2000 }).then(
        (r) => r.status === 200,
        () => false,
      );
      if (ok) return;
      if (Date.now() > end) throw new Error(`the app did not become healthy:\n${app.log}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  };
  const start = (extra: Record<string, string> = {}) => {
    const app = new AppProcess(main, { ...env, ...extra });
    started.push(app);
    return app;
  };

  beforeAll(async () => {
    rmSync(work, { recursive: true, force: true });
    main = buildApi(join(work, 'build'));
    [port, pgPort] = [await freePort(), await freePort()];
    env = {
      NODE_ENV: 'development',
      PORT: String(port),
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(pgPort),
      DATABASE_URL: '',
      JWT_SECRET: '',
      SEED_DEMO: '1',
      SCHEDULER_ENABLED: '0',
      LOG_LEVEL: 'info',
      WEB_DIR: join(work, 'no-web'),
      LOGIN_LIMIT_PER_ADDRESS: '1000',
    };
  }, 180_000);

  afterAll(async () => {
    for (const app of started) if (app.running) app.child.kill('SIGKILL');
    const pid = postmasterPid(pgDir);
    if (pid) process.kill(pid, 'SIGQUIT');
    rmSync(work, { recursive: true, force: true });
  });

  it('after SIGKILL, stops the orphaned PostgreSQL cleanly, starts healthy, keeps the data and the sessions', async () => {
    const first = start();
    await waitHealthy(first);
    const login = await probe({
      method: 'POST',
      url: `http://127.0.0.1:${port}/api/auth/login`,
      body: { username: 'admin', password: 'berakhlak-demo' },
    });
    expect(login.status).toBe(201);
    const token = (login.json as { accessToken: string }).accessToken;
    const created = await probe({
      method: 'POST',
      url: `http://127.0.0.1:${port}/api/periods`,
      headers: { authorization: `Bearer ${token}` },
      body: { name: 'Periode sebelum crash', year: 2031, instrumentVersion: '2031.1' },
    });
    expect(created.status).toBe(201);

    const orphan = postmasterPid(pgDir);
    first.child.kill('SIGKILL');
    await first.exited;
    // The server outlives the app that started it: this is the situation the next start has to handle.
    expect(orphan).not.toBeNull();
    expect(postmasterPid(pgDir)).toBe(orphan);

    const second = start();
    await waitHealthy(second);
    expect(second.log).toMatch(/left running .* stopping it cleanly/);
    expect(second.log).not.toMatch(/undefined|seeding the national demo/i);
    expect(postmasterPid(pgDir)).not.toBe(orphan);

    // The access token made before the crash still works: the secret was kept in the data folder.
    const periods = await probe({
      method: 'GET',
      url: `http://127.0.0.1:${port}/api/periods`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(periods.status).toBe(200);
    expect((periods.json as Array<{ name: string }>).map((p) => p.name)).toContain('Periode sebelum crash');

    const db = new Client({ connectionString: `postgres://postgres:postgres@127.0.0.1:${pgPort}/pantau` });
    await db.connect();
    try {
      const { rows } = await db.query(`SELECT count(*)::int AS agencies FROM agency`);
      expect(rows[0]).toEqual({ agencies: 632 });
    } finally {
      await db.end();
    }
    second.child.kill('SIGTERM');
    expect(await second.exitWithin(120_000)).toEqual({ code: 0, signal: null });
  });

  it('refuses to take the data folder from an app that is still running, with a sentence that says what to do', async () => {
    const running = start();
    await waitHealthy(running);
    const intruder = start({ PORT: String(await freePort()) });
    const exit = await intruder.exitWithin(60_000);
    expect(exit).toEqual({ code: 1, signal: null });
    expect(intruder.log).toMatch(
      /could not start: The database folder .* is in use by another running process \(pid \d+.*\)\. Stop that process first, or start this one with another DATA_DIR\./,
    );
    // The running app was not disturbed.
    expect((await probe({ method: 'GET', url: `http://127.0.0.1:${port}/api/health` })).status).toBe(200);
    running.child.kill('SIGTERM');
    expect(await running.exitWithin(120_000)).toEqual({ code: 0, signal: null });
  });

  it('names the port and what to do when the embedded PostgreSQL cannot listen', async () => {
    const blocker: Server = createServer();
    const busy = await freePort();
    await new Promise<void>((r) => blocker.listen(busy, r));
    try {
      const app = start({ EMBEDDED_PG_PORT: String(busy) });
      const exit = await app.exitWithin(60_000);
      expect(exit).toEqual({ code: 1, signal: null });
      const printed = app.log.split('\n').find((l) => l.includes('could not start')) ?? app.log;
      expect(printed).toMatch(new RegExp(`could not start on port ${busy}.*set EMBEDDED_PG_PORT to a free port`));
      expect(printed).not.toMatch(/^undefined$/m);
    } finally {
      blocker.close();
    }
  });
});
