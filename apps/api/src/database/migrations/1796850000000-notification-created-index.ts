import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationCreatedIndex1796850000000 implements MigrationInterface {
  name = 'NotificationCreatedIndex1796850000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX "IDX_8bdc07e9c41ce8d83730f0f5d8" ON "notification"  ("created_at") `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX "public"."IDX_8bdc07e9c41ce8d83730f0f5d8"`);
  }
}
