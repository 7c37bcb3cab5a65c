import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Provincial coordination teams (role `coordinator`, bound to a province), a follow-up's coordination history
 * (reminders and notes), and the moment each period opened, from which publication overdue is counted.
 */
export class AddedCoordinatorsAndFollowUpHistory1795480000000 implements MigrationInterface {
  name = 'AddedCoordinatorsAndFollowUpHistory1795480000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "app_user" DROP CONSTRAINT "app_user_role_check"`);
    await q.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "app_user_role_check" CHECK ("role" IN ('admin','evaluator','agency','leadership','coordinator'))`,
    );
    await q.query(`ALTER TABLE "app_user" DROP CONSTRAINT "app_user_agency_role_check"`);
    await q.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "app_user_agency_role_check" CHECK (("role" IN ('agency','coordinator')) = ("agency_id" IS NOT NULL))`,
    );
    await q.query(`
      CREATE TABLE "follow_up_event" (
        "id" BIGSERIAL NOT NULL,
        "follow_up_id" integer NOT NULL,
        "kind" text NOT NULL,
        "user_id" integer,
        "text" text,
        "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "follow_up_event_kind_check" CHECK ("kind" IN ('reminder','note')),
        CONSTRAINT "PK_follow_up_event" PRIMARY KEY ("id"),
        CONSTRAINT "FK_follow_up_event_follow_up" FOREIGN KEY ("follow_up_id") REFERENCES "follow_up"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_follow_up_event_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT
      )`);
    await q.query(`CREATE INDEX "follow_up_event_follow_up_idx" ON "follow_up_event" ("follow_up_id", "id")`);
    await q.query(`ALTER TABLE "period" ADD "opened_at" TIMESTAMP WITH TIME ZONE`);
    // Periods opened before this column existed: when the audit trail saw them open, else when they were created.
    await q.query(`
      UPDATE "period" p SET "opened_at" = COALESCE(
        (SELECT min(e.at) FROM audit_event e
         WHERE e.action = 'period.transitioned' AND e.entity_id = p.id::text AND e.after->>'state' = 'open'),
        p.created_at)
      WHERE p.state <> 'draft'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "period" DROP COLUMN "opened_at"`);
    await q.query(`DROP TABLE "follow_up_event"`);
    await q.query(`DELETE FROM "app_user" WHERE "role" = 'coordinator'`);
    await q.query(`ALTER TABLE "app_user" DROP CONSTRAINT "app_user_agency_role_check"`);
    await q.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "app_user_agency_role_check" CHECK (("role" = 'agency') = ("agency_id" IS NOT NULL))`,
    );
    await q.query(`ALTER TABLE "app_user" DROP CONSTRAINT "app_user_role_check"`);
    await q.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "app_user_role_check" CHECK ("role" IN ('admin','evaluator','agency','leadership'))`,
    );
  }
}
