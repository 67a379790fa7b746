import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Imports of people from spreadsheets (modules/imports): one row per uploaded file, kept as the
 * record of what came in; the file is emptied once read, the report after 7 days.
 */
export class ImportJobs1796660000000 implements MigrationInterface {
  name = 'ImportJobs1796660000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE TABLE "import_job" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "requested_by_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "status" "public"."job_status" NOT NULL, "dry_run" boolean NOT NULL, "file_name" text NOT NULL, "file_sha256" text NOT NULL, "header_row" integer, "mapping" jsonb, "content" bytea, "rows_total" integer, "rows_done" integer NOT NULL DEFAULT '0', "rows_valid" integer NOT NULL DEFAULT '0', "rows_imported" integer NOT NULL DEFAULT '0', "rows_updated" integer NOT NULL DEFAULT '0', "rows_failed" integer NOT NULL DEFAULT '0', "rows_flagged" integer NOT NULL DEFAULT '0', "report" bytea, "failure_reason" text, "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, "report_expires_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_65b4c7eccb8120972a7b8da7682" PRIMARY KEY ("id"))`,
    );
    await db.query(`CREATE INDEX "IDX_4928d5b96cb803adaa8babaa58" ON "import_job"  ("unit_id") `);
    await db.query(`CREATE INDEX "IDX_21c427926d7fc0e484f2db51f6" ON "import_job"  ("requested_by_id", "created_at") `);
    await db.query(
      `ALTER TABLE "import_job" ADD CONSTRAINT "FK_a80390bc075c3ba24b65d660c5f" FOREIGN KEY ("requested_by_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "import_job" ADD CONSTRAINT "FK_4928d5b96cb803adaa8babaa582" FOREIGN KEY ("unit_id") REFERENCES "administrative_unit"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "import_job" DROP CONSTRAINT "FK_4928d5b96cb803adaa8babaa582"`);
    await db.query(`ALTER TABLE "import_job" DROP CONSTRAINT "FK_a80390bc075c3ba24b65d660c5f"`);
    await db.query(`DROP INDEX "public"."IDX_21c427926d7fc0e484f2db51f6"`);
    await db.query(`DROP INDEX "public"."IDX_4928d5b96cb803adaa8babaa58"`);
    await db.query(`DROP TABLE "import_job"`);
  }
}
