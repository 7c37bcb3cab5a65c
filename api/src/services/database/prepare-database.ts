import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';
import { grantServingLogin, loginOf } from './serving-role';

/** Held while migrating, so that API processes starting together migrate one after the other. */
const MIGRATION_LOCK = 727_001;

/**
 * Runs the migrations as the owner (DATABASE_MIGRATION_URL) and grants the serving login (DATABASE_URL) what it
 * needs, before the app opens its own pool. Answers whether the two logins are separate: with one login for both,
 * the audit trail is guarded only by its trigger, which the owner of the table can disable.
 */
export async function prepareDatabase(servingUrl: string, migrationUrl: string | null): Promise<{ separate: boolean }> {
  const ownerUrl = migrationUrl ?? servingUrl;
  const serving = loginOf(servingUrl);
  const separate = loginOf(ownerUrl) !== serving;
  const ds = new DataSource(dataSourceOptions(ownerUrl, 2));
  await ds.initialize();
  const lock = ds.createQueryRunner();
  try {
    await lock.query(`SELECT pg_advisory_lock($1)`, [MIGRATION_LOCK]);
    await ds.runMigrations();
    if (separate) await grantServingLogin(ds, serving);
  } finally {
    await lock.query(`SELECT pg_advisory_unlock($1)`, [MIGRATION_LOCK]).catch(() => undefined);
    await lock.release();
    await ds.destroy();
  }
  return { separate };
}
