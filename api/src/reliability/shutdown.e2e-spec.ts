import { existsSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';
import { AppProcess, buildApi, clusterState, get, ROOT } from './support/app-process';
import { probe } from './support/http-probe';
import { freePort } from './support/pg-server';

// The root Jest config runs projects, where a project's testTimeout is not applied.
jest.setTimeout(300_000);

const portOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const s = connect(port, '127.0.0.1');
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });

/**
 * `npm start` on its embedded database, stopped with SIGTERM while it is busy: the requests in flight finish,
 * the process exits 0, PostgreSQL is shut down cleanly, and the next start on the same data is an ordinary one.
 */
describe('SIGTERM', () => {
  const work = join(ROOT, 'tmp', `shutdown-${process.pid}`);
  const dataDir = join(work, 'data');
  const pgDir = join(dataDir, 'pg');
  let main: string;
  let env: Record<string, string>;
  let port: number;
  let pgPort: number;
  const started: AppProcess[] = [];

  const start = async (): Promise<AppProcess> => {
    const app = new AppProcess(main, env);
    started.push(app);
    const end = Date.now() + 180_000;
    for (;;) {
      if (!app.running) throw new Error(`the app exited while starting:\n${app.log}`);
      const ok = await probe({ method: 'GET', url: `http://127.0.0.1:${port}/api/health`, timeoutMs: 2000 }).then(
        (r) => r.status === 200,
        () => false,
      );
      if (ok) return app;
      if (Date.now() > end) throw new Error(`the app did not become healthy:\n${app.log}`);
      await new Promise((r) => setTimeout(r, 250));
    }
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
      SEED_DEMO: '1',
      SCHEDULER_ENABLED: '0',
      LOG_LEVEL: 'info',
      WEB_DIR: join(work, 'no-web'),
      LOGIN_LIMIT_PER_ADDRESS: '1000',
    };
  }, 180_000);

  afterAll(async () => {
    // Whatever a failure left behind: the app processes this test started, then their PostgreSQL.
    for (const app of started) if (app.running) app.child.kill('SIGKILL');
    const pidFile = join(pgDir, 'postmaster.pid');
    if (existsSync(pidFile)) {
      const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
      if (Number.isInteger(pid) && pid > 0) {
        try {
          process.kill(pid, 'SIGQUIT');
        } catch {
          // already gone
        }
      }
    }
    rmSync(work, { recursive: true, force: true });
  });

  it('lets in-flight requests finish, exits 0 and shuts PostgreSQL down cleanly', async () => {
    const app = await start();
    expect(app.log).toMatch(/seeding the national demo/i);
    const login = await probe({
      method: 'POST',
      url: `http://127.0.0.1:${port}/api/auth/login`,
      body: { username: 'leader', password: 'berakhlak-demo' },
    });
    expect(login.status).toBe(201);
    const auth = { authorization: `Bearer ${(login.json as { accessToken: string }).accessToken}` };

    // Slow requests: the national matrix of 632 agencies as PDF, and as JSON, several at once.
    const inFlight = [
      ...Array.from({ length: 4 }, () => ({
        kind: 'pdf',
        req: get(`http://127.0.0.1:${port}/api/periods/1/matrix.pdf`, auth),
      })),
      ...Array.from({ length: 4 }, () => ({
        kind: 'json',
        req: get(`http://127.0.0.1:${port}/api/periods/2/matrix?pageSize=1000`, auth),
      })),
    ];
    await Promise.all(inFlight.map((r) => r.req.sent));
    // An answer on a later, new connection means the server has accepted the connections opened before it (the
    // kernel hands them over in order). A pooled keep-alive connection would prove nothing: connections still in
    // the listen backlog when the listener closes are reset, which once failed this test on a busy machine.
    // Any answer will do: under load the health check may report a slow database with 503.
    const health = await get(`http://127.0.0.1:${port}/api/health`).done;
    expect(health).toEqual({ status: expect.any(Number), body: expect.any(Buffer) });
    app.child.kill('SIGTERM');

    const answers = await Promise.all(inFlight.map(async (r) => ({ kind: r.kind, res: await r.req.done })));
    const exit = await app.exitWithin(120_000);
    const outcome = {
      answers: answers.map(({ kind, res }) =>
        'error' in res
          ? `${kind}: ${res.error}`
          : kind === 'pdf'
            ? `pdf: ${res.status} ${res.body.subarray(0, 5).toString()}…${res.body.subarray(-6).toString().trim()}`
            : `json: ${res.status} ${res.body.subarray(0, 11).toString()}`,
      ),
      exit,
      postmasterPidFile: existsSync(join(pgDir, 'postmaster.pid')),
      postgresListening: await portOpen(pgPort),
      cluster: clusterState(pgDir),
      // A request after the signal finds nobody listening.
      appListening: await portOpen(port),
    };
    if (exit?.code !== 0) console.info(`app log:\n${app.log.slice(-4000)}`);
    expect(outcome).toEqual({
      answers: [...Array(4).fill('pdf: 200 %PDF-…%%EOF'), ...Array(4).fill('json: 200 {"period":{')],
      exit: { code: 0, signal: null },
      postmasterPidFile: false,
      postgresListening: false,
      cluster: 'shut down',
      appListening: false,
    });
  });

  it('starts again on the same data directory as an ordinary start: no recovery, no second seeding', async () => {
    const app = await start();
    expect(app.log).not.toMatch(/seeding the national demo/i);
    const db = new Client({ connectionString: `postgres://postgres:postgres@127.0.0.1:${pgPort}/pantau` });
    await db.connect();
    try {
      const { rows } = await db.query(
        `SELECT (SELECT count(*)::int FROM agency) AS agencies, (SELECT count(*)::int FROM app_user WHERE username = 'admin') AS admins`,
      );
      expect(rows[0]).toEqual({ agencies: 632, admins: 1 });
    } finally {
      await db.end();
    }
    app.child.kill('SIGTERM');
    expect(await app.exitWithin(120_000)).toEqual({ code: 0, signal: null });
    expect(clusterState(pgDir)).toBe('shut down');
  });
});
