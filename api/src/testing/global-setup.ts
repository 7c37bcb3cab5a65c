import { mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { hash } from 'argon2';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { seedDemo } from '../app/seed/demo-seed';
import { dataSourceOptions } from '../services/database/data-source-options';
import { startEmbeddedPostgres } from '../services/database/embedded-postgres';
import { ensureServingLogin, grantServingLogin, SERVING_ROLE } from '../services/database/serving-role';
import { TEMPLATE_DB, TEST_SERVING_PASSWORD } from './test-database';

export const TEST_PASSWORD = 'berakhlak-demo';

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

/** Starts a real PostgreSQL for the whole run and prepares a migrated, seeded template database. */
export default async function globalSetup(): Promise<void> {
  const dir = join(__dirname, '../../../tmp', `test-pg-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const port = await freePort();
  const db = await startEmbeddedPostgres(dir, port, 'postgres');
  (globalThis as Record<string, unknown>)['__TEST_PG__'] = { db, dir };
  process.env['TEST_PG_URL'] = db.url;

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
}
