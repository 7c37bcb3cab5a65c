import { MigrationInterface, QueryRunner } from 'typeorm';

/** Reference rows every installation needs, and the triggers that keep history tables append-only. */
export class AddedAppendOnlyGuardsAndReferenceData1795406710871 implements MigrationInterface {
  name = 'AddedAppendOnlyGuardsAndReferenceData1795406710871';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    for (const table of ['rating', 'audit_event']) {
      await q.query(
        `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION refuse_change()`,
      );
      await q.query(
        `CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION refuse_change()`,
      );
    }
    await q.query(`INSERT INTO region_batch (code, name_id, name_en, position) VALUES
      ('barat', 'Barat', 'West', 1), ('tengah', 'Tengah', 'Central', 2),
      ('timur', 'Timur', 'East', 3), ('pusat', 'Pusat', 'Central government', 4)`);
    await q.query(`INSERT INTO pillar (code, position, short, name_id, name_en) VALUES
      ('berorientasi-pelayanan', 1, 'BP', 'Berorientasi Pelayanan', 'Service Oriented'),
      ('akuntabel', 2, 'AK', 'Akuntabel', 'Accountable'),
      ('kompeten', 3, 'KO', 'Kompeten', 'Competent'),
      ('harmonis', 4, 'HA', 'Harmonis', 'Harmonious'),
      ('loyal', 5, 'LO', 'Loyal', 'Loyal'),
      ('adaptif', 6, 'AD', 'Adaptif', 'Adaptive'),
      ('kolaboratif', 7, 'KL', 'Kolaboratif', 'Collaborative'),
      ('bangga-melayani-bangsa', 8, 'BMB', 'Bangga Melayani Bangsa', 'Proud to Serve the Nation')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM pillar`);
    await q.query(`DELETE FROM region_batch`);
    for (const table of ['rating', 'audit_event']) {
      await q.query(`DROP TRIGGER ${table}_no_truncate ON "${table}"`);
      await q.query(`DROP TRIGGER ${table}_append_only ON "${table}"`);
    }
    await q.query(`DROP FUNCTION refuse_change()`);
  }
}
