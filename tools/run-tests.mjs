#!/usr/bin/env node
// Runs every Jest project (domain, api, web, browser journeys) in one run and ends with "N passed, N failed".
// `--quick` (npm run test:quick) runs the coffee-break lane instead: the domain, the web components, the API unit
// tests and one API flow against the real database. Further arguments go to Jest.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** The quick lane: every unit test, and the rating flow as the one representative test against PostgreSQL. */
const QUICK = [
  '--selectProjects=domain',
  '--selectProjects=web',
  '--selectProjects=api',
  '--testPathPatterns=libs/domain/src/',
  '--testPathPatterns=web/src/',
  '--testPathPatterns=api/src/.*\\.spec\\.ts$',
  '--testPathPatterns=api/src/app/ratings/ratings\\.e2e-spec\\.ts$',
];

const root = join(import.meta.dirname, '..');
const out = join(root, 'tmp', `jest-results-${process.pid}.json`);
mkdirSync(join(root, 'tmp'), { recursive: true });

const quick = process.argv.includes('--quick');
const rest = process.argv.slice(2).filter((a) => a !== '--quick');
const args = [
  'jest',
  '--json',
  `--outputFile=${out}`,
  '--maxWorkers=2',
  '--passWithNoTests',
  ...(quick ? QUICK : []),
  ...rest,
];
const started = Date.now();
const run = spawnSync('npx', args, { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });

let passed = 0;
let failed = 0;
if (existsSync(out)) {
  const r = JSON.parse(readFileSync(out, 'utf8'));
  passed = r.numPassedTests;
  failed = r.numFailedTests + r.numRuntimeErrorTestSuites;
  rmSync(out);
}
const ok = run.status === 0 && failed === 0;
if (!ok && failed === 0) failed = 1; // a crash before any result still counts as a failure
console.log(`${passed} passed, ${failed} failed (${Math.round((Date.now() - started) / 1000)} s)`);
process.exit(ok ? 0 : 1);
