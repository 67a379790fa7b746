import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Casework1795948634293 implements MigrationInterface {
  name = 'Casework1795948634293';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX "public"."IDX_ef91c3f080ab1ce54fe27c89fc"`);
    await db.query(
      `CREATE TABLE "audit_event" ("id" BIGSERIAL NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "actor_role" "public"."role", "action" text NOT NULL, "object_type" text NOT NULL, "object_id" uuid, "returnee_id" uuid, "fields" text array NOT NULL DEFAULT '{}', "request_id" uuid, CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))`,
    );
    await db.query(`CREATE INDEX "IDX_cec2522715af382d0f97f663ba" ON "audit_event"  ("actor_id", "occurred_at") `);
    await db.query(`CREATE INDEX "IDX_2b1247a4c038ba5e8c06da25d7" ON "audit_event"  ("returnee_id", "occurred_at") `);
    await db.query(`CREATE TYPE "public"."helper_role" AS ENUM('PRIMARY', 'SUPPORTING')`);
    await db.query(
      `CREATE TABLE "helper_assignment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "returnee_id" uuid NOT NULL, "helper_name" text NOT NULL, "organisation_id" uuid NOT NULL, "helper_user_id" uuid, "helper_phone" text, "role" "public"."helper_role" NOT NULL, "started_on" date NOT NULL, "ended_on" date, "end_reason" text, CONSTRAINT "PK_97e5aeede3c11a413de00b124b3" PRIMARY KEY ("id"))`,
    );
    await db.query(`CREATE INDEX "IDX_4345644dfcacf41a3333c31bca" ON "helper_assignment"  ("helper_user_id") `);
    await db.query(
      `CREATE INDEX "IDX_fb3b711abce40e7417fc3e8873" ON "helper_assignment"  ("returnee_id", "started_on") `,
    );
    await db.query(`CREATE TYPE "public"."contact_channel" AS ENUM('HOME_VISIT', 'OFFICE', 'PHONE', 'MESSAGE')`);
    await db.query(
      `CREATE TABLE "contact" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "returnee_id" uuid NOT NULL, "helper_assignment_id" uuid, "contacted_on" date NOT NULL, "channel" "public"."contact_channel" NOT NULL, "recorded_by_id" uuid NOT NULL, "notes" text, "next_action" text, CONSTRAINT "PK_2cbbe00f59ab6b3bb5b8d19f989" PRIMARY KEY ("id"))`,
    );
    await db.query(
      `CREATE INDEX "IDX_4c63ed7657a3bc41fbfb559f1a" ON "contact"  ("helper_assignment_id", "contacted_on") `,
    );
    await db.query(`CREATE INDEX "IDX_3aaa534ae97aebb9a6de931da3" ON "contact"  ("returnee_id", "contacted_on") `);
    await db.query(
      `CREATE TYPE "public"."incident_kind" AS ENUM('ADMINISTRATIVE_VIOLATION', 'NEW_OFFENCE', 'DETAINED', 'COMPULSORY_REHAB')`,
    );
    await db.query(
      `CREATE TABLE "incident" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "returnee_id" uuid NOT NULL, "kind" "public"."incident_kind" NOT NULL, "occurred_on" date NOT NULL, "note" text, CONSTRAINT "PK_5f90b28b0b8238d89ee8edcf96e" PRIMARY KEY ("id"))`,
    );
    await db.query(`CREATE INDEX "IDX_44e864d77363a555576bfdb3f9" ON "incident"  ("returnee_id", "occurred_on") `);
    await db.query(
      `CREATE TABLE "case_transfer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "returnee_id" uuid NOT NULL, "from_unit_id" uuid NOT NULL, "to_unit_id" uuid NOT NULL, "transferred_on" date NOT NULL, "reason" text, CONSTRAINT "PK_094a440ba583aa548c557488b24" PRIMARY KEY ("id"))`,
    );
    await db.query(
      `CREATE INDEX "IDX_5d4f5798495749564e6f0b0e0e" ON "case_transfer"  ("returnee_id", "transferred_on") `,
    );
    await db.query(`CREATE TYPE "public"."classification_group" AS ENUM('A', 'B', 'C', 'D')`);
    await db.query(
      `CREATE TABLE "classification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "returnee_id" uuid NOT NULL, "period_start" date NOT NULL, "period_end" date, "group" "public"."classification_group" NOT NULL, "reasons" text array NOT NULL DEFAULT '{}', "assessor_id" uuid NOT NULL, CONSTRAINT "PK_1dc9176492b73104aa3d19ccff4" PRIMARY KEY ("id"))`,
    );
    await db.query(
      `CREATE INDEX "IDX_6580db26ab81312f5cd5da9492" ON "classification"  ("returnee_id", "period_start") `,
    );
    await db.query(
      `CREATE TYPE "public"."obligation_kind" AS ENUM('COURT_FEE', 'FINE', 'COMPENSATION', 'CONFISCATION')`,
    );
    await db.query(
      `CREATE TABLE "obligation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "conviction_id" uuid NOT NULL, "kind" "public"."obligation_kind" NOT NULL, "amount_vnd" bigint NOT NULL, "settled_on" date, CONSTRAINT "PK_3a70be17386980c9fec1df4d25d" PRIMARY KEY ("id"))`,
    );
    await db.query(`CREATE INDEX "IDX_87f86cf5df26435d3fdd1b0b9b" ON "obligation"  ("conviction_id") `);
    await db.query(
      `CREATE TABLE "reception" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "returnee_id" uuid NOT NULL, "received_on" date NOT NULL, "officer_id" uuid NOT NULL, "meeting_record_number" text, "pledge_signed" boolean NOT NULL DEFAULT false, "information_sheet_done" boolean NOT NULL DEFAULT false, "needs" text array NOT NULL DEFAULT '{}', CONSTRAINT "PK_68005a51f6e37ca7a0e5c305471" PRIMARY KEY ("id"))`,
    );
    await db.query(`CREATE INDEX "IDX_a4fe946f2d747de72fb72de5e6" ON "reception"  ("returnee_id") `);
    await db.query(`CREATE TYPE "public"."address_verification" AS ENUM('CONFIRMED', 'WRONG_ADDRESS')`);
    await db.query(
      `CREATE TABLE "release_notice" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "returnee_id" uuid NOT NULL, "received_on" date NOT NULL, "prison" text NOT NULL, "expected_release_on" date, "stated_address" text NOT NULL, "verification_due_on" date NOT NULL, "verified_on" date, "verification_result" "public"."address_verification", CONSTRAINT "PK_40362bb0e821562eaa167a5a63d" PRIMARY KEY ("id"))`,
    );
    await db.query(`CREATE INDEX "IDX_941925277a1d86c96cd2d9c152" ON "release_notice"  ("returnee_id") `);
    await db.query(
      `CREATE TYPE "public"."supplementary_penalty_kind" AS ENUM('PROBATIONARY_SUPERVISION', 'RESIDENCE_BAN', 'POSITION_OR_PROFESSION_BAN', 'DEPRIVATION_OF_CIVIC_RIGHTS', 'FINE')`,
    );
    await db.query(
      `CREATE TABLE "supplementary_penalty" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "conviction_id" uuid NOT NULL, "kind" "public"."supplementary_penalty_kind" NOT NULL, "starts_on" date NOT NULL, "ends_on" date, CONSTRAINT "PK_8428000ce273980d10097c56576" PRIMARY KEY ("id"))`,
    );
    await db.query(`CREATE INDEX "IDX_f133b89cba5100f40195097db6" ON "supplementary_penalty"  ("conviction_id") `);
    await db.query(
      `CREATE TYPE "public"."support_type" AS ENUM('COUNSELLING', 'LEGAL_AID', 'RESIDENCE_REGISTRATION', 'ID_PAPERS', 'VOCATIONAL_TRAINING', 'JOB_PLACEMENT', 'SOCIAL_POLICY_LOAN', 'HARDSHIP_AID', 'GIFT', 'OTHER')`,
    );
    await db.query(
      `CREATE TYPE "public"."funding_source" AS ENUM('STATE_BUDGET', 'REINTEGRATION_FUND', 'DONATION', 'OTHER')`,
    );
    await db.query(`CREATE TYPE "public"."support_status" AS ENUM('PROPOSED', 'IN_PROGRESS', 'DONE', 'DECLINED')`);
    await db.query(
      `CREATE TABLE "support" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "returnee_id" uuid NOT NULL, "type" "public"."support_type" NOT NULL, "provider_organisation_id" uuid, "provider_name" text, "amount_vnd" bigint, "funding_source" "public"."funding_source", "status" "public"."support_status" NOT NULL DEFAULT 'PROPOSED', "started_on" date NOT NULL, "completed_on" date, "outcome" text, CONSTRAINT "support_amount_not_negative" CHECK ("amount_vnd" IS NULL OR "amount_vnd" >= 0), CONSTRAINT "PK_54c6021e6f6912eaaee36b3045d" PRIMARY KEY ("id"))`,
    );
    await db.query(`CREATE INDEX "IDX_03eb197072a951143677ef44d5" ON "support"  ("returnee_id", "started_on") `);
    await db.query(`CREATE TYPE "public"."holiday_kind" AS ENUM('DAY_OFF', 'WORKING_DAY')`);
    await db.query(
      `CREATE TABLE "holiday" ("day" date NOT NULL, "kind" "public"."holiday_kind" NOT NULL, "name" text NOT NULL, CONSTRAINT "PK_69a30a3d801b624a1e6845468ac" PRIMARY KEY ("day"))`,
    );
    await db.query(
      `CREATE TYPE "public"."task_kind" AS ENUM('ADDRESS_VERIFICATION', 'PAROLE_ASSESSMENT', 'REPORT_IN_OVERDUE', 'EXPUNGEMENT_ELIGIBILITY', 'NO_CONTACT', 'MANUAL')`,
    );
    await db.query(
      `CREATE TABLE "task" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "unit_id" uuid NOT NULL, "returnee_id" uuid, "kind" "public"."task_kind" NOT NULL, "title" text NOT NULL, "due_on" date NOT NULL, "owner_id" uuid, "rule_key" text, "completed_at" TIMESTAMP WITH TIME ZONE, "completed_by_id" uuid, "note" text, CONSTRAINT "PK_fb213f79ee45060ba925ecd576e" PRIMARY KEY ("id"))`,
    );
    await db.query(
      `CREATE UNIQUE INDEX "IDX_fe785e3746f1c0103ad579d13c" ON "task"  ("rule_key") WHERE rule_key IS NOT NULL`,
    );
    await db.query(`CREATE INDEX "IDX_bf88f7e2ce2e3ce5f128659a25" ON "task"  ("owner_id", "due_on") `);
    await db.query(`CREATE INDEX "IDX_5165c319e50225ccff1233ab9b" ON "task"  ("unit_id", "due_on") `);
    await db.query(`ALTER TABLE "administrative_unit" ADD "no_contact_days" smallint NOT NULL DEFAULT '30'`);
    await db.query(`ALTER TABLE "administrative_unit" ADD "report_in_days" smallint NOT NULL DEFAULT '10'`);
    await db.query(
      `CREATE TYPE "public"."case_status" AS ENUM('NOTIFIED', 'AWAITING_REPORT', 'RECEIVED', 'ON_PROBATION', 'UNDER_SUPPORT', 'ELIGIBLE_FOR_EXPUNGEMENT', 'CLOSED')`,
    );
    await db.query(`ALTER TABLE "returnee" ADD "status" "public"."case_status" NOT NULL DEFAULT 'NOTIFIED'`);
    await db.query(`ALTER TABLE "returnee" ADD "family_contacts" jsonb NOT NULL DEFAULT '[]'`);
    await db.query(`ALTER TABLE "case_closure" ADD "incident_id" uuid`);
    await db.query(`ALTER TABLE "case_closure" ADD "note" text`);
    await db.query(`ALTER TABLE "case_closure" ADD "reopened_on" date`);
    await db.query(`ALTER TABLE "case_closure" ADD "reopen_reason" text`);
    await db.query(`ALTER TABLE "employment_period" ADD "verified_on" date`);
    await db.query(`ALTER TABLE "returnee" ALTER COLUMN "returned_on" DROP NOT NULL`);
    // Cases recorded before the lifecycle existed: closed if they have a closure, in support otherwise.
    await db.query(
      `UPDATE "returnee" r SET "status" = CASE WHEN EXISTS (SELECT 1 FROM "case_closure" c WHERE c."returnee_id" = r."id") THEN 'CLOSED'::"public"."case_status" ELSE 'UNDER_SUPPORT'::"public"."case_status" END`,
    );
    // Substring search on diacritic-free names ("nguyen van" finds "Nguyễn Văn").
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await db.query(`CREATE INDEX "returnee_search_name_trgm" ON "returnee" USING gin ("search_name" gin_trgm_ops)`);
    await db.query(`CREATE INDEX "IDX_b3598a810efd056adb3ef3569b" ON "returnee"  ("unit_id", "search_name", "id") `);
    await db.query(`CREATE INDEX "IDX_4fdb75795da15019997862ee60" ON "returnee"  ("unit_id", "returned_on", "id") `);
    await db.query(
      `ALTER TABLE "helper_assignment" ADD CONSTRAINT "FK_a651e01608fa7d3fd4c4a348c67" FOREIGN KEY ("returnee_id") REFERENCES "returnee"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "helper_assignment" ADD CONSTRAINT "FK_41f8f49dbf230a35744f3ad70af" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "helper_assignment" ADD CONSTRAINT "FK_4345644dfcacf41a3333c31bca2" FOREIGN KEY ("helper_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "contact" ADD CONSTRAINT "FK_35a9743dab5d5807df700c785cf" FOREIGN KEY ("returnee_id") REFERENCES "returnee"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "contact" ADD CONSTRAINT "FK_25ce72130706250ef0018f01d9a" FOREIGN KEY ("helper_assignment_id") REFERENCES "helper_assignment"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "contact" ADD CONSTRAINT "FK_0af8a0f03b6371ee1669674c1e4" FOREIGN KEY ("recorded_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "incident" ADD CONSTRAINT "FK_3576d29c81ac5e67be7dc158839" FOREIGN KEY ("returnee_id") REFERENCES "returnee"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "case_closure" ADD CONSTRAINT "FK_86fb08bbf2fb202dcd9fe03e3f2" FOREIGN KEY ("incident_id") REFERENCES "incident"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "case_transfer" ADD CONSTRAINT "FK_a3cc60efdb78fe08d61c1139a59" FOREIGN KEY ("returnee_id") REFERENCES "returnee"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "case_transfer" ADD CONSTRAINT "FK_41423cef58f84d987628166e0cd" FOREIGN KEY ("from_unit_id") REFERENCES "administrative_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "case_transfer" ADD CONSTRAINT "FK_088c8916eca3241bc768b9b3367" FOREIGN KEY ("to_unit_id") REFERENCES "administrative_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "classification" ADD CONSTRAINT "FK_f6be32cb77425c47731d9dc71dd" FOREIGN KEY ("returnee_id") REFERENCES "returnee"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "classification" ADD CONSTRAINT "FK_3424edae3d5703c42e35b624c06" FOREIGN KEY ("assessor_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "obligation" ADD CONSTRAINT "FK_87f86cf5df26435d3fdd1b0b9b2" FOREIGN KEY ("conviction_id") REFERENCES "conviction"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "reception" ADD CONSTRAINT "FK_a4fe946f2d747de72fb72de5e61" FOREIGN KEY ("returnee_id") REFERENCES "returnee"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "reception" ADD CONSTRAINT "FK_e7b5d4d8860ab516ad31f47037e" FOREIGN KEY ("officer_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "release_notice" ADD CONSTRAINT "FK_941925277a1d86c96cd2d9c1521" FOREIGN KEY ("returnee_id") REFERENCES "returnee"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "supplementary_penalty" ADD CONSTRAINT "FK_f133b89cba5100f40195097db68" FOREIGN KEY ("conviction_id") REFERENCES "conviction"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "support" ADD CONSTRAINT "FK_40943b0a68cd95799ddc476a955" FOREIGN KEY ("returnee_id") REFERENCES "returnee"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "support" ADD CONSTRAINT "FK_7068522825309f8cf4395af6918" FOREIGN KEY ("provider_organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "task" ADD CONSTRAINT "FK_f9f02d4d4f4513004c98bed22a5" FOREIGN KEY ("unit_id") REFERENCES "administrative_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "task" ADD CONSTRAINT "FK_695440cdcee67cb982f5988209a" FOREIGN KEY ("returnee_id") REFERENCES "returnee"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "task" ADD CONSTRAINT "FK_cde1069d3c3c483430e8fed5306" FOREIGN KEY ("owner_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "task" ADD CONSTRAINT "FK_bb5bfa35b14ed8aeaabf7cf07b6" FOREIGN KEY ("completed_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX "returnee_search_name_trgm"`);
    await db.query(`ALTER TABLE "task" DROP CONSTRAINT "FK_bb5bfa35b14ed8aeaabf7cf07b6"`);
    await db.query(`ALTER TABLE "task" DROP CONSTRAINT "FK_cde1069d3c3c483430e8fed5306"`);
    await db.query(`ALTER TABLE "task" DROP CONSTRAINT "FK_695440cdcee67cb982f5988209a"`);
    await db.query(`ALTER TABLE "task" DROP CONSTRAINT "FK_f9f02d4d4f4513004c98bed22a5"`);
    await db.query(`ALTER TABLE "support" DROP CONSTRAINT "FK_7068522825309f8cf4395af6918"`);
    await db.query(`ALTER TABLE "support" DROP CONSTRAINT "FK_40943b0a68cd95799ddc476a955"`);
    await db.query(`ALTER TABLE "supplementary_penalty" DROP CONSTRAINT "FK_f133b89cba5100f40195097db68"`);
    await db.query(`ALTER TABLE "release_notice" DROP CONSTRAINT "FK_941925277a1d86c96cd2d9c1521"`);
    await db.query(`ALTER TABLE "reception" DROP CONSTRAINT "FK_e7b5d4d8860ab516ad31f47037e"`);
    await db.query(`ALTER TABLE "reception" DROP CONSTRAINT "FK_a4fe946f2d747de72fb72de5e61"`);
    await db.query(`ALTER TABLE "obligation" DROP CONSTRAINT "FK_87f86cf5df26435d3fdd1b0b9b2"`);
    await db.query(`ALTER TABLE "classification" DROP CONSTRAINT "FK_3424edae3d5703c42e35b624c06"`);
    await db.query(`ALTER TABLE "classification" DROP CONSTRAINT "FK_f6be32cb77425c47731d9dc71dd"`);
    await db.query(`ALTER TABLE "case_transfer" DROP CONSTRAINT "FK_088c8916eca3241bc768b9b3367"`);
    await db.query(`ALTER TABLE "case_transfer" DROP CONSTRAINT "FK_41423cef58f84d987628166e0cd"`);
    await db.query(`ALTER TABLE "case_transfer" DROP CONSTRAINT "FK_a3cc60efdb78fe08d61c1139a59"`);
    await db.query(`ALTER TABLE "case_closure" DROP CONSTRAINT "FK_86fb08bbf2fb202dcd9fe03e3f2"`);
    await db.query(`ALTER TABLE "incident" DROP CONSTRAINT "FK_3576d29c81ac5e67be7dc158839"`);
    await db.query(`ALTER TABLE "contact" DROP CONSTRAINT "FK_0af8a0f03b6371ee1669674c1e4"`);
    await db.query(`ALTER TABLE "contact" DROP CONSTRAINT "FK_25ce72130706250ef0018f01d9a"`);
    await db.query(`ALTER TABLE "contact" DROP CONSTRAINT "FK_35a9743dab5d5807df700c785cf"`);
    await db.query(`ALTER TABLE "helper_assignment" DROP CONSTRAINT "FK_4345644dfcacf41a3333c31bca2"`);
    await db.query(`ALTER TABLE "helper_assignment" DROP CONSTRAINT "FK_41f8f49dbf230a35744f3ad70af"`);
    await db.query(`ALTER TABLE "helper_assignment" DROP CONSTRAINT "FK_a651e01608fa7d3fd4c4a348c67"`);
    await db.query(`DROP INDEX "public"."IDX_4fdb75795da15019997862ee60"`);
    await db.query(`DROP INDEX "public"."IDX_b3598a810efd056adb3ef3569b"`);
    await db.query(`ALTER TABLE "returnee" ALTER COLUMN "returned_on" SET NOT NULL`);
    await db.query(`ALTER TABLE "employment_period" DROP COLUMN "verified_on"`);
    await db.query(`ALTER TABLE "case_closure" DROP COLUMN "reopen_reason"`);
    await db.query(`ALTER TABLE "case_closure" DROP COLUMN "reopened_on"`);
    await db.query(`ALTER TABLE "case_closure" DROP COLUMN "note"`);
    await db.query(`ALTER TABLE "case_closure" DROP COLUMN "incident_id"`);
    await db.query(`ALTER TABLE "returnee" DROP COLUMN "family_contacts"`);
    await db.query(`ALTER TABLE "returnee" DROP COLUMN "status"`);
    await db.query(`DROP TYPE "public"."case_status"`);
    await db.query(`ALTER TABLE "administrative_unit" DROP COLUMN "report_in_days"`);
    await db.query(`ALTER TABLE "administrative_unit" DROP COLUMN "no_contact_days"`);
    await db.query(`DROP INDEX "public"."IDX_5165c319e50225ccff1233ab9b"`);
    await db.query(`DROP INDEX "public"."IDX_bf88f7e2ce2e3ce5f128659a25"`);
    await db.query(`DROP INDEX "public"."IDX_fe785e3746f1c0103ad579d13c"`);
    await db.query(`DROP TABLE "task"`);
    await db.query(`DROP TYPE "public"."task_kind"`);
    await db.query(`DROP TABLE "holiday"`);
    await db.query(`DROP TYPE "public"."holiday_kind"`);
    await db.query(`DROP INDEX "public"."IDX_03eb197072a951143677ef44d5"`);
    await db.query(`DROP TABLE "support"`);
    await db.query(`DROP TYPE "public"."support_status"`);
    await db.query(`DROP TYPE "public"."funding_source"`);
    await db.query(`DROP TYPE "public"."support_type"`);
    await db.query(`DROP INDEX "public"."IDX_f133b89cba5100f40195097db6"`);
    await db.query(`DROP TABLE "supplementary_penalty"`);
    await db.query(`DROP TYPE "public"."supplementary_penalty_kind"`);
    await db.query(`DROP INDEX "public"."IDX_941925277a1d86c96cd2d9c152"`);
    await db.query(`DROP TABLE "release_notice"`);
    await db.query(`DROP TYPE "public"."address_verification"`);
    await db.query(`DROP INDEX "public"."IDX_a4fe946f2d747de72fb72de5e6"`);
    await db.query(`DROP TABLE "reception"`);
    await db.query(`DROP INDEX "public"."IDX_87f86cf5df26435d3fdd1b0b9b"`);
    await db.query(`DROP TABLE "obligation"`);
    await db.query(`DROP TYPE "public"."obligation_kind"`);
    await db.query(`DROP INDEX "public"."IDX_6580db26ab81312f5cd5da9492"`);
    await db.query(`DROP TABLE "classification"`);
    await db.query(`DROP TYPE "public"."classification_group"`);
    await db.query(`DROP INDEX "public"."IDX_5d4f5798495749564e6f0b0e0e"`);
    await db.query(`DROP TABLE "case_transfer"`);
    await db.query(`DROP INDEX "public"."IDX_44e864d77363a555576bfdb3f9"`);
    await db.query(`DROP TABLE "incident"`);
    await db.query(`DROP TYPE "public"."incident_kind"`);
    await db.query(`DROP INDEX "public"."IDX_3aaa534ae97aebb9a6de931da3"`);
    await db.query(`DROP INDEX "public"."IDX_4c63ed7657a3bc41fbfb559f1a"`);
    await db.query(`DROP TABLE "contact"`);
    await db.query(`DROP TYPE "public"."contact_channel"`);
    await db.query(`DROP INDEX "public"."IDX_fb3b711abce40e7417fc3e8873"`);
    await db.query(`DROP INDEX "public"."IDX_4345644dfcacf41a3333c31bca"`);
    await db.query(`DROP TABLE "helper_assignment"`);
    await db.query(`DROP TYPE "public"."helper_role"`);
    await db.query(`DROP INDEX "public"."IDX_2b1247a4c038ba5e8c06da25d7"`);
    await db.query(`DROP INDEX "public"."IDX_cec2522715af382d0f97f663ba"`);
    await db.query(`DROP TABLE "audit_event"`);
    await db.query(
      `CREATE INDEX "IDX_ef91c3f080ab1ce54fe27c89fc" ON "returnee" USING btree ("unit_id", "returned_on") `,
    );
  }
}
