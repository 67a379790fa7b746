import type { MigrationInterface, QueryRunner } from 'typeorm';

/** When each user's phone app last synced, for the "not synced for 3 days" notification. */
export class DeviceSync1796870000000 implements MigrationInterface {
  name = 'DeviceSync1796870000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "app_user" ADD "last_synced_at" TIMESTAMP WITH TIME ZONE`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "app_user" DROP COLUMN "last_synced_at"`);
  }
}
