import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { hash } from 'argon2';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { seedDemo } from '../app/seed/demo-seed';
import { dataSourceOptions } from '../services/database/data-source-options';
import { startEmbeddedPostgres } from '../services/database/embedded-postgres';
import { ensureServingLogin, grantServingLogin, SERVING_ROLE } from '../services/database/serving-role';
import { templateKey } from './template-cache';
import { TEMPLATE_DB, TEST_SERVING_PASSWORD } from './test-database';

export const TEST_PASSWORD = 'berakhlak-demo';

const ROOT = join(__dirname, '../../..');
const CACHE = join(ROOT, 'tmp', 'test-pg-cache');

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

/** A stopped server in `dir` holding the migrated, seeded template database and the serving login. */
async function seedTemplateServer(dir: string): Promise<void> {
  const db = await startEmbeddedPostgres(dir, await freePort(), 'postgres');
  try {
    const admin = new Client({ connectionString: db.url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
    await admin.end();
    const url = new URL(db.url);
    url.pathname = `/${TEMPLATE_DB}`;
    const ds = new DataSource(dataSourceOptions(url.toString(), 2));
    await ds.initialize();
    await ds.runMigrations();
    await ds.transaction(async (m) => seedDemo(m, await hash(TEST_PASSWORD)));
    // Test apps serve requests as the production login does: one that owns nothing (clones keep these grants).
    await ensureServingLogin(db.url, TEST_SERVING_PASSWORD);
    await grantServingLogin(ds, SERVING_ROLE);
    await ds.destroy();
  } finally {
    await db.stop();
  }
}

/** The seeded server folder for the current inputs, made once and kept in tmp/ for later runs. */
async function templateServer(): Promise<string> {
  const key = templateKey(ROOT);
  const kept = join(CACHE, key);
  if (existsSync(join(kept, 'PG_VERSION'))) return kept;
  const fresh = `${kept}.${process.pid}`;
  rmSync(fresh, { recursive: true, force: true });
  mkdirSync(fresh, { recursive: true });
  await seedTemplateServer(fresh);
  for (const old of readdirSync(CACHE))
    if (!old.includes('.')) rmSync(join(CACHE, old), { recursive: true, force: true });
  // A concurrent run may have kept the same key meanwhile: either copy serves.
  if (existsSync(kept)) rmSync(fresh, { recursive: true, force: true });
  else renameSync(fresh, kept);
  return kept;
}

/** Starts a real PostgreSQL for the whole run on a copy of the seeded template server. */
export default async function globalSetup(): Promise<void> {
  const dir = join(ROOT, 'tmp', `test-pg-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  // `cp -a` keeps the owner: as root, the embedded server runs as the user `postgres`, who owns the folder.
  execFileSync('cp', ['-a', await templateServer(), dir]);
  const db = await startEmbeddedPostgres(dir, await freePort(), 'postgres').catch((e: unknown) => {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  });
  (globalThis as Record<string, unknown>)['__TEST_PG__'] = { db, dir };
  process.env['TEST_PG_URL'] = db.url;
}
