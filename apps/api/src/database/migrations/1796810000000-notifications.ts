import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications: one outbox (`notification`, `notification_delivery`) written in the transaction of
 * the event, users' preferences, the administrator's channel settings, and the unit's overdue
 * escalation (working days, default 2).
 */
export class Notifications1796810000000 implements MigrationInterface {
  name = 'Notifications1796810000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE TYPE "public"."notification_kind" AS ENUM('TASK_ASSIGNED', 'TASK_DUE_TOMORROW', 'TASK_OVERDUE', 'TASK_ESCALATED', 'NO_CONTACT', 'NO_CONTACT_ESCALATED', 'RELEASE_NOTICE', 'EXPUNGEMENT_SOON', 'SYNC_STALE', 'DAILY_DIGEST')`,
    );
    await db.query(
      `CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recipient_id" uuid NOT NULL, "kind" "public"."notification_kind" NOT NULL, "count" integer NOT NULL DEFAULT '1', "text" text NOT NULL, "link" text NOT NULL, "dedupe_key" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`,
    );
    await db.query(`CREATE INDEX "IDX_d34aa77b1cb788d36b3f750794" ON "notification"  ("recipient_id", "created_at") `);
    await db.query(
      `CREATE UNIQUE INDEX "IDX_9f49ed8c60cbcdae35a10f387d" ON "notification"  ("recipient_id", "dedupe_key") `,
    );
    await db.query(`CREATE TYPE "public"."delivery_channel" AS ENUM('IN_APP', 'EMAIL', 'ZALO_ZNS', 'SMS')`);
    await db.query(
      `CREATE TABLE "notification_channel_setting" ("channel" "public"."delivery_channel" NOT NULL, "enabled" boolean NOT NULL DEFAULT false, "settings" jsonb NOT NULL DEFAULT '{}', "secret" text, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_aaab70b17d3f23590ccb747476b" PRIMARY KEY ("channel"))`,
    );
    await db.query(`CREATE TYPE "public"."delivery_status" AS ENUM('PENDING', 'SENT', 'DELIVERED', 'FAILED')`);
    await db.query(
      `CREATE TABLE "notification_delivery" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "notification_id" uuid NOT NULL, "recipient_id" uuid NOT NULL, "kind" "public"."notification_kind" NOT NULL, "channel" "public"."delivery_channel" NOT NULL, "status" "public"."delivery_status" NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE, "provider_message_id" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_109dea88c25343da49d86de6bfd" PRIMARY KEY ("id"))`,
    );
    await db.query(`CREATE INDEX "IDX_9c02ad73b9c6ed52cb99eede8f" ON "notification_delivery"  ("created_at") `);
    await db.query(`CREATE INDEX "IDX_aa84c67edc889840c6c945753f" ON "notification_delivery"  ("recipient_id") `);
    await db.query(`CREATE INDEX "IDX_2e70a64359ce7416b06a4d7a43" ON "notification_delivery"  ("notification_id") `);
    await db.query(
      `CREATE INDEX "IDX_2724cebe69c8528b4a7c1e5979" ON "notification_delivery"  ("status", "next_attempt_at") `,
    );
    await db.query(
      `CREATE TABLE "notification_preference" ("user_id" uuid NOT NULL, "muted_channels" "public"."delivery_channel" array NOT NULL DEFAULT '{}', "digest_hour" smallint NOT NULL DEFAULT '7', "quiet_start_hour" smallint NOT NULL DEFAULT '21', "quiet_end_hour" smallint NOT NULL DEFAULT '7', "email" text, "phone" text, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ff040d2d2e35c49b00525783829" PRIMARY KEY ("user_id"))`,
    );
    await db.query(`ALTER TABLE "administrative_unit" ADD "overdue_escalation_days" smallint NOT NULL DEFAULT '2'`);
    await db.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "FK_9830357f52360a126737d498e66" FOREIGN KEY ("recipient_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "notification_delivery" ADD CONSTRAINT "FK_2e70a64359ce7416b06a4d7a432" FOREIGN KEY ("notification_id") REFERENCES "notification"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "notification_delivery" ADD CONSTRAINT "FK_aa84c67edc889840c6c945753f6" FOREIGN KEY ("recipient_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "notification_preference" ADD CONSTRAINT "FK_ff040d2d2e35c49b00525783829" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "notification_preference" DROP CONSTRAINT "FK_ff040d2d2e35c49b00525783829"`);
    await db.query(`ALTER TABLE "notification_delivery" DROP CONSTRAINT "FK_aa84c67edc889840c6c945753f6"`);
    await db.query(`ALTER TABLE "notification_delivery" DROP CONSTRAINT "FK_2e70a64359ce7416b06a4d7a432"`);
    await db.query(`ALTER TABLE "notification" DROP CONSTRAINT "FK_9830357f52360a126737d498e66"`);
    await db.query(`ALTER TABLE "administrative_unit" DROP COLUMN "overdue_escalation_days"`);
    await db.query(`DROP TABLE "notification_preference"`);
    await db.query(`DROP INDEX "public"."IDX_2724cebe69c8528b4a7c1e5979"`);
    await db.query(`DROP INDEX "public"."IDX_2e70a64359ce7416b06a4d7a43"`);
    await db.query(`DROP INDEX "public"."IDX_aa84c67edc889840c6c945753f"`);
    await db.query(`DROP INDEX "public"."IDX_9c02ad73b9c6ed52cb99eede8f"`);
    await db.query(`DROP TABLE "notification_delivery"`);
    await db.query(`DROP TABLE "notification_channel_setting"`);
    await db.query(`DROP INDEX "public"."IDX_9f49ed8c60cbcdae35a10f387d"`);
    await db.query(`DROP INDEX "public"."IDX_d34aa77b1cb788d36b3f750794"`);
    await db.query(`DROP TABLE "notification"`);
    await db.query(`DROP TYPE "public"."delivery_status"`);
    await db.query(`DROP TYPE "public"."delivery_channel"`);
    await db.query(`DROP TYPE "public"."notification_kind"`);
  }
}
