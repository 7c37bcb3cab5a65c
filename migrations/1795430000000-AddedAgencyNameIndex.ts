import { MigrationInterface, QueryRunner } from 'typeorm';

/** The matrix pages agencies by name: a page of 100 out of 20,000 sorted every agency (see bench/README.md). */
export class AddedAgencyNameIndex1795430000000 implements MigrationInterface {
  name = 'AddedAgencyNameIndex1795430000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE INDEX "agency_name_idx" ON "agency" ("name", "id")');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "agency_name_idx"');
  }
}
