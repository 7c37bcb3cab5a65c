import { MigrationInterface, QueryRunner } from 'typeorm';

/** An item's follow-up and a period's follow-up list were read by scanning every follow-up (see bench/README.md). */
export class AddedFollowUpLookupIndexes1795420000000 implements MigrationInterface {
  name = 'AddedFollowUpLookupIndexes1795420000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE INDEX "follow_up_item_idx" ON "follow_up" ("item_id", "id")');
    await q.query('CREATE INDEX "follow_up_period_due_idx" ON "follow_up" ("period_id", "due_date", "id")');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "follow_up_period_due_idx"');
    await q.query('DROP INDEX "follow_up_item_idx"');
  }
}
