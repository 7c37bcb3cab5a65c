import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

const root = join(__dirname, '../..');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`The app did not become healthy at ${url} within ${timeoutMs / 1000} s`);
}

/** Builds the product and starts it exactly as `npm start` does, on its own embedded database. */
export default async function globalSetup(): Promise<void> {
  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build failed');
  const dataDir = join(root, 'tmp', `e2e-${process.pid}`);
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const port = await freePort();
  const pgPort = await freePort();
  const log = join(dataDir, 'app.log');
  writeFileSync(log, '');
  const app = spawn(process.execPath, [join(root, 'dist/api/api/src/main.js')], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PORT: String(port),
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(pgPort),
      DATABASE_URL: '',
      SCHEDULER_ENABLED: '0',
      LOGIN_LIMIT_PER_ADDRESS: '1000',
      LOGIN_LIMIT_PER_USERNAME: '1000',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  app.stdout!.on('data', (d) => writeFileSync(log, d, { flag: 'a' }));
  app.stderr!.on('data', (d) => writeFileSync(log, d, { flag: 'a' }));
  const baseUrl = `http://127.0.0.1:${port}`;
  (globalThis as Record<string, unknown>)['__E2E__'] = { app, dataDir };
  process.env['E2E_BASE_URL'] = baseUrl;
  process.env['E2E_DATABASE_URL'] = `postgres://postgres:postgres@127.0.0.1:${pgPort}/pantau`;
  await waitForHealth(baseUrl, 120_000);
}
