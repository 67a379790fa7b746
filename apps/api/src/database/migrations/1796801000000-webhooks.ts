import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Departments' webhooks: endpoints under data-sharing agreements, one delivery per event and
 * endpoint (unique, so a dispatch never sends an event twice), and each attempt's log row.
 */
export class Webhooks1796801000000 implements MigrationInterface {
  name = 'Webhooks1796801000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TYPE "public"."webhook_endpoint_status" AS ENUM('ENABLED', 'DISABLED')`);
    await db.query(`CREATE TYPE "public"."webhook_disabled_reason" AS ENUM('MANUAL', 'GONE', 'FAILURES')`);
    await db.query(
      `CREATE TABLE "webhook_endpoint" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "agreement_id" uuid NOT NULL, "url" text NOT NULL, "event_types" text array NOT NULL, "status" "public"."webhook_endpoint_status" NOT NULL, "disabled_reason" "public"."webhook_disabled_reason", "consecutive_failures" integer NOT NULL DEFAULT '0', "secret" text NOT NULL, "previous_secret" text, "previous_secret_expires_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6c98112122b2b8a4f3984d2efa8" PRIMARY KEY ("id"))`,
    );
    await db.query(`CREATE INDEX "IDX_df85ad3193f0f1f76c60b7438e" ON "webhook_endpoint"  ("agreement_id") `);
    await db.query(`CREATE TYPE "public"."webhook_delivery_status" AS ENUM('PENDING', 'SUCCEEDED', 'FAILED')`);
    await db.query(
      `CREATE TABLE "webhook_delivery" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "endpoint_id" uuid NOT NULL, "event_id" uuid, "event_type" text NOT NULL, "subject_id" uuid NOT NULL, "unit_code" text NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status" "public"."webhook_delivery_status" NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "last_status_code" integer, "last_error" text, "next_attempt_at" TIMESTAMP WITH TIME ZONE, "delivered_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b1ae290239a778f12399db91354" PRIMARY KEY ("id"))`,
    );
    await db.query(
      `CREATE INDEX "IDX_webhook_delivery_due" ON "webhook_delivery"  ("next_attempt_at") WHERE status = 'PENDING'`,
    );
    await db.query(
      `CREATE INDEX "IDX_e5d8cd6dd4dea3a47de2166f10" ON "webhook_delivery"  ("endpoint_id", "created_at") `,
    );
    await db.query(
      `CREATE UNIQUE INDEX "IDX_9ed7554dd88c137ab0eab5c7f0" ON "webhook_delivery"  ("endpoint_id", "event_id") `,
    );
    await db.query(
      `CREATE TABLE "webhook_attempt" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "delivery_id" uuid NOT NULL, "attempted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "status_code" integer, "duration_ms" integer NOT NULL, "error" text, CONSTRAINT "PK_e4ff77b66cdd20591ba6189a1f9" PRIMARY KEY ("id"))`,
    );
    await db.query(
      `CREATE INDEX "IDX_de8887b06ae07819e7a23c0350" ON "webhook_attempt"  ("delivery_id", "attempted_at") `,
    );
    await db.query(
      `ALTER TABLE "webhook_endpoint" ADD CONSTRAINT "FK_df85ad3193f0f1f76c60b7438e7" FOREIGN KEY ("agreement_id") REFERENCES "data_sharing_agreement"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "webhook_delivery" ADD CONSTRAINT "FK_f53f5aec02217a54927b13e39d9" FOREIGN KEY ("endpoint_id") REFERENCES "webhook_endpoint"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "webhook_attempt" ADD CONSTRAINT "FK_d7ed48c4841159bfd6bdee166ea" FOREIGN KEY ("delivery_id") REFERENCES "webhook_delivery"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "webhook_attempt" DROP CONSTRAINT "FK_d7ed48c4841159bfd6bdee166ea"`);
    await db.query(`ALTER TABLE "webhook_delivery" DROP CONSTRAINT "FK_f53f5aec02217a54927b13e39d9"`);
    await db.query(`ALTER TABLE "webhook_endpoint" DROP CONSTRAINT "FK_df85ad3193f0f1f76c60b7438e7"`);
    await db.query(`DROP INDEX "public"."IDX_de8887b06ae07819e7a23c0350"`);
    await db.query(`DROP TABLE "webhook_attempt"`);
    await db.query(`DROP INDEX "public"."IDX_9ed7554dd88c137ab0eab5c7f0"`);
    await db.query(`DROP INDEX "public"."IDX_e5d8cd6dd4dea3a47de2166f10"`);
    await db.query(`DROP INDEX "public"."IDX_webhook_delivery_due"`);
    await db.query(`DROP TABLE "webhook_delivery"`);
    await db.query(`DROP TYPE "public"."webhook_delivery_status"`);
    await db.query(`DROP INDEX "public"."IDX_df85ad3193f0f1f76c60b7438e"`);
    await db.query(`DROP TABLE "webhook_endpoint"`);
    await db.query(`DROP TYPE "public"."webhook_disabled_reason"`);
    await db.query(`DROP TYPE "public"."webhook_endpoint_status"`);
  }
}
