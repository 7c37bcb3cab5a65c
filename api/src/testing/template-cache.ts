import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** What decides the seeded template database: the schema, the seed, the rules it computes with, the server. */
const INPUTS = [
  'migrations',
  'libs/domain/src',
  'api/src/app/seed',
  'api/src/app/scores',
  'api/src/services/database',
  'api/src/testing',
  'package-lock.json',
];
const ENTITIES = 'api/src/app';
const TESTS = /\.(e2e-)?spec\.ts$/;

function files(root: string, path: string, only?: RegExp): string[] {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full)
    .sort()
    .flatMap((name) => files(root, join(path, name), only))
    .filter((f) => !TESTS.test(f) && (!only || only.test(f) || statSync(join(root, f)).isDirectory()));
}

/**
 * A key of the template's inputs: a test run reuses the server folder seeded by an earlier run with the same key
 * (about a minute saved), and seeds a new one whenever any input changed.
 */
export function templateKey(root: string): string {
  const hash = createHash('sha256');
  const all = [...INPUTS.flatMap((p) => files(root, p)), ...files(root, ENTITIES, /\.entity\.ts$/)];
  for (const f of [...new Set(all)].sort()) {
    hash
      .update(relative(root, join(root, f)))
      .update('\0')
      .update(readFileSync(join(root, f)))
      .update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}
