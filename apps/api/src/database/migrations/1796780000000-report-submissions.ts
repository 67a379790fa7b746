import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Submitted statistics reports: a ward's figures for a period, frozen with the signer. A row is
 * never changed once written (the trigger refuses any UPDATE, whoever runs it): a re-submission is
 * a new row with the next revision, so the history of what was sent stays as it was sent.
 */
export class ReportSubmissions1796780000000 implements MigrationInterface {
  name = 'ReportSubmissions1796780000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TYPE "public"."report_period_kind" AS ENUM('MONTH', 'HALF_YEAR', 'YEAR', 'CUSTOM')`);
    await db.query(
      `CREATE TABLE "report_submission" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "unit_id" uuid NOT NULL, "period_kind" "public"."report_period_kind" NOT NULL, "period_start" date NOT NULL, "period_end" date NOT NULL, "revision" integer NOT NULL, "figures" jsonb NOT NULL, "submitted_by_id" uuid NOT NULL, "signer_name" text NOT NULL, "signer_title" text NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_15e5461289e5aec515b74d0e7f1" PRIMARY KEY ("id"))`,
    );
    await db.query(`CREATE INDEX "IDX_6cb286bfa7bf8a515bb6da89ce" ON "report_submission"  ("submitted_by_id")`);
    await db.query(
      `CREATE UNIQUE INDEX "IDX_8d42a817eb36817f1760ae8b78" ON "report_submission"  ("unit_id", "period_kind", "period_start", "revision")`,
    );
    await db.query(
      `ALTER TABLE "report_submission" ADD CONSTRAINT "FK_a152c5ad4c2f1bc793524ac6ef7" FOREIGN KEY ("unit_id") REFERENCES "administrative_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "report_submission" ADD CONSTRAINT "FK_6cb286bfa7bf8a515bb6da89ceb" FOREIGN KEY ("submitted_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await db.query(`
      CREATE FUNCTION report_submission_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'a submitted report is never changed: submit a new revision instead';
      END $$`);
    await db.query(`
      CREATE TRIGGER report_submission_frozen BEFORE UPDATE ON "report_submission"
        FOR EACH ROW EXECUTE FUNCTION report_submission_frozen()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER report_submission_frozen ON "report_submission"`);
    await db.query(`DROP FUNCTION report_submission_frozen()`);
    await db.query(`ALTER TABLE "report_submission" DROP CONSTRAINT "FK_6cb286bfa7bf8a515bb6da89ceb"`);
    await db.query(`ALTER TABLE "report_submission" DROP CONSTRAINT "FK_a152c5ad4c2f1bc793524ac6ef7"`);
    await db.query(`DROP INDEX "public"."IDX_8d42a817eb36817f1760ae8b78"`);
    await db.query(`DROP INDEX "public"."IDX_6cb286bfa7bf8a515bb6da89ce"`);
    await db.query(`DROP TABLE "report_submission"`);
    await db.query(`DROP TYPE "public"."report_period_kind"`);
  }
}
