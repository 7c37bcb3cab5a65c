import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { createTestDatabase, dropTestDatabase } from '../../testing/test-database';
import { backupDatabase, restoreDatabase } from './backup';
import { dataSourceOptions } from './data-source-options';

/** One md5 per table over all its rows: equal checksums mean equal contents. */
async function checksums(ds: DataSource): Promise<Record<string, string>> {
  const tables: Array<{ t: string }> = await ds.query(
    `SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`,
  );
  const out: Record<string, string> = {};
  for (const { t } of tables) {
    const [{ sum }] = await ds.query(
      `SELECT md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS sum FROM "${t}" x`,
    );
    out[t] = sum;
  }
  return out;
}

describe('backup and restore', () => {
  let url: string;
  let ds: DataSource;
  const dir = mkdtempSync(join(tmpdir(), 'pantau-backup-'));

  beforeAll(async () => {
    url = await createTestDatabase('backup');
    ds = await new DataSource(dataSourceOptions(url, 2)).initialize();
  });
  afterAll(async () => {
    await ds.destroy();
    await dropTestDatabase(url);
    rmSync(dir, { recursive: true, force: true });
  });

  it('restores exactly the backed-up state after the data changed', async () => {
    const file = join(dir, 'pantau.dump');
    const before = await checksums(ds);
    await backupDatabase(url, file);

    const [item] = await ds.query(
      `SELECT id, version FROM plan_item WHERE period_id = 2 AND current_rating_id IS NULL LIMIT 1`,
    );
    await ds.query(`INSERT INTO rating (item_id, color, points, version) VALUES ($1, 'green', 2, $2)`, [
      item.id,
      item.version + 1,
    ]);
    await ds.query(`UPDATE plan_item SET title = 'diubah setelah cadangan' WHERE id = $1`, [item.id]);
    await ds.query(`DELETE FROM publication WHERE id IN (SELECT id FROM publication LIMIT 10)`);
    await ds.query(`INSERT INTO audit_event (action, entity_type) VALUES ('test.after-backup', 'test')`);
    expect(await checksums(ds)).not.toEqual(before);

    await ds.destroy();
    await restoreDatabase(url, file);
    ds = await new DataSource(dataSourceOptions(url, 2)).initialize();
    expect(await checksums(ds)).toEqual(before);
  });

  it('refuses a missing backup file with a clear message', async () => {
    await expect(restoreDatabase(url, join(dir, 'nope.dump'))).rejects.toThrow(/Backup file not found/);
  });
});
