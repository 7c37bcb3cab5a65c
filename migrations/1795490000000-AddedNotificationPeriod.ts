import { MigrationInterface, QueryRunner } from 'typeorm';

/** The text as an integer, or null when it is not one (a CASE, so the cast never sees anything else). */
const asInt = (text: string) => `CASE WHEN ${text} ~ '^[0-9]{1,9}$' THEN (${text})::int END`;

/**
 * Which period a notification concerns, so that every notification names it. Earlier ones get it from their link:
 * a follow-up's own page, or a list filtered by period (`period=` or `periodId=`).
 */
export class AddedNotificationPeriod1795490000000 implements MigrationInterface {
  name = 'AddedNotificationPeriod1795490000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "notification" ADD "period_id" integer');
    await q.query(`UPDATE notification n SET period_id = f.period_id FROM follow_up f
      WHERE f.id = ${asInt(`substring(n.link from '^/follow-ups/([0-9]+)$')`)}`);
    await q.query(`UPDATE notification n SET period_id = p.id FROM period p
      WHERE n.period_id IS NULL AND p.id = ${asInt(`substring(n.link from '[?&]period(?:Id)?=([0-9]+)')`)}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "notification" DROP COLUMN "period_id"');
  }
}
