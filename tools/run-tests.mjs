#!/usr/bin/env node
// Runs every Jest project (domain, api, web, browser journeys) in one run and ends with "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const out = join(root, 'tmp', `jest-results-${process.pid}.json`);
mkdirSync(join(root, 'tmp'), { recursive: true });

const args = [
  'jest',
  '--json',
  `--outputFile=${out}`,
  '--maxWorkers=2',
  '--passWithNoTests',
  '--forceExit',
  ...process.argv.slice(2),
];
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
console.log(`${passed} passed, ${failed} failed`);
process.exit(ok ? 0 : 1);
