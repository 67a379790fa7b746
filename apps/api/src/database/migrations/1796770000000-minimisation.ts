import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Minimisation1796770000000 implements MigrationInterface {
  name = 'Minimisation1796770000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE TABLE "returnee_minimisation" ("returnee_id" uuid NOT NULL, "hold_reason" text, "hold_placed_at" TIMESTAMP WITH TIME ZONE, "hold_placed_by_id" uuid, "minimised_at" TIMESTAMP WITH TIME ZONE, "policy" jsonb, "counts" jsonb, CONSTRAINT "PK_fed29674e37532a556a7b4317c9" PRIMARY KEY ("returnee_id"))`,
    );
    await db.query(`CREATE INDEX "IDX_d9b1de2acbf6eec414e5682562" ON "returnee_minimisation"  ("hold_placed_by_id") `);
    await db.query(`ALTER TABLE "administrative_unit" ADD "expunged_minimise_days" smallint NOT NULL DEFAULT '30'`);
    await db.query(`ALTER TABLE "administrative_unit" ADD "closed_retention_months" smallint NOT NULL DEFAULT '60'`);
    await db.query(
      `CREATE INDEX "case_closure_in_force" ON "case_closure"  ("closed_on", "id") WHERE reopened_on IS NULL`,
    );
    await db.query(
      `ALTER TABLE "returnee_minimisation" ADD CONSTRAINT "FK_fed29674e37532a556a7b4317c9" FOREIGN KEY ("returnee_id") REFERENCES "returnee"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "returnee_minimisation" ADD CONSTRAINT "FK_d9b1de2acbf6eec414e5682562d" FOREIGN KEY ("hold_placed_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "returnee_minimisation" DROP CONSTRAINT "FK_d9b1de2acbf6eec414e5682562d"`);
    await db.query(`ALTER TABLE "returnee_minimisation" DROP CONSTRAINT "FK_fed29674e37532a556a7b4317c9"`);
    await db.query(`DROP INDEX "public"."case_closure_in_force"`);
    await db.query(`ALTER TABLE "administrative_unit" DROP COLUMN "closed_retention_months"`);
    await db.query(`ALTER TABLE "administrative_unit" DROP COLUMN "expunged_minimise_days"`);
    await db.query(`DROP INDEX "public"."IDX_d9b1de2acbf6eec414e5682562"`);
    await db.query(`DROP TABLE "returnee_minimisation"`);
  }
}
