// Starts the built API against one dataset and samples its resident memory while it runs.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function rssMb(pid) {
  try {
    const m = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

export async function startApi({ mods, build, cfg, databaseUrl, log }) {
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(cfg.apiPort),
    DATABASE_URL: databaseUrl,
    SEED_DEMO: '0',
    SCHEDULER_ENABLED: '0',
    LOG_LEVEL: 'warn',
    JWT_SECRET: randomBytes(32).toString('hex'),
    ACCESS_TOKEN_TTL_SECONDS: '86400',
    LOGIN_LIMIT_PER_ADDRESS: '100000',
    LOGIN_LIMIT_PER_USERNAME: '100000',
    UPLOAD_LIMIT_BYTES: String(50 * 1024 * 1024),
    WEB_DIR: build.webDir,
  };
  const started = Date.now();
  const child = spawn(process.execPath, [mods.main], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited = null;
  child.on('exit', (code, signal) => (exited = { code, signal }));
  // Never leave an API behind (it would hold its database connections open) if the benchmark dies.
  const killOnExit = () => child.kill('SIGKILL');
  process.on('exit', killOnExit);

  const base = `http://127.0.0.1:${cfg.apiPort}`;
  for (;;) {
    if (exited) throw new Error(`the API exited during start (${JSON.stringify(exited)}):\n${output.slice(-4000)}`);
    if (Date.now() - started > 120_000) {
      child.kill('SIGKILL');
      throw new Error(`the API did not answer /api/health within 120 s:\n${output.slice(-4000)}`);
    }
    try {
      const r = await fetch(`${base}/api/health`);
      if (r.ok) break;
    } catch {
      /* not listening yet */
    }
    await sleep(200);
  }
  const startMs = Date.now() - started;
  log(`API up in ${(startMs / 1000).toFixed(1)} s (pid ${child.pid})`);

  // Peak RSS, sampled every 200 ms; `window()` returns the peak since the previous call and starts a new one.
  let peak = 0;
  let overall = 0;
  const timer = setInterval(() => {
    const mb = rssMb(child.pid);
    if (mb !== null) {
      peak = Math.max(peak, mb);
      overall = Math.max(overall, mb);
    }
  }, 200);
  timer.unref();

  return {
    base,
    pid: child.pid,
    startMs,
    output: () => output,
    alive: () => !exited,
    window() {
      const mb = rssMb(child.pid) ?? 0;
      const p = Math.max(peak, mb);
      peak = mb;
      return Math.round(p);
    },
    peakOverall: () => Math.round(overall),
    async stop() {
      clearInterval(timer);
      process.off('exit', killOnExit);
      if (exited) return;
      const done = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const t = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await done;
      clearTimeout(t);
    },
  };
}
