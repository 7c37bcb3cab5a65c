// Drives load: the API over HTTP with autocannon, and the floor straight through pg, both at the same
// concurrency for the same duration, after an unmeasured warm-up. Every response time is kept.
import autocannon from 'autocannon';
import pg from 'pg';
import { summarize } from './stats.mjs';

function cannon({ base, token, request, seconds, connections, headers = {} }) {
  return new Promise((resolve, reject) => {
    const latencies = [];
    const statuses = {};
    let errors = 0;
    const started = performance.now();
    const instance = autocannon(
      {
        url: base,
        connections,
        duration: seconds,
        timeout: 30,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
        requests: [request],
      },
      (err) => {
        if (err) return reject(err);
        resolve({ latencies, statuses, errors, seconds: (performance.now() - started) / 1000 });
      },
    );
    instance.on('response', (_client, status, _bytes, ms) => {
      statuses[status] = (statuses[status] ?? 0) + 1;
      if (status >= 200 && status < 300) latencies.push(ms);
    });
    instance.on('reqError', () => (errors += 1));
  });
}

/**
 * Warm-up, then the measured run; `request` is an autocannon request object (with setupRequest). `headers`
 * are sent with every request (`Cache-Control: no-cache` makes the API recompute every answer).
 */
export async function loadApi({ base, token, request, cfg, headers = {} }) {
  const opts = { base, token, request, connections: cfg.connections, headers };
  if (cfg.warmup > 0) await cannon({ ...opts, seconds: cfg.warmup });
  const run = await cannon({ ...opts, seconds: cfg.duration });
  const failed = Object.entries(run.statuses)
    .filter(([s]) => Number(s) >= 300)
    .reduce((n, [, c]) => n + c, 0);
  return { ...summarize(run.latencies, run.seconds), failed: failed + run.errors, statuses: run.statuses };
}

/**
 * The same read through pg: `connections` loops over a pool of as many clients. `customPlans` plans every
 * execution of the prepared statement for its values (a generic plan cannot see a LIMIT or a batch's size).
 */
export async function loadFloor({ url, makeQuery, cfg, customPlans = false }) {
  const pool = new pg.Pool({
    connectionString: url,
    max: cfg.connections,
    options: customPlans ? '-c plan_cache_mode=force_custom_plan' : undefined,
  });
  pool.on('error', () => undefined);
  try {
    // Open every connection first so connection setup is not measured.
    await Promise.all(Array.from({ length: cfg.connections }, () => pool.query('SELECT 1')));
    const loop = async (until, out) => {
      while (performance.now() < until) {
        const q = makeQuery();
        const t0 = performance.now();
        await pool.query(q);
        out?.push(performance.now() - t0);
      }
    };
    const warmUntil = performance.now() + cfg.warmup * 1000;
    await Promise.all(Array.from({ length: cfg.connections }, () => loop(warmUntil, null)));
    const latencies = [];
    const started = performance.now();
    const until = started + cfg.duration * 1000;
    await Promise.all(Array.from({ length: cfg.connections }, () => loop(until, latencies)));
    return summarize(latencies, (performance.now() - started) / 1000);
  } finally {
    await pool.end();
  }
}

/** A GET whose path rotates through `paths` (one per request). */
export function rotatingGet(paths) {
  let i = 0;
  return {
    method: 'GET',
    setupRequest: (req) => {
      const path = paths[i++ % paths.length];
      return { ...req, method: 'GET', path };
    },
  };
}
