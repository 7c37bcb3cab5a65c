#!/usr/bin/env node
// `npm run bench`: datasets, the API under load against the database floor, rating writes and drift,
// the browser, import/export timings; prints one table and one summary line, writes bench/results/*.json.
// Environment: see bench/README.md (BENCH_DURATION, BENCH_UNITS, BENCH_SCALES, BENCH_CASES, DATABASE_URL, ...).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import os from 'node:os';
import { startApi } from './lib/api-process.mjs';
import { browserTimings } from './lib/browser.mjs';
import { caseContext, readCases } from './lib/cases.mjs';
import { loadBenchConfig } from './lib/config.mjs';
import { datasetSpecs, ensureDataset } from './lib/datasets.mjs';
import { loadApiModules, prepareBuild } from './lib/dist.mjs';
import { writeExplain } from './lib/explain.mjs';
import { exportTimings, importTiming } from './lib/extras.mjs';
import { getJson, login, routeExists } from './lib/http.mjs';
import { loadApi, loadFloor, rotatingGet } from './lib/load.mjs';
import { PG_FLAGS, serverVersion, startServer, withClient } from './lib/postgres.mjs';
import { caseRecord, growth, otherTargets, printTable, summaryLine, writeResults } from './lib/report.mjs';
import { driftCheck, ratingCase } from './lib/writes.mjs';

const cfg = loadBenchConfig();
const t0 = Date.now();
const log = (m) => console.log(`[bench ${((Date.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${m}`);
const wanted = (key) => cfg.only.length === 0 || cfg.only.includes(key);
const NO_CACHE = { 'cache-control': 'no-cache' };

async function readCase(c, { api, token, url, scale }) {
  // Same content first: the API's answer and the floor's must agree, or the floor would be a cheaper question.
  const first = await getJson(api.base, c.paths[0], token);
  if (first.status === 404 && c.optional && !(await routeExists(api.base, 'GET', c.paths[0], token))) {
    return { skipped: `route ${c.paths[0].split('?')[0]} does not exist yet` };
  }
  if (first.status !== 200)
    throw new Error(`${c.name}: the API answered ${first.status}: ${JSON.stringify(first.body).slice(0, 300)}`);
  const same = await withClient(url, async (client) => {
    const q = c.floor(0);
    const r = await client.query(q.text, q.values);
    return c.check(first.body, JSON.parse(r.rows[0].body));
  });
  log(
    `${scale} ${c.name}: ${(first.bytes / 1024).toFixed(0)} KB per response; floor returns the same content: ${same === true ? 'yes' : `NO (${same})`}`,
  );
  api.window();
  const apiRun = await loadApi({ base: api.base, token, request: rotatingGet(c.paths), cfg });
  const peakRssMb = api.window();
  const load1 = os.loadavg()[0];
  // The same requests with every answer recomputed (the read cache bypassed): the cost after each change.
  const missRun = cfg.missPath
    ? await loadApi({ base: api.base, token, request: rotatingGet(c.paths), cfg, headers: NO_CACHE })
    : null;
  const missRssMb = api.window();
  const missLoad1 = os.loadavg()[0];
  const floorRun = await loadFloor({ url, makeQuery: () => c.floor(), cfg, customPlans: c.customPlans });
  const miss = missRun
    ? caseRecord({
        name: `${c.name}, recomputed`,
        key: `${c.key}-recomputed`,
        scale,
        api: missRun,
        floor: floorRun,
        peakRssMb: missRssMb,
        targets: c.missTargets ?? [],
        extra: { loadAvg1m: Math.round(missLoad1 * 10) / 10, cache: 'bypassed (Cache-Control: no-cache)' },
      })
    : null;
  if (miss)
    log(
      `${scale} ${miss.name}: API ${miss.rps} rps p50 ${miss.p50} p95 ${miss.p95} p99 ${miss.p99} ms (${missRun.failed} failed) | RSS ${missRssMb} MB`,
    );
  const rec = caseRecord({
    name: c.name,
    key: c.key,
    scale,
    api: apiRun,
    floor: floorRun,
    peakRssMb,
    targets: c.targets,
    extra: {
      responseKb: Math.round(first.bytes / 1024),
      floorSameContent: same === true,
      floorP99: floorRun.p99,
      loadAvg1m: Math.round(load1 * 10) / 10,
    },
  });
  log(
    `${scale} ${c.name}: API ${rec.rps} rps p50 ${rec.p50} p95 ${rec.p95} p99 ${rec.p99} ms (${apiRun.failed} failed) | ` +
      `floor ${rec.floorRps} rps p50 ${rec.floorP50} ms | RSS ${peakRssMb} MB`,
  );
  return { records: miss ? [rec, miss] : [rec] };
}

/**
 * What a cached matrix would cost: the same bytes served by the same API process as a static file
 * (no query, no serialisation). Written into the private copy of dist/web, never into the repository.
 */
async function cachedReference({ api, token, build, periodId }) {
  const body = await getJson(api.base, `/api/periods/${periodId}/matrix?pageSize=1000`, token);
  mkdirSync(join(build.webDir, 'bench-reference'), { recursive: true });
  writeFileSync(join(build.webDir, 'bench-reference', 'matrix.json'), JSON.stringify(body.body));
  api.window();
  const run = await loadApi({ base: api.base, token, request: rotatingGet(['/bench-reference/matrix.json']), cfg });
  return {
    name: 'national matrix body as a static file (cost of a cache hit)',
    bytes: body.bytes,
    rps: run.rps,
    p50: run.p50,
    p95: run.p95,
    p99: run.p99,
    peakRssMb: api.window(),
    failed: run.failed,
  };
}

async function runScale(spec, dataset, ctx) {
  const { mods, build, result } = ctx;
  const scale = spec.scale;
  const url = dataset.url;
  const facts = await withClient(url, caseContext);
  const api = await startApi({ mods, build, cfg, databaseUrl: url, log });
  result.timings.apiStartMs[scale] = api.startMs;
  try {
    const leader = await login(api.base, 'leader', cfg.password);
    for (const c of readCases(facts, scale)) {
      if (!wanted(c.key)) continue;
      const token = c.as ? await login(api.base, c.as, cfg.password) : leader;
      const rec = await readCase(c, { api, token, url, scale });
      if (rec.skipped) {
        log(`${scale} ${c.name}: skipped (${rec.skipped})`);
        result.skipped.push({ scale, case: c.name, reason: rec.skipped });
      } else result.cases.push(...rec.records);
    }

    if (scale === 'national' && cfg.snapshot && wanted('matrix-all')) {
      result.reference = await cachedReference({ api, token: leader, build, periodId: facts.evaluation.id });
      log(
        `reference: the national matrix body served as a static file: ${result.reference.rps} rps p50 ${result.reference.p50} p95 ${result.reference.p95} ms`,
      );
    }

    if (wanted('ratings')) {
      const evaluator = await login(api.base, 'evaluator', cfg.password);
      api.window();
      const w = await ratingCase({ api, token: evaluator, url, periodId: facts.evaluation.id, cfg, scale });
      const drift = await driftCheck(url, mods);
      const rec = caseRecord({
        name: 'rating writes',
        key: 'ratings',
        scale,
        api: w.apiRun,
        floor: w.floorRun,
        peakRssMb: w.peakRssMb,
        targets: [
          { metric: 'rps', min: 300, label: '>= 300 writes/s' },
          { metric: 'p95', max: 25, label: 'p95 <= 25 ms' },
          { metric: 'drift', max: 0, label: 'drift 0' },
        ],
        extra: {
          mode: w.mode,
          loadAvg1m: Math.round(os.loadavg()[0] * 10) / 10,
          drift: drift.cells + drift.agencies,
          driftCells: drift.cells,
          driftAgencies: drift.agencies,
          driftCheckMs: drift.ms,
          itemsUsed: w.used,
          queueExhausted: w.exhausted,
          floorFailed: w.floorRun.failed,
          statuses: w.apiRun.statuses,
        },
      });
      result.cases.push(rec);
      result.drift += rec.drift;
      log(
        `${scale} rating writes: API ${rec.rps}/s p50 ${rec.p50} p95 ${rec.p95} ms (${w.apiRun.failed} failed ${JSON.stringify(w.apiRun.statuses)}) | ` +
          `floor ${rec.floorRps}/s p50 ${rec.floorP50} ms (${w.floorRun.failed} failed) | drift: ${drift.cells} cells, ${drift.agencies} agency scores (${drift.ms} ms)` +
          (w.exhausted ? ' | WARNING: the queue of rateable items ran out' : ''),
      );
      log(`${scale} rating writes: mode: ${w.mode}`);
      if (drift.cells + drift.agencies > 0) log(`drift sample: ${JSON.stringify(drift.sample)}`);
    }

    if (scale === 'national' && cfg.extras) {
      const admin = await login(api.base, 'admin', cfg.password);
      log('timing the XLSX import of 35,000 items');
      api.window();
      result.timings.import = await importTiming({ base: api.base, token: admin, url, log });
      result.timings.import.peakRssMb = api.window();
      log(`import: ${JSON.stringify(result.timings.import)}`);
      result.timings.export = await exportTimings({ base: api.base, token: admin, periodId: facts.evaluation.id });
      result.timings.export.peakRssMb = api.window();
      log(`exports: ${JSON.stringify(result.timings.export)}`);
    }
    if (scale === 'national' && cfg.browser) {
      try {
        api.window();
        result.browser = await browserTimings({
          base: `http://localhost:${cfg.apiPort}`,
          cfg,
          periodId: facts.evaluation.id,
          log,
        });
        result.browser.apiPeakRssMb = api.window();
        log(`browser: ${JSON.stringify(result.browser)}`);
      } catch (e) {
        result.browser = { error: e.message.split('\n')[0] };
        log(`browser: failed: ${e.message.split('\n').slice(0, 3).join(' | ')}`);
      }
    }
    result.peakRssMb[scale] = api.peakOverall();
  } finally {
    await api.stop();
  }
  if (cfg.explain) {
    const file = await writeExplain({ url, scale, facts, root: cfg.root });
    log(`${scale}: EXPLAIN (ANALYZE, BUFFERS) of the hot queries written to ${file}`);
  }
}

function diskUsage(path) {
  try {
    return execFileSync('du', ['-sb', path], { encoding: 'utf8' }).split('\t')[0] * 1;
  } catch {
    return null;
  }
}

async function main() {
  log(
    `config: ${cfg.duration} s per run after ${cfg.warmup} s warm-up, concurrency ${cfg.connections}, scales ${cfg.scales.join(', ')}, units ${cfg.units}; ${os.cpus().length} cores`,
  );
  const build = prepareBuild(cfg);
  const mods = loadApiModules(build.apiDir);
  const server = await startServer(cfg, log);
  const result = {
    date: new Date().toISOString(),
    machine: {
      cores: os.cpus().length,
      cpu: os.cpus()[0]?.model,
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
    },
    config: {
      duration: cfg.duration,
      warmup: cfg.warmup,
      connections: cfg.connections,
      units: cfg.units,
      postgres: cfg.databaseUrl ? 'DATABASE_URL' : `embedded ${PG_FLAGS.filter((f) => f !== '-c').join(' ')}`,
    },
    cases: [],
    drift: 0,
    browser: { skipped: 'not run' },
    timings: { apiStartMs: {} },
    datasets: {},
    peakRssMb: {},
    skipped: [],
  };
  try {
    result.config.postgresVersion = await serverVersion(server);
    log(`PostgreSQL ${result.config.postgresVersion}`);
    const specs = datasetSpecs(cfg, mods);
    for (const scale of cfg.scales) {
      const spec = specs[scale];
      if (!spec) throw new Error(`unknown scale "${scale}" (national, units)`);
      const dataset = await ensureDataset(spec, server, mods, cfg, log);
      result.datasets[scale] = {
        database: spec.database,
        reused: dataset.reused,
        bytes: dataset.bytes,
        mb: Math.round(dataset.bytes / 2 ** 20),
        ...dataset.meta,
      };
      if (scale === 'national') {
        result.timings.seedNational = {
          ms: dataset.meta.ms.total,
          reused: dataset.reused,
          generatedAt: dataset.meta.generatedAt,
          note: dataset.reused ? 'time recorded when the reused dataset was generated' : 'generated in this run',
        };
      }
      if (scale === 'units')
        result.timings.seedUnits = { ms: dataset.meta.ms.total, reused: dataset.reused, agencies: cfg.units };
      await runScale(spec, dataset, { mods, build, result });
    }
  } finally {
    await server.stop();
  }
  result.disk = {
    benchDataBytes: diskUsage(cfg.dataDir),
    benchDataMb: Math.round((diskUsage(cfg.dataDir) ?? 0) / 2 ** 20),
  };
  result.growth = growth(result.cases);
  result.timings.totalMs = Date.now() - t0;

  console.log('');
  printTable(result.cases, (l) => console.log(l));
  console.log('');
  for (const g of result.growth)
    console.log(
      `growth ${g.key}: p50 national ${g.national} ms -> units ${g.units} ms (x${g.factor}; floor x${g.floorFactor})`,
    );
  if (result.reference)
    console.log(
      `reference: ${result.reference.name}: ${result.reference.rps} rps, p50 ${result.reference.p50} ms, p95 ${result.reference.p95} ms`,
    );
  for (const t of otherTargets(result)) console.log(`${t.pass ? 'PASS' : 'MISS'} ${t.name}: ${t.value} (${t.label})`);
  for (const s of result.skipped) console.log(`skipped: ${s.scale} ${s.case}: ${s.reason}`);
  for (const [k, v] of Object.entries(result.timings)) if (v?.skipped) console.log(`skipped: ${k}: ${v.skipped}`);
  for (const [f, v] of Object.entries(result.timings.export ?? {}))
    if (v?.skipped) console.log(`skipped: export ${f}: ${v.skipped}`);
  for (const [scale, d] of Object.entries(result.datasets))
    console.log(
      `dataset ${scale}: ${d.counts?.items} items, ${d.mb} MB on disk, ${d.reused ? 'reused' : 'generated'} (${(d.ms.total / 1000).toFixed(1)} s to generate)`,
    );
  console.log(
    `disk: ${result.disk.benchDataMb} MB under ${cfg.dataDir}; run took ${(result.timings.totalMs / 60000).toFixed(1)} min`,
  );
  const files = writeResults(cfg.root, ((result.summary = summaryLine(result)), result));
  console.log(`results: ${files.join(', ')}`);
  console.log(result.summary);
  if (result.drift > 0) process.exitCode = 1;
}

main().catch((e) => {
  console.error(`bench failed: ${e.stack ?? e}`);
  process.exit(2);
});
