// Everything the benchmark can be told through the environment, read once.
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

const int = (name, fallback, min = 1) => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be an integer >= ${min}, got "${raw}"`);
  return n;
};
const flag = (name, fallback) => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  return ['1', 'true', 'yes'].includes(raw.toLowerCase());
};
const list = (name, fallback) =>
  (process.env[name] || fallback)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

export function loadBenchConfig() {
  const dataDir = resolve(ROOT, process.env.BENCH_DATA_DIR || 'tmp/bench-data');
  return {
    root: ROOT,
    dataDir,
    /** Seconds of measured load per case, for the API and for the floor. */
    duration: int('BENCH_DURATION', 10),
    /** Seconds of unmeasured load before each measured run. */
    warmup: int('BENCH_WARMUP', 3, 0),
    connections: int('BENCH_CONNECTIONS', 16),
    /** Agencies (the 632 plus work units as child agencies) in the units dataset. */
    units: int('BENCH_UNITS', 20_000, 700),
    scales: list('BENCH_SCALES', 'national,units'),
    /** Only these cases (by key: matrix-all, matrix-page, summary, items, follow-ups, follow-ups-mine, ratings); empty = all. */
    only: list('BENCH_CASES', ''),
    regenerate: list('BENCH_REGENERATE', ''),
    databaseUrl: process.env.DATABASE_URL || null,
    pgPort: int('BENCH_PG_PORT', 54390, 1024),
    apiPort: int('BENCH_API_PORT', 3390, 1024),
    browser: flag('BENCH_BROWSER', true),
    extras: flag('BENCH_EXTRAS', true),
    explain: flag('BENCH_EXPLAIN', true),
    /** Also run every read with the read cache bypassed (Cache-Control: no-cache). */
    missPath: flag('BENCH_MISS', true),
    /** Copy dist/ before starting, so a rebuild by someone else during the run cannot change what is measured. */
    snapshot: flag('BENCH_SNAPSHOT', true),
    chromium: process.env.BENCH_CHROMIUM || '/usr/bin/chromium',
    password: 'bench-password-2025',
  };
}
