import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ClientChangeCreatedIndex1796840000000 implements MigrationInterface {
  name = 'ClientChangeCreatedIndex1796840000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX "IDX_9e1ba29e8e6f819631cd284b8b" ON "client_change"  ("created_at") `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX "public"."IDX_9e1ba29e8e6f819631cd284b8b"`);
  }
}
