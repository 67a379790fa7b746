import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The idempotency keys of changes sent by the phone app's offline queue: one row per (user, key),
 * pointing at the record the first run wrote, so a replayed change is never written twice.
 */
export class ClientChanges1796820000000 implements MigrationInterface {
  name = 'ClientChanges1796820000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE TABLE "client_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "idempotency_key" uuid NOT NULL, "operation" text NOT NULL, "record_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_371c8231fc9d834854d94275748" PRIMARY KEY ("id"))`,
    );
    await db.query(
      `CREATE UNIQUE INDEX "IDX_ad03501d036d8c9178abc6bb5e" ON "client_change"  ("user_id", "idempotency_key") `,
    );
    await db.query(
      `ALTER TABLE "client_change" ADD CONSTRAINT "FK_bf744df6281b76d97f27d8df0da" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "client_change" DROP CONSTRAINT "FK_bf744df6281b76d97f27d8df0da"`);
    await db.query(`DROP INDEX "public"."IDX_ad03501d036d8c9178abc6bb5e"`);
    await db.query(`DROP TABLE "client_change"`);
  }
}
