import { join } from 'node:path';
import { Client } from 'pg';
import { AppConfig } from '../config/app-config';
import { startEmbeddedPostgres } from './embedded-postgres';

export interface ResolvedDatabase {
  url: string;
  /** Stops the embedded server if this process started it. */
  release(): Promise<void>;
}

/**
 * The database a command-line tool should use: DATABASE_MIGRATION_URL or DATABASE_URL, else the embedded server of a running
 * app, else the embedded server started here on the same data directory.
 */
export async function resolveDatabase(config: AppConfig): Promise<ResolvedDatabase> {
  // The tools read (and restore) every table: they use the owner's login when there is one.
  const external = config.migrationDatabaseUrl ?? config.databaseUrl;
  if (external) return { url: external, release: async () => undefined };
  const url = `postgres://postgres:postgres@127.0.0.1:${config.embeddedPgPort}/pantau`;
  const probe = new Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await probe.connect();
    await probe.end();
    return { url, release: async () => undefined };
  } catch {
    const db = await startEmbeddedPostgres(join(config.dataDir, 'pg'), config.embeddedPgPort, 'pantau');
    return { url: db.url, release: () => db.stop() };
  }
}
