import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Committee1795950406221 implements MigrationInterface {
  name = 'Committee1795950406221';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TYPE "public"."model_status" AS ENUM('PLANNED', 'ACTIVE', 'ENDED')`);
    await db.query(
      `CREATE TABLE "reintegration_model" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "unit_id" uuid NOT NULL, "name" text NOT NULL, "slogan" text, "launched_on" date NOT NULL, "status" "public"."model_status" NOT NULL DEFAULT 'ACTIVE', "baseline" jsonb, CONSTRAINT "PK_fc5abb3a4eb1eb886c8b9aa80ae" PRIMARY KEY ("id"))`,
    );
    await db.query(
      `CREATE INDEX "IDX_e32631549ea9e6566bb1fb2765" ON "reintegration_model"  ("unit_id", "launched_on") `,
    );
    await db.query(`CREATE TYPE "public"."pledge_kind" AS ENUM('EMULATION', 'RETURNEE', 'FAMILY', 'EMPLOYER')`);
    await db.query(
      `CREATE TABLE "pledge" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "unit_id" uuid NOT NULL, "model_id" uuid, "kind" "public"."pledge_kind" NOT NULL, "title" text NOT NULL, "signed_on" date NOT NULL, "period_from" date NOT NULL, "period_to" date NOT NULL, CONSTRAINT "pledge_period" CHECK ("period_to" >= "period_from"), CONSTRAINT "PK_45ccbbcda634f9a57e8b9c41fee" PRIMARY KEY ("id"))`,
    );
    await db.query(`CREATE INDEX "IDX_68f524a5e45a131730a81199f7" ON "pledge"  ("model_id") `);
    await db.query(`CREATE INDEX "IDX_0c47c4f77b7a7dcd2f1c6ae401" ON "pledge"  ("unit_id", "signed_on") `);
    await db.query(
      `CREATE TYPE "public"."document_kind" AS ENUM('RESOLUTION', 'PLAN', 'DECISION', 'OPERATING_RULES', 'REPORT', 'PLEDGE', 'MINUTES')`,
    );
    await db.query(
      `CREATE TABLE "document" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "unit_id" uuid NOT NULL, "kind" "public"."document_kind" NOT NULL, "number_symbol" text, "issued_on" date NOT NULL, "issuer" text NOT NULL, "title" text NOT NULL, "summary" text, "model_id" uuid, "committee_id" uuid, "pledge_id" uuid, CONSTRAINT "PK_e57d3357f83f3cdc0acffc3d777" PRIMARY KEY ("id"))`,
    );
    await db.query(`CREATE INDEX "IDX_234d89d46d7812fd9cf363f5fc" ON "document"  ("pledge_id") `);
    await db.query(`CREATE INDEX "IDX_e733d96dde2578758b71bbd9c2" ON "document"  ("committee_id") `);
    await db.query(`CREATE INDEX "IDX_f5de0b111aadf521ccd74e1395" ON "document"  ("model_id") `);
    await db.query(`CREATE INDEX "IDX_cad0cb935a080929be1a4d3488" ON "document"  ("unit_id", "issued_on") `);
    await db.query(
      `CREATE TABLE "steering_committee" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "unit_id" uuid NOT NULL, "model_id" uuid, "name" text NOT NULL, "founding_decision_id" uuid NOT NULL, "operating_rules_id" uuid, "term_from" date NOT NULL, "term_to" date, CONSTRAINT "steering_committee_term" CHECK ("term_to" IS NULL OR "term_to" >= "term_from"), CONSTRAINT "PK_2575d3493a4e9830685e2a5b0f0" PRIMARY KEY ("id"))`,
    );
    await db.query(`CREATE INDEX "IDX_e5ad0c878a068b84d4fa6a3f28" ON "steering_committee"  ("model_id") `);
    await db.query(`CREATE INDEX "IDX_d817d028acd9fd9fffae397dcd" ON "steering_committee"  ("unit_id") `);
    await db.query(
      `CREATE TYPE "public"."committee_role" AS ENUM('HEAD', 'STANDING_DEPUTY', 'DEPUTY', 'MEMBER', 'SECRETARY')`,
    );
    await db.query(
      `CREATE TABLE "committee_member" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "committee_id" uuid NOT NULL, "person_name" text NOT NULL, "title" text NOT NULL, "organisation_id" uuid, "role" "public"."committee_role" NOT NULL, "started_on" date NOT NULL, "ended_on" date, "end_reason" text, CONSTRAINT "committee_member_dates" CHECK ("ended_on" IS NULL OR "ended_on" >= "started_on"), CONSTRAINT "PK_dbee98f5c1145d0674ee69a9c2d" PRIMARY KEY ("id"))`,
    );
    await db.query(
      `CREATE UNIQUE INDEX "committee_member_one_open_standing_deputy" ON "committee_member"  ("committee_id") WHERE "role" = 'STANDING_DEPUTY' AND "ended_on" IS NULL`,
    );
    await db.query(
      `CREATE UNIQUE INDEX "committee_member_one_open_head" ON "committee_member"  ("committee_id") WHERE "role" = 'HEAD' AND "ended_on" IS NULL`,
    );
    await db.query(
      `CREATE INDEX "IDX_9696212283da5188a7eefa6840" ON "committee_member"  ("committee_id", "started_on") `,
    );
    await db.query(
      `CREATE TABLE "document_file" ("document_id" uuid NOT NULL, "file_name" text NOT NULL, "mime_type" text NOT NULL, "size_bytes" integer NOT NULL, "sha256" text NOT NULL, "content" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "document_file_size" CHECK ("size_bytes" > 0 AND "size_bytes" <= 5242880), CONSTRAINT "PK_451c4ffa00abea5f7e548c91038" PRIMARY KEY ("document_id"))`,
    );
    await db.query(
      `CREATE TABLE "employer_profile" ("organisation_id" uuid NOT NULL, "contact_person" text, "phone" text, "address" text, "staff_count" integer, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_ad366db1072476dffb143de475c" PRIMARY KEY ("organisation_id"))`,
    );
    await db.query(`CREATE TYPE "public"."job_offer_status" AS ENUM('OPEN', 'CLOSED')`);
    await db.query(
      `CREATE TABLE "job_offer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "employer_id" uuid NOT NULL, "title" text NOT NULL, "positions" integer NOT NULL, "wage_min_vnd" bigint, "wage_max_vnd" bigint, "status" "public"."job_offer_status" NOT NULL DEFAULT 'OPEN', "offered_on" date NOT NULL, CONSTRAINT "job_offer_wage" CHECK ("wage_min_vnd" IS NULL OR "wage_max_vnd" IS NULL OR "wage_max_vnd" >= "wage_min_vnd"), CONSTRAINT "job_offer_count" CHECK ("positions" > 0), CONSTRAINT "PK_5286026037ab5fb5acfcb7e1829" PRIMARY KEY ("id"))`,
    );
    await db.query(`CREATE INDEX "IDX_d6ff2715573d29495bc3658359" ON "job_offer"  ("employer_id", "status") `);
    await db.query(
      `CREATE TABLE "placement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "employer_id" uuid NOT NULL, "job_offer_id" uuid, "returnee_id" uuid NOT NULL, "started_on" date NOT NULL, "contract_months" smallint, "employment_period_id" uuid NOT NULL, CONSTRAINT "PK_4f8b29ee2db5213bcb38b6c71c4" PRIMARY KEY ("id"))`,
    );
    await db.query(`CREATE INDEX "IDX_540aa39890a3c66648feec97a1" ON "placement"  ("returnee_id") `);
    await db.query(`CREATE INDEX "IDX_c7f51df6e59ace468367f16505" ON "placement"  ("employer_id", "started_on") `);
    await db.query(`CREATE TYPE "public"."target_kind" AS ENUM('COMPUTED', 'MANUAL')`);
    await db.query(
      `CREATE TYPE "public"."pledge_indicator" AS ENUM('STABLE_WORK_SHARE', 'NEW_OFFENCES', 'RECEIVED_ON_TIME_SHARE', 'HELPER_ASSIGNED_SHARE', 'CONTACTS_PER_PERSON_MONTH', 'SUPPORT_DONE')`,
    );
    await db.query(`CREATE TYPE "public"."target_direction" AS ENUM('AT_LEAST', 'AT_MOST')`);
    await db.query(
      `CREATE TABLE "pledge_target" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "pledge_id" uuid NOT NULL, "position" smallint NOT NULL, "kind" "public"."target_kind" NOT NULL, "indicator" "public"."pledge_indicator", "label" text NOT NULL, "unit_of_measure" text NOT NULL, "direction" "public"."target_direction" NOT NULL, "target" numeric(12,2) NOT NULL, "weight" numeric(6,2) NOT NULL, "responsible_organisation_id" uuid NOT NULL, "within_days" smallint, "support_type" "public"."support_type", CONSTRAINT "pledge_target_indicator" CHECK (("kind" = 'COMPUTED') = ("indicator" IS NOT NULL)), CONSTRAINT "pledge_target_weight" CHECK ("weight" > 0), CONSTRAINT "PK_ad702a72a7295a2e310b3f6d73a" PRIMARY KEY ("id"))`,
    );
    await db.query(`CREATE INDEX "IDX_2bde2b146c54cfbd211c63ec4a" ON "pledge_target"  ("pledge_id") `);
    await db.query(`CREATE TYPE "public"."review_kind" AS ENUM('SIX_MONTH', 'YEAR_END')`);
    await db.query(
      `CREATE TABLE "pledge_review" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "pledge_id" uuid NOT NULL, "kind" "public"."review_kind" NOT NULL, "reviewed_on" date NOT NULL, "review_year" smallint NOT NULL, "measured_from" date NOT NULL, "measured_to" date NOT NULL, "total_score" numeric(6,2), "document_id" uuid, CONSTRAINT "PK_c249f96185d570d0b6a5f02af02" PRIMARY KEY ("id"))`,
    );
    await db.query(
      `CREATE UNIQUE INDEX "IDX_0cb50e870b8e7c7e4972dbc195" ON "pledge_review"  ("pledge_id", "kind", "review_year") `,
    );
    await db.query(
      `CREATE TABLE "pledge_review_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "review_id" uuid NOT NULL, "target_id" uuid NOT NULL, "target" numeric(12,2) NOT NULL, "actual" numeric(12,2), "progress" numeric(6,4), "weight" numeric(6,2) NOT NULL, "score" numeric(8,4) NOT NULL, "evidence_document_id" uuid, CONSTRAINT "PK_0afa1bc2571454d72c9f069ba52" PRIMARY KEY ("id"))`,
    );
    await db.query(
      `CREATE UNIQUE INDEX "IDX_cf63dde9baa0f73fdef07c531b" ON "pledge_review_item"  ("review_id", "target_id") `,
    );
    await db.query(
      `CREATE TABLE "pledge_signatory" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "pledge_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "representative" text NOT NULL, "title" text, CONSTRAINT "PK_eab1b7b7943a51d84521129eb8c" PRIMARY KEY ("id"))`,
    );
    await db.query(
      `CREATE UNIQUE INDEX "IDX_f02f1f5f397f2ea3256e043fdf" ON "pledge_signatory"  ("pledge_id", "organisation_id") `,
    );
    await db.query(
      `ALTER TABLE "reintegration_model" ADD CONSTRAINT "FK_fae7bfb86f38fe80963f3dc1274" FOREIGN KEY ("unit_id") REFERENCES "administrative_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "pledge" ADD CONSTRAINT "FK_b3d303ffc2c2506a0b15a81e2f3" FOREIGN KEY ("unit_id") REFERENCES "administrative_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "pledge" ADD CONSTRAINT "FK_68f524a5e45a131730a81199f77" FOREIGN KEY ("model_id") REFERENCES "reintegration_model"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "document" ADD CONSTRAINT "FK_9ad949b64e05b5320dc60b7341e" FOREIGN KEY ("unit_id") REFERENCES "administrative_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "document" ADD CONSTRAINT "FK_f5de0b111aadf521ccd74e13950" FOREIGN KEY ("model_id") REFERENCES "reintegration_model"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "document" ADD CONSTRAINT "FK_e733d96dde2578758b71bbd9c21" FOREIGN KEY ("committee_id") REFERENCES "steering_committee"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "document" ADD CONSTRAINT "FK_234d89d46d7812fd9cf363f5fc9" FOREIGN KEY ("pledge_id") REFERENCES "pledge"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "steering_committee" ADD CONSTRAINT "FK_d817d028acd9fd9fffae397dcd3" FOREIGN KEY ("unit_id") REFERENCES "administrative_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "steering_committee" ADD CONSTRAINT "FK_e5ad0c878a068b84d4fa6a3f28a" FOREIGN KEY ("model_id") REFERENCES "reintegration_model"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "steering_committee" ADD CONSTRAINT "FK_e099fa41e3dd586de250bd95995" FOREIGN KEY ("founding_decision_id") REFERENCES "document"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "steering_committee" ADD CONSTRAINT "FK_d6b8805efeaef870311ea110476" FOREIGN KEY ("operating_rules_id") REFERENCES "document"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "committee_member" ADD CONSTRAINT "FK_55284b32094773132273e6656ef" FOREIGN KEY ("committee_id") REFERENCES "steering_committee"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "committee_member" ADD CONSTRAINT "FK_540f0dbbc5d601ef9f94bf0588f" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "document_file" ADD CONSTRAINT "FK_451c4ffa00abea5f7e548c91038" FOREIGN KEY ("document_id") REFERENCES "document"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "employer_profile" ADD CONSTRAINT "FK_ad366db1072476dffb143de475c" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "job_offer" ADD CONSTRAINT "FK_a576e8da4e2a1280a4c5b8fb736" FOREIGN KEY ("employer_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "placement" ADD CONSTRAINT "FK_f031830f922626f028e1b19ea8f" FOREIGN KEY ("employer_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "placement" ADD CONSTRAINT "FK_f97c4e30e5ebc0b63f2e83e1274" FOREIGN KEY ("job_offer_id") REFERENCES "job_offer"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "placement" ADD CONSTRAINT "FK_540aa39890a3c66648feec97a16" FOREIGN KEY ("returnee_id") REFERENCES "returnee"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "placement" ADD CONSTRAINT "FK_92da0ffc23e7a7a6bafd53057b4" FOREIGN KEY ("employment_period_id") REFERENCES "employment_period"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "pledge_target" ADD CONSTRAINT "FK_2bde2b146c54cfbd211c63ec4ad" FOREIGN KEY ("pledge_id") REFERENCES "pledge"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "pledge_target" ADD CONSTRAINT "FK_59dc6ba9f1dc7be23db00843f21" FOREIGN KEY ("responsible_organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "pledge_review" ADD CONSTRAINT "FK_35ebe5b0922df6685e651d639d4" FOREIGN KEY ("pledge_id") REFERENCES "pledge"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "pledge_review" ADD CONSTRAINT "FK_decb3885c2cfaf90a79660c926d" FOREIGN KEY ("document_id") REFERENCES "document"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "pledge_review_item" ADD CONSTRAINT "FK_d64639ad4343b885adff4b9bfec" FOREIGN KEY ("review_id") REFERENCES "pledge_review"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "pledge_review_item" ADD CONSTRAINT "FK_4140ab37c8a73bf6f7ba62dea19" FOREIGN KEY ("target_id") REFERENCES "pledge_target"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "pledge_review_item" ADD CONSTRAINT "FK_488b15a8ece5731341a5d5b8c34" FOREIGN KEY ("evidence_document_id") REFERENCES "document"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "pledge_signatory" ADD CONSTRAINT "FK_360a51ff145420557300927a1fb" FOREIGN KEY ("pledge_id") REFERENCES "pledge"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "pledge_signatory" ADD CONSTRAINT "FK_ab76b9f2de6e54f64b941ffa75a" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "pledge_signatory" DROP CONSTRAINT "FK_ab76b9f2de6e54f64b941ffa75a"`);
    await db.query(`ALTER TABLE "pledge_signatory" DROP CONSTRAINT "FK_360a51ff145420557300927a1fb"`);
    await db.query(`ALTER TABLE "pledge_review_item" DROP CONSTRAINT "FK_488b15a8ece5731341a5d5b8c34"`);
    await db.query(`ALTER TABLE "pledge_review_item" DROP CONSTRAINT "FK_4140ab37c8a73bf6f7ba62dea19"`);
    await db.query(`ALTER TABLE "pledge_review_item" DROP CONSTRAINT "FK_d64639ad4343b885adff4b9bfec"`);
    await db.query(`ALTER TABLE "pledge_review" DROP CONSTRAINT "FK_decb3885c2cfaf90a79660c926d"`);
    await db.query(`ALTER TABLE "pledge_review" DROP CONSTRAINT "FK_35ebe5b0922df6685e651d639d4"`);
    await db.query(`ALTER TABLE "pledge_target" DROP CONSTRAINT "FK_59dc6ba9f1dc7be23db00843f21"`);
    await db.query(`ALTER TABLE "pledge_target" DROP CONSTRAINT "FK_2bde2b146c54cfbd211c63ec4ad"`);
    await db.query(`ALTER TABLE "placement" DROP CONSTRAINT "FK_92da0ffc23e7a7a6bafd53057b4"`);
    await db.query(`ALTER TABLE "placement" DROP CONSTRAINT "FK_540aa39890a3c66648feec97a16"`);
    await db.query(`ALTER TABLE "placement" DROP CONSTRAINT "FK_f97c4e30e5ebc0b63f2e83e1274"`);
    await db.query(`ALTER TABLE "placement" DROP CONSTRAINT "FK_f031830f922626f028e1b19ea8f"`);
    await db.query(`ALTER TABLE "job_offer" DROP CONSTRAINT "FK_a576e8da4e2a1280a4c5b8fb736"`);
    await db.query(`ALTER TABLE "employer_profile" DROP CONSTRAINT "FK_ad366db1072476dffb143de475c"`);
    await db.query(`ALTER TABLE "document_file" DROP CONSTRAINT "FK_451c4ffa00abea5f7e548c91038"`);
    await db.query(`ALTER TABLE "committee_member" DROP CONSTRAINT "FK_540f0dbbc5d601ef9f94bf0588f"`);
    await db.query(`ALTER TABLE "committee_member" DROP CONSTRAINT "FK_55284b32094773132273e6656ef"`);
    await db.query(`ALTER TABLE "steering_committee" DROP CONSTRAINT "FK_d6b8805efeaef870311ea110476"`);
    await db.query(`ALTER TABLE "steering_committee" DROP CONSTRAINT "FK_e099fa41e3dd586de250bd95995"`);
    await db.query(`ALTER TABLE "steering_committee" DROP CONSTRAINT "FK_e5ad0c878a068b84d4fa6a3f28a"`);
    await db.query(`ALTER TABLE "steering_committee" DROP CONSTRAINT "FK_d817d028acd9fd9fffae397dcd3"`);
    await db.query(`ALTER TABLE "document" DROP CONSTRAINT "FK_234d89d46d7812fd9cf363f5fc9"`);
    await db.query(`ALTER TABLE "document" DROP CONSTRAINT "FK_e733d96dde2578758b71bbd9c21"`);
    await db.query(`ALTER TABLE "document" DROP CONSTRAINT "FK_f5de0b111aadf521ccd74e13950"`);
    await db.query(`ALTER TABLE "document" DROP CONSTRAINT "FK_9ad949b64e05b5320dc60b7341e"`);
    await db.query(`ALTER TABLE "pledge" DROP CONSTRAINT "FK_68f524a5e45a131730a81199f77"`);
    await db.query(`ALTER TABLE "pledge" DROP CONSTRAINT "FK_b3d303ffc2c2506a0b15a81e2f3"`);
    await db.query(`ALTER TABLE "reintegration_model" DROP CONSTRAINT "FK_fae7bfb86f38fe80963f3dc1274"`);
    await db.query(`DROP INDEX "public"."IDX_f02f1f5f397f2ea3256e043fdf"`);
    await db.query(`DROP TABLE "pledge_signatory"`);
    await db.query(`DROP INDEX "public"."IDX_cf63dde9baa0f73fdef07c531b"`);
    await db.query(`DROP TABLE "pledge_review_item"`);
    await db.query(`DROP INDEX "public"."IDX_0cb50e870b8e7c7e4972dbc195"`);
    await db.query(`DROP TABLE "pledge_review"`);
    await db.query(`DROP TYPE "public"."review_kind"`);
    await db.query(`DROP INDEX "public"."IDX_2bde2b146c54cfbd211c63ec4a"`);
    await db.query(`DROP TABLE "pledge_target"`);
    await db.query(`DROP TYPE "public"."target_direction"`);
    await db.query(`DROP TYPE "public"."pledge_indicator"`);
    await db.query(`DROP TYPE "public"."target_kind"`);
    await db.query(`DROP INDEX "public"."IDX_c7f51df6e59ace468367f16505"`);
    await db.query(`DROP INDEX "public"."IDX_540aa39890a3c66648feec97a1"`);
    await db.query(`DROP TABLE "placement"`);
    await db.query(`DROP INDEX "public"."IDX_d6ff2715573d29495bc3658359"`);
    await db.query(`DROP TABLE "job_offer"`);
    await db.query(`DROP TYPE "public"."job_offer_status"`);
    await db.query(`DROP TABLE "employer_profile"`);
    await db.query(`DROP TABLE "document_file"`);
    await db.query(`DROP INDEX "public"."IDX_9696212283da5188a7eefa6840"`);
    await db.query(`DROP INDEX "public"."committee_member_one_open_head"`);
    await db.query(`DROP INDEX "public"."committee_member_one_open_standing_deputy"`);
    await db.query(`DROP TABLE "committee_member"`);
    await db.query(`DROP TYPE "public"."committee_role"`);
    await db.query(`DROP INDEX "public"."IDX_d817d028acd9fd9fffae397dcd"`);
    await db.query(`DROP INDEX "public"."IDX_e5ad0c878a068b84d4fa6a3f28"`);
    await db.query(`DROP TABLE "steering_committee"`);
    await db.query(`DROP INDEX "public"."IDX_cad0cb935a080929be1a4d3488"`);
    await db.query(`DROP INDEX "public"."IDX_f5de0b111aadf521ccd74e1395"`);
    await db.query(`DROP INDEX "public"."IDX_e733d96dde2578758b71bbd9c2"`);
    await db.query(`DROP INDEX "public"."IDX_234d89d46d7812fd9cf363f5fc"`);
    await db.query(`DROP TABLE "document"`);
    await db.query(`DROP TYPE "public"."document_kind"`);
    await db.query(`DROP INDEX "public"."IDX_0c47c4f77b7a7dcd2f1c6ae401"`);
    await db.query(`DROP INDEX "public"."IDX_68f524a5e45a131730a81199f7"`);
    await db.query(`DROP TABLE "pledge"`);
    await db.query(`DROP TYPE "public"."pledge_kind"`);
    await db.query(`DROP INDEX "public"."IDX_e32631549ea9e6566bb1fb2765"`);
    await db.query(`DROP TABLE "reintegration_model"`);
    await db.query(`DROP TYPE "public"."model_status"`);
  }
}
