import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Follow-up counts per state and overdue for a set of agencies (an evaluator's, a province's) read the index alone
 * once it carries the due date: the bench's evaluator list at 20,000 agencies counted from the table rows before.
 */
export class WidenedFollowUpAgencyIndex1795500000000 implements MigrationInterface {
  name = 'WidenedFollowUpAgencyIndex1795500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE INDEX "follow_up_period_agency_state_due_idx" ON "follow_up" ("period_id", "agency_id", "state", "due_date")',
    );
    await q.query('DROP INDEX "follow_up_period_agency_state_idx"');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE INDEX "follow_up_period_agency_state_idx" ON "follow_up" ("period_id", "agency_id", "state")',
    );
    await q.query('DROP INDEX "follow_up_period_agency_state_due_idx"');
  }
}
