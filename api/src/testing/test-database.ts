import { Client } from 'pg';

export const TEMPLATE_DB = 'pantau_template';
/** The serving login's password on the throwaway test server. */
export const TEST_SERVING_PASSWORD = 'pantau-test-serving';

export function serverUrl(database: string): string {
  const base = process.env['TEST_PG_URL'];
  if (!base) throw new Error('TEST_PG_URL is not set: the api Jest globalSetup starts the test database');
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
}

/** A fresh database for one test file, cloned from the migrated and seeded template. */
export async function createTestDatabase(prefix = 't'): Promise<string> {
  const name = `${prefix}_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`.toLowerCase();
  const admin = new Client({ connectionString: serverUrl('postgres') });
  await admin.connect();
  try {
    // Two clones of one template at the same moment fail ("being accessed by other users"): take turns.
    await admin.query(`SELECT pg_advisory_lock(727)`);
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE ${TEMPLATE_DB}`);
    await admin.query(`SELECT pg_advisory_unlock(727)`);
  } finally {
    await admin.end();
  }
  return serverUrl(name);
}

export async function dropTestDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  const admin = new Client({ connectionString: serverUrl('postgres') });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

/** A fresh clone of the seeded template, opened as its owner, for tests of SQL alone; `close` drops it. */
export async function openTestDatabase(): Promise<{ client: Client; close(): Promise<void> }> {
  const url = await createTestDatabase();
  const client = new Client({ connectionString: url });
  await client.connect();
  return {
    client,
    async close() {
      await client.end();
      await dropTestDatabase(url);
    },
  };
}
