import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadConfig, projectRoot } from '../services/config/app-config';
import { backupDatabase } from '../services/database/backup';
import { resolveDatabase } from '../services/database/resolve-database';

/** `npm run db:backup [FILE]`: pg_dump of the configured (or embedded) database. */
async function main(): Promise<void> {
  const db = await resolveDatabase(loadConfig());
  const dir = join(projectRoot(), 'backups');
  mkdirSync(dir, { recursive: true });
  const file = resolve(process.argv[2] ?? join(dir, `pantau-${new Date().toISOString().replace(/[:.]/g, '-')}.dump`));
  try {
    await backupDatabase(db.url, file);
    console.log(`Backup written to ${file}`);
  } finally {
    await db.release();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
