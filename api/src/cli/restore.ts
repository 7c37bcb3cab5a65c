import { resolve } from 'node:path';
import { loadConfig } from '../services/config/app-config';
import { restoreDatabase } from '../services/database/backup';
import { resolveDatabase } from '../services/database/resolve-database';

/** `npm run db:restore FILE`: puts the database back to the backed-up state (stop the app first). */
async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) throw new Error('Usage: npm run db:restore -- FILE');
  const db = await resolveDatabase(loadConfig());
  try {
    await restoreDatabase(db.url, resolve(file));
    console.log(`Restored from ${resolve(file)}`);
  } finally {
    await db.release();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
