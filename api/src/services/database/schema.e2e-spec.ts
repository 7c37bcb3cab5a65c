import { DataSource } from 'typeorm';
import { createTestDatabase, dropTestDatabase } from '../../testing/test-database';
import { dataSourceOptions } from './data-source-options';

describe('database schema', () => {
  let url: string;
  let ds: DataSource;

  beforeAll(async () => {
    url = await createTestDatabase('schema');
    ds = await new DataSource(dataSourceOptions(url, 2)).initialize();
  });

  afterAll(async () => {
    await ds.destroy();
    await dropTestDatabase(url);
  });

  it('matches the entities: generating a migration on the migrated schema yields nothing', async () => {
    const sql = await ds.driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('has no pending migrations', async () => {
    expect(await ds.showMigrations()).toBe(false);
  });

  const item = async () => (await ds.query(`SELECT id FROM plan_item ORDER BY id LIMIT 1`))[0].id as number;

  it('rejects a rating colour outside red, yellow and green', async () => {
    await expect(
      ds.query(`INSERT INTO rating (item_id, color, points, version) VALUES ($1, 'blue', 0, 999)`, [await item()]),
    ).rejects.toThrow(/rating_color_check/);
  });

  it('rejects points that do not match the colour', async () => {
    await expect(
      ds.query(`INSERT INTO rating (item_id, color, points, version) VALUES ($1, 'green', 1, 999)`, [await item()]),
    ).rejects.toThrow(/rating_points_check/);
  });

  it('rejects a publication dated in the far future', async () => {
    await expect(
      ds.query(`INSERT INTO publication (item_id, channel, published_at) VALUES ($1, 'banner', '2090-01-01')`, [
        await item(),
      ]),
    ).rejects.toThrow(/publication_date_check/);
  });

  it('allows one plan per agency and period', async () => {
    const [plan] = await ds.query(`SELECT agency_id, period_id FROM action_plan LIMIT 1`);
    await expect(
      ds.query(`INSERT INTO action_plan (agency_id, period_id) VALUES ($1, $2)`, [plan.agency_id, plan.period_id]),
    ).rejects.toThrow(/action_plan_agency_period_key/);
  });

  it('refuses to change or delete a rating: ratings are append-only', async () => {
    await expect(ds.query(`UPDATE rating SET note = 'x' WHERE id = (SELECT min(id) FROM rating)`)).rejects.toThrow(
      /append-only/,
    );
    await expect(ds.query(`DELETE FROM rating WHERE id = (SELECT min(id) FROM rating)`)).rejects.toThrow(/append-only/);
  });

  it('rejects an item pointing at an agency plan that does not exist', async () => {
    await expect(
      ds.query(
        `INSERT INTO plan_item (plan_id, agency_id, period_id, pillar_code, title) VALUES (999999, 1, 1, 'loyal', 'x')`,
      ),
    ).rejects.toThrow(/foreign key/);
  });

  it('can roll every migration back and forward again', async () => {
    const scratchUrl = await createTestDatabase('migrate');
    const admin = await new DataSource(dataSourceOptions(scratchUrl, 1)).initialize();
    try {
      await admin.query(`DROP SCHEMA public CASCADE; CREATE SCHEMA public`);
      await admin.runMigrations();
      for (let i = 0; i < admin.migrations.length; i++) await admin.undoLastMigration();
      const [{ n }] = await admin.query(
        `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`,
      );
      expect(n).toBe(0);
      await admin.runMigrations();
      expect((await admin.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
    } finally {
      await admin.destroy();
      await dropTestDatabase(scratchUrl);
    }
  });
});
