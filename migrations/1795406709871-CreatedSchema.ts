import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreatedSchema1795406709871 implements MigrationInterface {
  name = 'CreatedSchema1795406709871';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "region_batch" ("code" text NOT NULL, "name_id" text NOT NULL, "name_en" text NOT NULL, "position" smallint NOT NULL, CONSTRAINT "UQ_327d2d2b587f1320c76e8e441bf" UNIQUE ("position"), CONSTRAINT "PK_c7343de0a93ddb107f26c9cc4e2" PRIMARY KEY ("code"))',
    );
    await q.query(
      'CREATE TABLE "agency" ("id" SERIAL NOT NULL, "code" text NOT NULL, "name" text NOT NULL, "type" text NOT NULL, "batch_code" text NOT NULL, "parent_id" integer, "province_code" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_fbda24d0286deca69d0b8d30f10" UNIQUE ("code"), CONSTRAINT "agency_not_own_parent_check" CHECK ("parent_id" IS NULL OR "parent_id" <> "id"), CONSTRAINT "agency_type_check" CHECK ("type" IN (\'kementerian\',\'lembaga\',\'provinsi\',\'kabupaten\',\'kota\')), CONSTRAINT "PK_ab1244724d1c216e9720635a2e5" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "agency_parent_idx" ON "agency"  ("parent_id") ');
    await q.query('CREATE INDEX "agency_batch_type_idx" ON "agency"  ("batch_code", "type") ');
    await q.query(
      'CREATE TABLE "work_unit" ("id" SERIAL NOT NULL, "agency_id" integer NOT NULL, "name" text NOT NULL, CONSTRAINT "work_unit_agency_name_key" UNIQUE ("agency_id", "name"), CONSTRAINT "PK_242be442bfa9b6c7de4f49b68c4" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE TABLE "audit_event" ("id" BIGSERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" integer, "username" text, "action" text NOT NULL, "entity_type" text NOT NULL, "entity_id" text, "agency_id" integer, "before" jsonb, "after" jsonb, "request_id" text, "ip" text, CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "audit_event_at_idx" ON "audit_event"  ("at") ');
    await q.query('CREATE INDEX "audit_event_agency_idx" ON "audit_event"  ("agency_id", "at") ');
    await q.query('CREATE INDEX "audit_event_user_idx" ON "audit_event"  ("user_id", "at") ');
    await q.query('CREATE INDEX "audit_event_entity_idx" ON "audit_event"  ("entity_type", "entity_id") ');
    await q.query(
      'CREATE TABLE "app_user" ("id" SERIAL NOT NULL, "username" text NOT NULL, "display_name" text NOT NULL, "password_hash" text NOT NULL, "role" text NOT NULL, "agency_id" integer, "batch_code" text, "disabled" boolean NOT NULL DEFAULT false, "failed_logins" integer NOT NULL DEFAULT \'0\', "locked_until" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_c480e576dd71729addbc2d51b67" UNIQUE ("username"), CONSTRAINT "app_user_username_check" CHECK ("username" ~ \'^[a-z0-9._-]{3,40}$\'), CONSTRAINT "app_user_agency_role_check" CHECK (("role" = \'agency\') = ("agency_id" IS NOT NULL)), CONSTRAINT "app_user_role_check" CHECK ("role" IN (\'admin\',\'evaluator\',\'agency\',\'leadership\')), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "app_user_agency_idx" ON "app_user"  ("agency_id") ');
    await q.query(
      'CREATE TABLE "refresh_token" ("id" BIGSERIAL NOT NULL, "user_id" integer NOT NULL, "token_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b575dd3c21fb0831013c909e7fe" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "refresh_token_user_idx" ON "refresh_token"  ("user_id") ');
    await q.query(
      'CREATE TABLE "instrument" ("version" text NOT NULL, "stage" text NOT NULL DEFAULT \'concept\', "frozen_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "instrument_stage_check" CHECK ("stage" IN (\'concept\',\'method\',\'instrument\',\'trial\',\'evaluation\',\'final\')), CONSTRAINT "PK_836619cad2afe43afc905333046" PRIMARY KEY ("version"))',
    );
    await q.query(
      'CREATE TABLE "pillar" ("code" text NOT NULL, "position" smallint NOT NULL, "short" text NOT NULL, "name_id" text NOT NULL, "name_en" text NOT NULL, CONSTRAINT "UQ_3cd99be0a9cc8e2bce135df82f4" UNIQUE ("position"), CONSTRAINT "PK_955f14efe16bcf3e6c02cbd2c9a" PRIMARY KEY ("code"))',
    );
    await q.query(
      'CREATE TABLE "criterion" ("id" SERIAL NOT NULL, "instrument_version" text NOT NULL, "pillar_code" text NOT NULL, "code" text NOT NULL, "text" text NOT NULL, CONSTRAINT "criterion_version_code_key" UNIQUE ("instrument_version", "code"), CONSTRAINT "PK_a69d2ffbb1ef3ebea02d895e92f" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE TABLE "rating" ("id" BIGSERIAL NOT NULL, "item_id" integer NOT NULL, "color" text NOT NULL, "points" smallint NOT NULL, "note" text, "recommendation" text, "evaluator_id" integer, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "rating_item_version_key" UNIQUE ("item_id", "version"), CONSTRAINT "rating_points_check" CHECK (("color" = \'red\' AND "points" = 0) OR ("color" = \'yellow\' AND "points" = 1) OR ("color" = \'green\' AND "points" = 2)), CONSTRAINT "rating_color_check" CHECK ("color" IN (\'red\',\'yellow\',\'green\')), CONSTRAINT "PK_ecda8ad32645327e4765b43649e" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE TABLE "period" ("id" SERIAL NOT NULL, "name" text NOT NULL, "year" smallint NOT NULL, "state" text NOT NULL DEFAULT \'draft\', "green_threshold" smallint NOT NULL DEFAULT \'80\', "yellow_threshold" smallint NOT NULL DEFAULT \'50\', "instrument_version" text NOT NULL, "follow_up_days" smallint NOT NULL DEFAULT \'30\', "follow_up_on_yellow" boolean NOT NULL DEFAULT false, "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_174cd20f8f2058fcf8b0f5c2396" UNIQUE ("name"), CONSTRAINT "period_follow_up_days_check" CHECK ("follow_up_days" BETWEEN 1 AND 365), CONSTRAINT "period_thresholds_check" CHECK ("yellow_threshold" >= 0 AND "green_threshold" <= 100 AND "yellow_threshold" <= "green_threshold"), CONSTRAINT "period_state_check" CHECK ("state" IN (\'draft\',\'open\',\'evaluation\',\'published\',\'follow-up\',\'closed\')), CONSTRAINT "PK_cabecec858892ab647cd28673b8" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE TABLE "action_plan" ("id" SERIAL NOT NULL, "agency_id" integer NOT NULL, "period_id" integer NOT NULL, "evaluated_at" TIMESTAMP WITH TIME ZONE, "evaluated_by" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "action_plan_agency_period_key" UNIQUE ("agency_id", "period_id"), CONSTRAINT "PK_73de59f4ddad48bad469c1afdbd" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "action_plan_period_idx" ON "action_plan"  ("period_id") ');
    await q.query(
      'CREATE TABLE "plan_item" ("id" SERIAL NOT NULL, "plan_id" integer NOT NULL, "agency_id" integer NOT NULL, "period_id" integer NOT NULL, "pillar_code" text NOT NULL, "criterion_id" integer, "work_unit_id" integer, "title" text NOT NULL, "description" text, "cadence" text NOT NULL DEFAULT \'monthly\', "version" integer NOT NULL DEFAULT \'0\', "current_rating_id" bigint, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "plan_item_title_check" CHECK (length(btrim("title")) > 0), CONSTRAINT "plan_item_version_check" CHECK ("version" >= 0), CONSTRAINT "plan_item_cadence_check" CHECK ("cadence" IN (\'weekly\',\'monthly\',\'quarterly\')), CONSTRAINT "PK_fbd65c4526b9af914f7ab1e9a3c" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "plan_item_plan_idx" ON "plan_item"  ("plan_id") ');
    await q.query(
      'CREATE INDEX "plan_item_period_agency_pillar_idx" ON "plan_item"  ("period_id", "agency_id", "pillar_code") ',
    );
    await q.query(
      'CREATE TABLE "follow_up" ("id" SERIAL NOT NULL, "item_id" integer NOT NULL, "period_id" integer NOT NULL, "agency_id" integer NOT NULL, "state" text NOT NULL DEFAULT \'open\', "due_date" date NOT NULL, "response" text, "evidence_url" text, "responded_at" TIMESTAMP WITH TIME ZONE, "responded_by" integer, "decision" text, "decision_note" text, "decided_at" TIMESTAMP WITH TIME ZONE, "decided_by" integer, "rating_id" bigint, "reminders_sent" smallint array NOT NULL DEFAULT \'{}\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "follow_up_decision_check" CHECK ("decision" IS NULL OR "decision" IN (\'accept\',\'reject\')), CONSTRAINT "follow_up_state_check" CHECK ("state" IN (\'open\',\'responded\',\'accepted\',\'rejected\')), CONSTRAINT "PK_5c0a5f5b32937e47e0ab09d596c" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "follow_up_period_state_due_idx" ON "follow_up"  ("period_id", "state", "due_date") ');
    await q.query(
      'CREATE INDEX "follow_up_period_agency_state_idx" ON "follow_up"  ("period_id", "agency_id", "state") ',
    );
    await q.query(
      'CREATE UNIQUE INDEX "follow_up_item_active_key" ON "follow_up"  ("item_id") WHERE "state" <> \'accepted\'',
    );
    await q.query(
      'CREATE TABLE "job_run" ("id" SERIAL NOT NULL, "job" text NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, "outcome" text NOT NULL DEFAULT \'running\', "counts" jsonb NOT NULL DEFAULT \'{}\', "error" text, "triggered_by" text NOT NULL DEFAULT \'schedule\', CONSTRAINT "job_run_outcome_check" CHECK ("outcome" IN (\'running\',\'succeeded\',\'failed\',\'skipped\')), CONSTRAINT "PK_96fe0b041b8bc157dcec25bd8ef" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "job_run_job_started_idx" ON "job_run"  ("job", "started_at") ');
    await q.query(
      'CREATE TABLE "notification" ("id" BIGSERIAL NOT NULL, "user_id" integer NOT NULL, "kind" text NOT NULL, "title" text NOT NULL, "body" text NOT NULL, "link" text, "dedupe_key" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE UNIQUE INDEX "notification_dedupe_key" ON "notification"  ("dedupe_key") WHERE "dedupe_key" IS NOT NULL',
    );
    await q.query('CREATE INDEX "notification_user_idx" ON "notification"  ("user_id", "created_at") ');
    await q.query(
      'CREATE TABLE "publication" ("id" BIGSERIAL NOT NULL, "item_id" integer NOT NULL, "channel" text NOT NULL, "url" text, "published_at" date NOT NULL, "note" text, "created_by" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "publication_date_check" CHECK ("published_at" >= DATE \'2000-01-01\' AND "published_at" <= (now() + interval \'1 year\')::date), CONSTRAINT "publication_channel_check" CHECK ("channel" IN (\'banner\',\'poster\',\'social-media\',\'mass-media\',\'online-news\',\'website\',\'other\')), CONSTRAINT "PK_8aea8363d5213896a78d8365fab" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "publication_item_published_idx" ON "publication"  ("item_id", "published_at") ');
    await q.query(
      'CREATE TABLE "agency_score" ("period_id" integer NOT NULL, "agency_id" integer NOT NULL, "batch_code" text NOT NULL, "index_score" numeric(5,1), "rated" integer NOT NULL DEFAULT \'0\', "total" integer NOT NULL DEFAULT \'0\', CONSTRAINT "PK_2e422e7f8f89a26e449ef90d1ef" PRIMARY KEY ("period_id", "agency_id"))',
    );
    await q.query('CREATE INDEX "agency_score_period_index_idx" ON "agency_score"  ("period_id", "index_score") ');
    await q.query(
      'CREATE INDEX "agency_score_period_batch_index_idx" ON "agency_score"  ("period_id", "batch_code", "index_score") ',
    );
    await q.query(
      'CREATE TABLE "cell_count" ("period_id" integer NOT NULL, "agency_id" integer NOT NULL, "pillar_code" text NOT NULL, "red" integer NOT NULL DEFAULT \'0\', "yellow" integer NOT NULL DEFAULT \'0\', "green" integer NOT NULL DEFAULT \'0\', "grey" integer NOT NULL DEFAULT \'0\', "score" numeric(5,1), CONSTRAINT "cell_count_nonnegative_check" CHECK ("red" >= 0 AND "yellow" >= 0 AND "green" >= 0 AND "grey" >= 0), CONSTRAINT "PK_6dbc5f805750f55822dbf04d63b" PRIMARY KEY ("period_id", "agency_id", "pillar_code"))',
    );
    await q.query(
      'CREATE INDEX "cell_count_period_pillar_score_idx" ON "cell_count"  ("period_id", "pillar_code", "score") ',
    );
    await q.query(
      'CREATE TABLE "score_snapshot" ("id" BIGSERIAL NOT NULL, "taken_on" date NOT NULL, "period_id" integer NOT NULL, "agency_id" integer NOT NULL, "index_score" numeric(5,1), "pillar_scores" jsonb NOT NULL, CONSTRAINT "score_snapshot_day_key" UNIQUE ("taken_on", "period_id", "agency_id"), CONSTRAINT "PK_ce4ca78346c75ab924a9ce55cfb" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE TABLE "survey_result" ("id" SERIAL NOT NULL, "agency_id" integer NOT NULL, "period_id" integer NOT NULL, "values_alignment" double precision, "engagement" double precision, "employer_branding" double precision, "overall" double precision, CONSTRAINT "survey_result_agency_period_key" UNIQUE ("agency_id", "period_id"), CONSTRAINT "survey_result_range_check" CHECK (COALESCE("values_alignment", 0) BETWEEN 0 AND 100 AND COALESCE("engagement", 0) BETWEEN 0 AND 100 AND COALESCE("employer_branding", 0) BETWEEN 0 AND 100 AND COALESCE("overall", 0) BETWEEN 0 AND 100), CONSTRAINT "PK_40c0340b5e7f4a8969439e83fd6" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE TABLE "evaluator_assignment" ("id" SERIAL NOT NULL, "period_id" integer NOT NULL, "evaluator_id" integer NOT NULL, "agency_id" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "evaluator_assignment_period_agency_key" UNIQUE ("period_id", "agency_id"), CONSTRAINT "PK_d21921fb31ccec8171c82a08d7f" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE INDEX "evaluator_assignment_period_evaluator_idx" ON "evaluator_assignment"  ("period_id", "evaluator_id") ',
    );
    await q.query(
      'ALTER TABLE "agency" ADD CONSTRAINT "FK_4a616620fa8c870148fe59b9072" FOREIGN KEY ("batch_code") REFERENCES "region_batch"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "agency" ADD CONSTRAINT "FK_23b82556fb4ce8b297ecc6fbd2f" FOREIGN KEY ("parent_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "work_unit" ADD CONSTRAINT "FK_bb13c15a12bf75639ec97cc4bf5" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "app_user" ADD CONSTRAINT "FK_6c389af3b251d151c0627d856f5" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "app_user" ADD CONSTRAINT "FK_81224d600b1dda8f17758e92aa1" FOREIGN KEY ("batch_code") REFERENCES "region_batch"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "refresh_token" ADD CONSTRAINT "FK_6bbe63d2fe75e7f0ba1710351d4" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "criterion" ADD CONSTRAINT "FK_a2a9673f37c756374d3d70258ac" FOREIGN KEY ("instrument_version") REFERENCES "instrument"("version") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "criterion" ADD CONSTRAINT "FK_9d694bb7c646c289b54b6ad3372" FOREIGN KEY ("pillar_code") REFERENCES "pillar"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "rating" ADD CONSTRAINT "FK_365f031505bdc7489a22a905233" FOREIGN KEY ("item_id") REFERENCES "plan_item"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "rating" ADD CONSTRAINT "FK_29eba38e185255b6b52c19d1453" FOREIGN KEY ("evaluator_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "period" ADD CONSTRAINT "FK_9392f4916a4325c43cb083230dd" FOREIGN KEY ("instrument_version") REFERENCES "instrument"("version") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "action_plan" ADD CONSTRAINT "FK_b0a63dbe51e5f378a94adb8e7dd" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "action_plan" ADD CONSTRAINT "FK_f0ad7a8d02b4f6ae52d3d948be0" FOREIGN KEY ("period_id") REFERENCES "period"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "action_plan" ADD CONSTRAINT "FK_149a788eccdad5d6be1922e7d70" FOREIGN KEY ("evaluated_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "plan_item" ADD CONSTRAINT "FK_04b7fb4b4048f6fbe4ed1f06a0f" FOREIGN KEY ("plan_id") REFERENCES "action_plan"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "plan_item" ADD CONSTRAINT "FK_6d3f9b7b49ce114e2ccd8d3d829" FOREIGN KEY ("pillar_code") REFERENCES "pillar"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "plan_item" ADD CONSTRAINT "FK_83f8952d4b11452fbc1bc3cac24" FOREIGN KEY ("criterion_id") REFERENCES "criterion"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "plan_item" ADD CONSTRAINT "FK_cdf88223c2ac099532d11c67e0f" FOREIGN KEY ("work_unit_id") REFERENCES "work_unit"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "plan_item" ADD CONSTRAINT "FK_96fa94ade0bd6014ced08565d21" FOREIGN KEY ("current_rating_id") REFERENCES "rating"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "follow_up" ADD CONSTRAINT "FK_1191a2a8d8dac68a51aa3321b59" FOREIGN KEY ("item_id") REFERENCES "plan_item"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "follow_up" ADD CONSTRAINT "FK_cd162d9987b2ace3ea2c256663d" FOREIGN KEY ("responded_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "follow_up" ADD CONSTRAINT "FK_7fe79ded15ce1dde6b3d40d03f5" FOREIGN KEY ("decided_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "follow_up" ADD CONSTRAINT "FK_443bd7900c18010cc4210abb674" FOREIGN KEY ("rating_id") REFERENCES "rating"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "notification" ADD CONSTRAINT "FK_928b7aa1754e08e1ed7052cb9d8" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "publication" ADD CONSTRAINT "FK_576f53af7d9fac55103e1edd827" FOREIGN KEY ("item_id") REFERENCES "plan_item"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "publication" ADD CONSTRAINT "FK_d31f50764294efdc9e0fc84310b" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "agency_score" ADD CONSTRAINT "FK_33a86df585b70d953db75859bde" FOREIGN KEY ("period_id") REFERENCES "period"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "agency_score" ADD CONSTRAINT "FK_5475d573703d9d34b18246e7d47" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "cell_count" ADD CONSTRAINT "FK_bf64299106400fa2775c14398bd" FOREIGN KEY ("period_id") REFERENCES "period"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "cell_count" ADD CONSTRAINT "FK_b974dcbbd722482d8f7379b0860" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "score_snapshot" ADD CONSTRAINT "FK_44e4801b3cb13f5430a8797cb4d" FOREIGN KEY ("period_id") REFERENCES "period"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "score_snapshot" ADD CONSTRAINT "FK_74dcc90a0c5f38150a3ea7b92d8" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "survey_result" ADD CONSTRAINT "FK_1aaad72748fd58a8bfedf28f201" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "survey_result" ADD CONSTRAINT "FK_fc331cf05e6b3ba308f35e23e48" FOREIGN KEY ("period_id") REFERENCES "period"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "evaluator_assignment" ADD CONSTRAINT "FK_83a9fa1e7bb256dd521a33bf401" FOREIGN KEY ("period_id") REFERENCES "period"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "evaluator_assignment" ADD CONSTRAINT "FK_be87088aa2df7ddd23e72b4c0a0" FOREIGN KEY ("evaluator_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "evaluator_assignment" ADD CONSTRAINT "FK_a28ba9e3dd357e30874b5dcc151" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "evaluator_assignment" DROP CONSTRAINT "FK_a28ba9e3dd357e30874b5dcc151"');
    await q.query('ALTER TABLE "evaluator_assignment" DROP CONSTRAINT "FK_be87088aa2df7ddd23e72b4c0a0"');
    await q.query('ALTER TABLE "evaluator_assignment" DROP CONSTRAINT "FK_83a9fa1e7bb256dd521a33bf401"');
    await q.query('ALTER TABLE "survey_result" DROP CONSTRAINT "FK_fc331cf05e6b3ba308f35e23e48"');
    await q.query('ALTER TABLE "survey_result" DROP CONSTRAINT "FK_1aaad72748fd58a8bfedf28f201"');
    await q.query('ALTER TABLE "score_snapshot" DROP CONSTRAINT "FK_74dcc90a0c5f38150a3ea7b92d8"');
    await q.query('ALTER TABLE "score_snapshot" DROP CONSTRAINT "FK_44e4801b3cb13f5430a8797cb4d"');
    await q.query('ALTER TABLE "cell_count" DROP CONSTRAINT "FK_b974dcbbd722482d8f7379b0860"');
    await q.query('ALTER TABLE "cell_count" DROP CONSTRAINT "FK_bf64299106400fa2775c14398bd"');
    await q.query('ALTER TABLE "agency_score" DROP CONSTRAINT "FK_5475d573703d9d34b18246e7d47"');
    await q.query('ALTER TABLE "agency_score" DROP CONSTRAINT "FK_33a86df585b70d953db75859bde"');
    await q.query('ALTER TABLE "publication" DROP CONSTRAINT "FK_d31f50764294efdc9e0fc84310b"');
    await q.query('ALTER TABLE "publication" DROP CONSTRAINT "FK_576f53af7d9fac55103e1edd827"');
    await q.query('ALTER TABLE "notification" DROP CONSTRAINT "FK_928b7aa1754e08e1ed7052cb9d8"');
    await q.query('ALTER TABLE "follow_up" DROP CONSTRAINT "FK_443bd7900c18010cc4210abb674"');
    await q.query('ALTER TABLE "follow_up" DROP CONSTRAINT "FK_7fe79ded15ce1dde6b3d40d03f5"');
    await q.query('ALTER TABLE "follow_up" DROP CONSTRAINT "FK_cd162d9987b2ace3ea2c256663d"');
    await q.query('ALTER TABLE "follow_up" DROP CONSTRAINT "FK_1191a2a8d8dac68a51aa3321b59"');
    await q.query('ALTER TABLE "plan_item" DROP CONSTRAINT "FK_96fa94ade0bd6014ced08565d21"');
    await q.query('ALTER TABLE "plan_item" DROP CONSTRAINT "FK_cdf88223c2ac099532d11c67e0f"');
    await q.query('ALTER TABLE "plan_item" DROP CONSTRAINT "FK_83f8952d4b11452fbc1bc3cac24"');
    await q.query('ALTER TABLE "plan_item" DROP CONSTRAINT "FK_6d3f9b7b49ce114e2ccd8d3d829"');
    await q.query('ALTER TABLE "plan_item" DROP CONSTRAINT "FK_04b7fb4b4048f6fbe4ed1f06a0f"');
    await q.query('ALTER TABLE "action_plan" DROP CONSTRAINT "FK_149a788eccdad5d6be1922e7d70"');
    await q.query('ALTER TABLE "action_plan" DROP CONSTRAINT "FK_f0ad7a8d02b4f6ae52d3d948be0"');
    await q.query('ALTER TABLE "action_plan" DROP CONSTRAINT "FK_b0a63dbe51e5f378a94adb8e7dd"');
    await q.query('ALTER TABLE "period" DROP CONSTRAINT "FK_9392f4916a4325c43cb083230dd"');
    await q.query('ALTER TABLE "rating" DROP CONSTRAINT "FK_29eba38e185255b6b52c19d1453"');
    await q.query('ALTER TABLE "rating" DROP CONSTRAINT "FK_365f031505bdc7489a22a905233"');
    await q.query('ALTER TABLE "criterion" DROP CONSTRAINT "FK_9d694bb7c646c289b54b6ad3372"');
    await q.query('ALTER TABLE "criterion" DROP CONSTRAINT "FK_a2a9673f37c756374d3d70258ac"');
    await q.query('ALTER TABLE "refresh_token" DROP CONSTRAINT "FK_6bbe63d2fe75e7f0ba1710351d4"');
    await q.query('ALTER TABLE "app_user" DROP CONSTRAINT "FK_81224d600b1dda8f17758e92aa1"');
    await q.query('ALTER TABLE "app_user" DROP CONSTRAINT "FK_6c389af3b251d151c0627d856f5"');
    await q.query('ALTER TABLE "work_unit" DROP CONSTRAINT "FK_bb13c15a12bf75639ec97cc4bf5"');
    await q.query('ALTER TABLE "agency" DROP CONSTRAINT "FK_23b82556fb4ce8b297ecc6fbd2f"');
    await q.query('ALTER TABLE "agency" DROP CONSTRAINT "FK_4a616620fa8c870148fe59b9072"');
    await q.query('DROP INDEX "public"."evaluator_assignment_period_evaluator_idx"');
    await q.query('DROP TABLE "evaluator_assignment"');
    await q.query('DROP TABLE "survey_result"');
    await q.query('DROP TABLE "score_snapshot"');
    await q.query('DROP INDEX "public"."cell_count_period_pillar_score_idx"');
    await q.query('DROP TABLE "cell_count"');
    await q.query('DROP INDEX "public"."agency_score_period_batch_index_idx"');
    await q.query('DROP INDEX "public"."agency_score_period_index_idx"');
    await q.query('DROP TABLE "agency_score"');
    await q.query('DROP INDEX "public"."publication_item_published_idx"');
    await q.query('DROP TABLE "publication"');
    await q.query('DROP INDEX "public"."notification_user_idx"');
    await q.query('DROP INDEX "public"."notification_dedupe_key"');
    await q.query('DROP TABLE "notification"');
    await q.query('DROP INDEX "public"."job_run_job_started_idx"');
    await q.query('DROP TABLE "job_run"');
    await q.query('DROP INDEX "public"."follow_up_item_active_key"');
    await q.query('DROP INDEX "public"."follow_up_period_agency_state_idx"');
    await q.query('DROP INDEX "public"."follow_up_period_state_due_idx"');
    await q.query('DROP TABLE "follow_up"');
    await q.query('DROP INDEX "public"."plan_item_period_agency_pillar_idx"');
    await q.query('DROP INDEX "public"."plan_item_plan_idx"');
    await q.query('DROP TABLE "plan_item"');
    await q.query('DROP INDEX "public"."action_plan_period_idx"');
    await q.query('DROP TABLE "action_plan"');
    await q.query('DROP TABLE "period"');
    await q.query('DROP TABLE "rating"');
    await q.query('DROP TABLE "criterion"');
    await q.query('DROP TABLE "pillar"');
    await q.query('DROP TABLE "instrument"');
    await q.query('DROP INDEX "public"."refresh_token_user_idx"');
    await q.query('DROP TABLE "refresh_token"');
    await q.query('DROP INDEX "public"."app_user_agency_idx"');
    await q.query('DROP TABLE "app_user"');
    await q.query('DROP INDEX "public"."audit_event_entity_idx"');
    await q.query('DROP INDEX "public"."audit_event_user_idx"');
    await q.query('DROP INDEX "public"."audit_event_agency_idx"');
    await q.query('DROP INDEX "public"."audit_event_at_idx"');
    await q.query('DROP TABLE "audit_event"');
    await q.query('DROP TABLE "work_unit"');
    await q.query('DROP INDEX "public"."agency_batch_type_idx"');
    await q.query('DROP INDEX "public"."agency_parent_idx"');
    await q.query('DROP TABLE "agency"');
    await q.query('DROP TABLE "region_batch"');
  }
}
