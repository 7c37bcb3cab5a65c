import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';

const run = promisify(execFile);

/** pg_dump refuses a newer server: use the client tools of the server's major version. */
async function toolFor(url: string, tool: 'pg_dump' | 'pg_restore'): Promise<string> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const [{ server_version_num }] = (await client.query(`SHOW server_version_num`)).rows;
  await client.end();
  const major = Math.floor(Number(server_version_num) / 10_000);
  const candidates = [
    process.env['PG_BIN'] ? join(process.env['PG_BIN'], tool) : null,
    `/usr/lib/postgresql/${major}/bin/${tool}`,
  ].filter((p): p is string => !!p);
  const found = candidates.find((p) => existsSync(p));
  if (found) return found;
  throw new Error(
    `${tool} for PostgreSQL ${major} was not found. Install it (Debian: apt-get install postgresql-client-${major}) or set PG_BIN to its directory.`,
  );
}

/** A custom-format dump of the whole database (schema and data). */
export async function backupDatabase(url: string, file: string): Promise<void> {
  await run(await toolFor(url, 'pg_dump'), ['--format=custom', '--no-owner', `--file=${file}`, url]);
}

/** Replaces the database's contents with the dump's, in one transaction: all of it or nothing. */
export async function restoreDatabase(url: string, file: string): Promise<void> {
  if (!existsSync(file)) throw new Error(`Backup file not found: ${file}`);
  await run(await toolFor(url, 'pg_restore'), [
    '--clean',
    '--if-exists',
    '--no-owner',
    '--single-transaction',
    '--exit-on-error',
    `--dbname=${url}`,
    file,
  ]);
}
