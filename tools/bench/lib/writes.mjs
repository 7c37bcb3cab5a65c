// Rating writes: distinct items per request with the right expectedVersion, through the API and through the
// floor (the same transaction in one round trip), then the drift check of the maintained counts.
import pg from 'pg';
import { EVALUATOR_ID } from './datasets.mjs';
import { ratingFloor } from './floor-sql.mjs';
import { loadApi } from './load.mjs';
import { queryable, withClient } from './postgres.mjs';
import { activeFollowUpSql } from './rules.mjs';
import { summarize } from './stats.mjs';

const COLORS = ['green', 'yellow', 'green', 'red', 'yellow', 'green'];

/** Items of the evaluation period assigned to the bench evaluator, in a hash order that spreads them over agencies. */
async function rateableItems(url, periodId, limit) {
  return withClient(url, async (c) => {
    // Every m-th item id, so a million-item period is not sorted whole; then a hash order within the sample.
    const [{ n }] = (await c.query(`SELECT count(*)::int AS n FROM plan_item WHERE period_id = $1`, [periodId])).rows;
    const m = Math.max(1, Math.floor(n / (limit * 1.1)));
    const r = await c.query(
      `SELECT i.id, i.version, i.period_id AS "periodId", i.agency_id AS "agencyId",
              (SELECT color FROM rating WHERE id = i.current_rating_id) AS current
       FROM plan_item i
       JOIN evaluator_assignment ea ON ea.period_id = i.period_id AND ea.agency_id = i.agency_id AND ea.evaluator_id = $2
       WHERE i.period_id = $1 AND i.id % $4 = 0
         AND NOT EXISTS (SELECT 1 FROM follow_up f WHERE f.item_id = i.id AND ${activeFollowUpSql('f.state')})
       ORDER BY md5(i.id::text)
       LIMIT $3`,
      [periodId, EVALUATOR_ID, limit, m],
    );
    return r.rows;
  });
}

export async function ratingCase({ api, token, url, periodId, cfg, scale }) {
  // Enough distinct items for ~1500/s through the API and ~3000/s through the floor, warm-up included.
  const seconds = cfg.duration + cfg.warmup;
  const items = await rateableItems(url, periodId, seconds * 4500);
  let apiQueue = items.filter((_, i) => i % 3 === 0);
  let floorQueue = items.filter((_, i) => i % 3 !== 0);
  // One rating first: if the API refuses a plain rating (e.g. a bug in the count maintenance), the case still
  // measures the write path with re-ratings in the item's current colour (zero deltas), and says so.
  const probe = apiQueue.pop();
  const probeRes = await fetch(`${api.base}/api/items/${probe.id}/ratings`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      color: probe.current === 'green' ? 'yellow' : 'green',
      note: `bench ${scale}`,
      expectedVersion: probe.version,
    }),
  });
  const probeBody = await probeRes.text();
  let mode = 'distinct items (unrated and rated, in id-hash order), rotating colours';
  let sameColour = false;
  if (probeRes.status !== 201) {
    mode = `FALLBACK re-ratings in the current colour: a plain rating answered ${probeRes.status} ${probeBody.slice(0, 160)}`;
    sameColour = true;
    const rated = items.filter((it) => it.current && it.id !== probe.id);
    apiQueue = rated.filter((_, i) => i % 2 === 0);
    const taken = new Set(apiQueue.map((it) => it.id));
    floorQueue = items.filter((it) => !taken.has(it.id) && it.id !== probe.id);
  }
  const apiTotal = apiQueue.length;
  let n = 0;
  let exhausted = false;
  const request = {
    method: 'POST',
    setupRequest: (req) => {
      let it = apiQueue.pop();
      if (!it) {
        exhausted = true;
        it = { id: probe.id, version: 0 }; // a stale version: answered 409 and counted as failed
      }
      const color = sameColour ? it.current : COLORS[n++ % COLORS.length];
      return {
        ...req,
        method: 'POST',
        path: `/api/items/${it.id}/ratings`,
        body: JSON.stringify({ color, note: `bench ${scale}`, expectedVersion: it.version }),
      };
    },
  };
  const apiRun = await loadApi({ base: api.base, token, request, cfg });
  const peakRssMb = api.window();
  const floorRun = await floorRatings({ url, queue: floorQueue, cfg });
  return {
    apiRun,
    floorRun,
    peakRssMb,
    used: { api: apiTotal - apiQueue.length, floor: floorRun.used, available: items.length },
    exhausted: exhausted || floorRun.exhausted,
    mode,
  };
}

async function floorRatings({ url, queue, cfg }) {
  const pool = new pg.Pool({ connectionString: url, max: cfg.connections });
  pool.on('error', () => undefined);
  let n = 0;
  let failed = 0;
  let exhausted = false;
  let used = 0;
  const clients = [];
  try {
    for (let i = 0; i < cfg.connections; i++) clients.push(await pool.connect());
    for (const c of clients) c.on('error', () => undefined);
    const loop = async (client, until, out) => {
      while (performance.now() < until) {
        const it = queue.pop();
        if (!it) {
          exhausted = true;
          return;
        }
        used += 1;
        const sql = ratingFloor({
          ...it,
          itemId: it.id,
          color: COLORS[n++ % COLORS.length],
          evaluatorId: EVALUATOR_ID,
        });
        const t0 = performance.now();
        let res;
        try {
          res = await client.query(sql);
        } catch {
          await client.query('ROLLBACK');
          if (out) failed += 1;
          continue;
        }
        const ms = performance.now() - t0;
        const row = res.find((r) => r.command === 'SELECT' && r.rows[0]?.rated !== undefined)?.rows[0];
        if (row && Number(row.rated) === 1 && Number(row.scores) === 1) out?.push(ms);
        else if (out) failed += 1;
      }
    };
    const warmUntil = performance.now() + cfg.warmup * 1000;
    await Promise.all(clients.map((c) => loop(c, warmUntil, null)));
    const latencies = [];
    const started = performance.now();
    const until = started + cfg.duration * 1000;
    await Promise.all(clients.map((c) => loop(c, until, latencies)));
    return { ...summarize(latencies, (performance.now() - started) / 1000), failed, exhausted, used };
  } finally {
    for (const c of clients) c.release();
    await pool.end();
  }
}

/** Recomputes every (period, agency, pillar) count and agency index and compares with the maintained ones. */
export async function driftCheck(url, mods) {
  return withClient(url, async (c) => {
    // findDrift's LEFT JOIN hashes plan_item on current_rating_id; at units scale a parallel hash join of
    // ~1.5 million NULL keys splits batches without end and took 6 GB before the OOM killer stopped it
    // (bench/README.md). Without parallel hash the same statement runs in bounded memory.
    await c.query(`SET enable_parallel_hash = off`);
    await c.query(`SET work_mem = '64MB'`);
    const t0 = Date.now();
    const d = await mods.scoreSql.findDrift(queryable(c));
    return { cells: d.cells.length, agencies: d.agencies, sample: d.cells.slice(0, 3), ms: Date.now() - t0 };
  });
}
