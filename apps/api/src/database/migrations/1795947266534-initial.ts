import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795947266534 implements MigrationInterface {
  name = 'Initial1795947266534';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TYPE "public"."unit_level" AS ENUM('PROVINCE', 'DISTRICT', 'WARD', 'COMMUNE')`);
    await db.query(
      `CREATE TABLE "administrative_unit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "name" text NOT NULL, "level" "public"."unit_level" NOT NULL, "parent_id" uuid, "valid_from" date, "valid_to" date, "successor_id" uuid, "note" text, CONSTRAINT "PK_b51e6902d8f65da24c6fbd9e672" PRIMARY KEY ("id"))`,
    );
    await db.query(`CREATE UNIQUE INDEX "IDX_c0b4fe52dc5d1db34aaf0cb56b" ON "administrative_unit"  ("code") `);
    await db.query(
      `CREATE TYPE "public"."organisation_kind" AS ENUM('POLICE', 'PEOPLES_COMMITTEE', 'FATHERLAND_FRONT', 'WOMENS_UNION', 'YOUTH_UNION', 'VETERANS_ASSOCIATION', 'FARMERS_ASSOCIATION', 'RESIDENTIAL_GROUP', 'EMPLOYER', 'OTHER')`,
    );
    await db.query(
      `CREATE TABLE "organisation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "kind" "public"."organisation_kind" NOT NULL, "unit_id" uuid NOT NULL, CONSTRAINT "PK_c725ae234ef1b74cce43d2d00c1" PRIMARY KEY ("id"))`,
    );
    await db.query(`CREATE UNIQUE INDEX "IDX_f3ec120a72bf77e7cfa5294d4e" ON "organisation"  ("unit_id", "name") `);
    await db.query(
      `CREATE TYPE "public"."role" AS ENUM('ADMIN', 'OFFICER', 'COMMITTEE', 'HELPER', 'VIEWER', 'AUDITOR')`,
    );
    await db.query(
      `CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "display_name" text NOT NULL, "role" "public"."role" NOT NULL, "unit_id" uuid NOT NULL, "organisation_id" uuid, "password_hash" text NOT NULL, "disabled_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`,
    );
    await db.query(`CREATE UNIQUE INDEX "IDX_3fa909d0e37c531ebc23770339" ON "app_user"  ("email") `);
    await db.query(
      `CREATE TABLE "session" ("token_hash" text NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_a83507eb0338ac037780e02f2b9" PRIMARY KEY ("token_hash"))`,
    );
    await db.query(`CREATE INDEX "IDX_30e98e8746699fb9af235410af" ON "session"  ("user_id") `);
    await db.query(`CREATE INDEX "IDX_2223e981900a413ce4ce6386f9" ON "session"  ("expires_at") `);
    await db.query(`CREATE TYPE "public"."sex" AS ENUM('MALE', 'FEMALE')`);
    await db.query(
      `CREATE TABLE "returnee" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "unit_id" uuid NOT NULL, "full_name" text NOT NULL, "search_name" text NOT NULL, "other_names" text array NOT NULL DEFAULT '{}', "date_of_birth" date, "sex" "public"."sex", "citizen_id" character(12), "permanent_address" text, "current_address" text, "residential_group" text, "returned_on" date NOT NULL, CONSTRAINT "PK_833833961f58aa5732cd2108dc2" PRIMARY KEY ("id"))`,
    );
    await db.query(
      `CREATE UNIQUE INDEX "IDX_f6c84595cc3335fb4de1a3dafe" ON "returnee"  ("citizen_id") WHERE citizen_id IS NOT NULL`,
    );
    await db.query(`CREATE INDEX "IDX_ef91c3f080ab1ce54fe27c89fc" ON "returnee"  ("unit_id", "returned_on") `);
    await db.query(
      `CREATE TYPE "public"."closure_reason" AS ENUM('EXPUNGED', 'DECEASED', 'MOVED_AWAY', 'NEW_CONVICTION', 'OTHER')`,
    );
    await db.query(
      `CREATE TABLE "case_closure" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "returnee_id" uuid NOT NULL, "reason" "public"."closure_reason" NOT NULL, "closed_on" date NOT NULL, "proof_number" text, "proof_date" date, CONSTRAINT "PK_b068c80da78a2e6a709b9a8485c" PRIMARY KEY ("id"))`,
    );
    await db.query(`CREATE INDEX "IDX_7e2d120c2e1ae20e54509a1dfd" ON "case_closure"  ("returnee_id", "closed_on") `);
    await db.query(
      `CREATE TYPE "public"."offence_severity" AS ENUM('LESS_SERIOUS', 'SERIOUS', 'VERY_SERIOUS', 'ESPECIALLY_SERIOUS')`,
    );
    await db.query(
      `CREATE TYPE "public"."main_penalty" AS ENUM('WARNING', 'FINE', 'NON_CUSTODIAL_REFORM', 'SUSPENDED_SENTENCE', 'FIXED_TERM_IMPRISONMENT', 'LIFE_IMPRISONMENT', 'DEATH_COMMUTED')`,
    );
    await db.query(
      `CREATE TABLE "conviction" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "returnee_id" uuid NOT NULL, "court" text NOT NULL, "judgment_number" text NOT NULL, "judgment_date" date NOT NULL, "penal_code_article" text NOT NULL, "penal_code_chapter" smallint NOT NULL, "severity" "public"."offence_severity" NOT NULL, "intentional" boolean NOT NULL, "age_at_offence" smallint NOT NULL, "main_penalty" "public"."main_penalty" NOT NULL, "prison_months" smallint, "main_penalty_completed_on" date, CONSTRAINT "PK_e164dd7cddbc5c3e9aaea0bde86" PRIMARY KEY ("id"))`,
    );
    await db.query(`CREATE INDEX "IDX_d8221333cbc7e22284e4757a8a" ON "conviction"  ("returnee_id") `);
    await db.query(
      `CREATE TYPE "public"."employment_status" AS ENUM('STABLE', 'UNSTABLE', 'UNEMPLOYED', 'IN_TRAINING', 'UNABLE_TO_WORK')`,
    );
    await db.query(
      `CREATE TABLE "employment_period" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "returnee_id" uuid NOT NULL, "status" "public"."employment_status" NOT NULL, "employer_name" text, "started_on" date NOT NULL, "ended_on" date, "end_reason" text, CONSTRAINT "employment_period_dates" CHECK ("ended_on" IS NULL OR "ended_on" >= "started_on"), CONSTRAINT "PK_2c5e7ed8036621d7f7575a35d7e" PRIMARY KEY ("id"))`,
    );
    await db.query(
      `CREATE INDEX "IDX_769c35a0fec73090a48d154067" ON "employment_period"  ("returnee_id", "started_on") `,
    );
    await db.query(`CREATE TYPE "public"."release_type" AS ENUM('FULL_TERM', 'AMNESTY', 'PAROLE')`);
    await db.query(
      `CREATE TABLE "release" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "returnee_id" uuid NOT NULL, "type" "public"."release_type" NOT NULL, "certificate_number" text, "released_on" date NOT NULL, "prison" text NOT NULL, "probation_ends_on" date, CONSTRAINT "PK_1a2253436964eea9c558f9464f4" PRIMARY KEY ("id"))`,
    );
    await db.query(`CREATE INDEX "IDX_7895683b570bafaf58b90b35b5" ON "release"  ("returnee_id") `);
    await db.query(
      `ALTER TABLE "administrative_unit" ADD CONSTRAINT "FK_41adb91475f08a58f907023c660" FOREIGN KEY ("parent_id") REFERENCES "administrative_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "administrative_unit" ADD CONSTRAINT "FK_c0385fffddfdf10865b95c00121" FOREIGN KEY ("successor_id") REFERENCES "administrative_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "organisation" ADD CONSTRAINT "FK_3c393606f3916d8f42da36ea6ed" FOREIGN KEY ("unit_id") REFERENCES "administrative_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "FK_055c5291f4320e6e092162ae36c" FOREIGN KEY ("unit_id") REFERENCES "administrative_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "FK_6fa42e978fa7d7adc32736e26fd" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "session" ADD CONSTRAINT "FK_30e98e8746699fb9af235410aff" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "returnee" ADD CONSTRAINT "FK_c67fdd451e95279678cd85b930f" FOREIGN KEY ("unit_id") REFERENCES "administrative_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "case_closure" ADD CONSTRAINT "FK_1dc8a30c110ee9ca54407a87978" FOREIGN KEY ("returnee_id") REFERENCES "returnee"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "conviction" ADD CONSTRAINT "FK_d8221333cbc7e22284e4757a8a6" FOREIGN KEY ("returnee_id") REFERENCES "returnee"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "employment_period" ADD CONSTRAINT "FK_8c59f8678940d0de96db1f21919" FOREIGN KEY ("returnee_id") REFERENCES "returnee"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "release" ADD CONSTRAINT "FK_7895683b570bafaf58b90b35b5c" FOREIGN KEY ("returnee_id") REFERENCES "returnee"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "release" DROP CONSTRAINT "FK_7895683b570bafaf58b90b35b5c"`);
    await db.query(`ALTER TABLE "employment_period" DROP CONSTRAINT "FK_8c59f8678940d0de96db1f21919"`);
    await db.query(`ALTER TABLE "conviction" DROP CONSTRAINT "FK_d8221333cbc7e22284e4757a8a6"`);
    await db.query(`ALTER TABLE "case_closure" DROP CONSTRAINT "FK_1dc8a30c110ee9ca54407a87978"`);
    await db.query(`ALTER TABLE "returnee" DROP CONSTRAINT "FK_c67fdd451e95279678cd85b930f"`);
    await db.query(`ALTER TABLE "session" DROP CONSTRAINT "FK_30e98e8746699fb9af235410aff"`);
    await db.query(`ALTER TABLE "app_user" DROP CONSTRAINT "FK_6fa42e978fa7d7adc32736e26fd"`);
    await db.query(`ALTER TABLE "app_user" DROP CONSTRAINT "FK_055c5291f4320e6e092162ae36c"`);
    await db.query(`ALTER TABLE "organisation" DROP CONSTRAINT "FK_3c393606f3916d8f42da36ea6ed"`);
    await db.query(`ALTER TABLE "administrative_unit" DROP CONSTRAINT "FK_c0385fffddfdf10865b95c00121"`);
    await db.query(`ALTER TABLE "administrative_unit" DROP CONSTRAINT "FK_41adb91475f08a58f907023c660"`);
    await db.query(`DROP INDEX "public"."IDX_7895683b570bafaf58b90b35b5"`);
    await db.query(`DROP TABLE "release"`);
    await db.query(`DROP TYPE "public"."release_type"`);
    await db.query(`DROP INDEX "public"."IDX_769c35a0fec73090a48d154067"`);
    await db.query(`DROP TABLE "employment_period"`);
    await db.query(`DROP TYPE "public"."employment_status"`);
    await db.query(`DROP INDEX "public"."IDX_d8221333cbc7e22284e4757a8a"`);
    await db.query(`DROP TABLE "conviction"`);
    await db.query(`DROP TYPE "public"."main_penalty"`);
    await db.query(`DROP TYPE "public"."offence_severity"`);
    await db.query(`DROP INDEX "public"."IDX_7e2d120c2e1ae20e54509a1dfd"`);
    await db.query(`DROP TABLE "case_closure"`);
    await db.query(`DROP TYPE "public"."closure_reason"`);
    await db.query(`DROP INDEX "public"."IDX_ef91c3f080ab1ce54fe27c89fc"`);
    await db.query(`DROP INDEX "public"."IDX_f6c84595cc3335fb4de1a3dafe"`);
    await db.query(`DROP TABLE "returnee"`);
    await db.query(`DROP TYPE "public"."sex"`);
    await db.query(`DROP INDEX "public"."IDX_2223e981900a413ce4ce6386f9"`);
    await db.query(`DROP INDEX "public"."IDX_30e98e8746699fb9af235410af"`);
    await db.query(`DROP TABLE "session"`);
    await db.query(`DROP INDEX "public"."IDX_3fa909d0e37c531ebc23770339"`);
    await db.query(`DROP TABLE "app_user"`);
    await db.query(`DROP TYPE "public"."role"`);
    await db.query(`DROP INDEX "public"."IDX_f3ec120a72bf77e7cfa5294d4e"`);
    await db.query(`DROP TABLE "organisation"`);
    await db.query(`DROP TYPE "public"."organisation_kind"`);
    await db.query(`DROP INDEX "public"."IDX_c0b4fe52dc5d1db34aaf0cb56b"`);
    await db.query(`DROP TABLE "administrative_unit"`);
    await db.query(`DROP TYPE "public"."unit_level"`);
  }
}
