import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Zalo ZNS delivery receipts: the official account's secret key that signs them, and when a message reached the phone. */

export class ZnsReceipts1796890000000 implements MigrationInterface {
  name = 'ZnsReceipts1796890000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "notification_channel_setting" ADD "receipt_secret" text`);
    await db.query(`ALTER TABLE "notification_delivery" ADD "delivered_at" TIMESTAMP WITH TIME ZONE`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "notification_delivery" DROP COLUMN "delivered_at"`);
    await db.query(`ALTER TABLE "notification_channel_setting" DROP COLUMN "receipt_secret"`);
  }
}
