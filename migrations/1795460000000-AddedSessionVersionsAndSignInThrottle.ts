import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sessions that can be ended at once: a per-user session version carried in every access token, refresh tokens
 * grouped into families (a reused rotated token revokes its family), and sign-in back-off kept in PostgreSQL
 * (shared by every API process) instead of a flat lock on the account.
 */
export class AddedSessionVersionsAndSignInThrottle1795460000000 implements MigrationInterface {
  name = 'AddedSessionVersionsAndSignInThrottle1795460000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "app_user" ADD "session_version" integer NOT NULL DEFAULT \'0\'');
    await q.query('ALTER TABLE "refresh_token" ADD "family_id" uuid');
    // Every existing token starts a family of its own.
    await q.query('UPDATE "refresh_token" SET "family_id" = gen_random_uuid()');
    await q.query('ALTER TABLE "refresh_token" ALTER COLUMN "family_id" SET NOT NULL');
    await q.query('ALTER TABLE "refresh_token" ADD "rotated_at" TIMESTAMP WITH TIME ZONE');
    await q.query('CREATE INDEX "refresh_token_family_idx" ON "refresh_token" ("family_id") ');
    await q.query(
      'CREATE TABLE "sign_in_throttle" ("key" text NOT NULL, "failures" integer NOT NULL DEFAULT \'0\', "blocked_until" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "sign_in_throttle_pkey" PRIMARY KEY ("key"))',
    );
    await q.query('CREATE INDEX "sign_in_throttle_updated_idx" ON "sign_in_throttle" ("updated_at") ');
    await q.query('ALTER TABLE "app_user" DROP COLUMN "failed_logins"');
    await q.query('ALTER TABLE "app_user" DROP COLUMN "locked_until"');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "app_user" ADD "locked_until" TIMESTAMP WITH TIME ZONE');
    await q.query('ALTER TABLE "app_user" ADD "failed_logins" integer NOT NULL DEFAULT \'0\'');
    await q.query('DROP INDEX "public"."sign_in_throttle_updated_idx"');
    await q.query('DROP TABLE "sign_in_throttle"');
    await q.query('DROP INDEX "public"."refresh_token_family_idx"');
    await q.query('ALTER TABLE "refresh_token" DROP COLUMN "rotated_at"');
    await q.query('ALTER TABLE "refresh_token" DROP COLUMN "family_id"');
    await q.query('ALTER TABLE "app_user" DROP COLUMN "session_version"');
  }
}
