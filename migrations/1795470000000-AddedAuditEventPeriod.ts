import { MigrationInterface, QueryRunner } from 'typeorm';

/** The text as an integer, or null when it is not one (a CASE, so the cast never sees anything else). */
const asInt = (text: string) => `CASE WHEN ${text} ~ '^[0-9]{1,9}$' THEN (${text})::int END`;

/**
 * Which period an audit event concerns, so the audit screen can filter by period. Earlier events get it from
 * what they name (the period, the item, the follow-up, the publication, the plan, or a period id in their
 * details); events about something since deleted keep none. The table is append-only: the backfill lifts the
 * row trigger for its own UPDATEs only, inside the migration's transaction, so no other session ever sees the
 * table unguarded.
 */
export class AddedAuditEventPeriod1795470000000 implements MigrationInterface {
  name = 'AddedAuditEventPeriod1795470000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "audit_event" ADD "period_id" integer');
    await q.query('ALTER TABLE "audit_event" DISABLE TRIGGER "audit_event_append_only"');
    const id = asInt('e.entity_id');
    await q.query(`UPDATE audit_event e SET period_id = p.id FROM period p
      WHERE e.entity_type = 'period' AND p.id = ${id}`);
    await q.query(`UPDATE audit_event e SET period_id = i.period_id FROM plan_item i
      WHERE e.entity_type = 'item' AND i.id = ${id}`);
    await q.query(`UPDATE audit_event e SET period_id = f.period_id FROM follow_up f
      WHERE e.entity_type = 'follow-up' AND f.id = ${id}`);
    await q.query(`UPDATE audit_event e SET period_id = i.period_id
      FROM publication pub JOIN plan_item i ON i.id = pub.item_id
      WHERE e.entity_type = 'publication' AND pub.id = ${id}`);
    await q.query(`UPDATE audit_event e SET period_id = p.id FROM period p
      WHERE e.entity_type = 'plan' AND p.id = ${asInt(`split_part(e.entity_id, ':', 1)`)}`);
    // Opened follow-ups, imports and removed assignments recorded the period in their details.
    for (const side of ['after', 'before']) {
      await q.query(`UPDATE audit_event e SET period_id = p.id FROM period p
        WHERE e.period_id IS NULL AND jsonb_typeof(e.${side}) = 'object' AND p.id = ${asInt(`e.${side}->>'periodId'`)}`);
    }
    await q.query('ALTER TABLE "audit_event" ENABLE TRIGGER "audit_event_append_only"');
    await q.query('CREATE INDEX "audit_event_period_idx" ON "audit_event" ("period_id", "at") ');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "public"."audit_event_period_idx"');
    await q.query('ALTER TABLE "audit_event" DROP COLUMN "period_id"');
  }
}
