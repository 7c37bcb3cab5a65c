import { DataSource } from 'typeorm';
import { MIGRATIONS } from '@pantau/migrations';
import { dataSourceOptions } from '../../services/database/data-source-options';
import { createTestDatabase, dropTestDatabase } from '../../testing/test-database';

/** Runs the migration's down and up again on a database holding events recorded before it. */
describe('migration: audit events learn their period', () => {
  let url: string;
  let ds: DataSource;
  const Migration = MIGRATIONS.find((m) => m.name === 'AddedAuditEventPeriod1795470000000')!;
  const migration = new Migration();

  beforeAll(async () => {
    url = await createTestDatabase('auditperiod');
    ds = await new DataSource(dataSourceOptions(url, 2)).initialize();
  });
  afterAll(async () => {
    await ds.destroy();
    await dropTestDatabase(url);
  });

  it('backfills the period from what each earlier event names, and keeps the table append-only', async () => {
    const [item] = await ds.query(
      `SELECT i.id, i.period_id, i.agency_id FROM plan_item i WHERE i.period_id = 1 ORDER BY i.id LIMIT 1`,
    );
    const [followUp] = await ds.query(`SELECT id, period_id FROM follow_up WHERE period_id = 1 ORDER BY id LIMIT 1`);
    const [publication] = await ds.query(
      `INSERT INTO publication (item_id, channel, published_at) VALUES ($1, 'banner', '2024-05-01') RETURNING id`,
      [item.id],
    );
    const runner = ds.createQueryRunner();
    await runner.connect();
    try {
      await migration.down(runner);
      // Events as the services recorded them before the column existed.
      const events: Array<[string, string, string | null, unknown]> = [
        ['period.transitioned', 'period', '2', null],
        ['rating.created', 'item', String(item.id), null],
        ['follow-up.responded', 'follow-up', String(followUp.id), null],
        ['publication.created', 'publication', String(publication.id), null],
        ['plan.evaluated', 'plan', `1:${item.agency_id}`, null],
        ['follow-up.opened', 'follow-up', null, { periodId: 2, followUpIds: [] }],
        ['import.items', 'import', 'f0e1d2c3-0000-4000-8000-000000000000', { periodId: 1, rows: 3 }],
        ['item.deleted', 'item', '999999999', { title: 'gone' }],
        ['login.failed', 'user', null, ['not', 'an', 'object']],
        ['job.ran', 'job', 'score-snapshot', { periodId: 'x' }],
      ];
      const ids: string[] = [];
      for (const [action, type, id, after] of events) {
        const [row] = await runner.query(
          `INSERT INTO audit_event (action, entity_type, entity_id, after) VALUES ($1, $2, $3, $4) RETURNING id::text AS id`,
          [action, type, id, after === null ? null : JSON.stringify(after)],
        );
        ids.push(row.id);
      }
      await runner.startTransaction();
      await migration.up(runner);
      await runner.commitTransaction();

      const rows = await ds.query(
        `SELECT action, period_id AS "periodId" FROM audit_event WHERE id = ANY($1) ORDER BY id`,
        [ids],
      );
      expect(rows).toEqual([
        { action: 'period.transitioned', periodId: 2 },
        { action: 'rating.created', periodId: 1 },
        { action: 'follow-up.responded', periodId: followUp.period_id },
        { action: 'publication.created', periodId: 1 },
        { action: 'plan.evaluated', periodId: 1 },
        { action: 'follow-up.opened', periodId: 2 },
        { action: 'import.items', periodId: 1 },
        { action: 'item.deleted', periodId: null },
        { action: 'login.failed', periodId: null },
        { action: 'job.ran', periodId: null },
      ]);
      await expect(ds.query(`UPDATE audit_event SET period_id = 1`)).rejects.toThrow(/append-only/);
      const [index] = await ds.query(`SELECT indexdef FROM pg_indexes WHERE indexname = 'audit_event_period_idx'`);
      expect(index.indexdef).toContain('(period_id, at)');
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
  });
});
