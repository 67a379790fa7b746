import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ImportFlags1796685000000 implements MigrationInterface {
  name = 'ImportFlags1796685000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TYPE "public"."import_flag_decision" AS ENUM('SAME_PERSON', 'DIFFERENT_PERSON')`);
    await db.query(
      `CREATE TABLE "import_flag" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "import_job_id" uuid NOT NULL, "row_number" integer NOT NULL, "candidate_id" uuid NOT NULL, "person" jsonb NOT NULL, "records" jsonb NOT NULL, "decision" "public"."import_flag_decision", "decided_by_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "result_id" uuid, CONSTRAINT "PK_31aa8678ef934fcfac770eda389" PRIMARY KEY ("id"))`,
    );
    await db.query(`CREATE INDEX "IDX_399fa75eb0fd3fe5ad74ab9463" ON "import_flag"  ("candidate_id") `);
    await db.query(
      `CREATE UNIQUE INDEX "IDX_3fa567809ca18208a6b3057248" ON "import_flag"  ("import_job_id", "row_number") `,
    );
    await db.query(
      `ALTER TABLE "import_flag" ADD CONSTRAINT "FK_864c4aa6a727a9bdceff1bb3b85" FOREIGN KEY ("import_job_id") REFERENCES "import_job"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "import_flag" ADD CONSTRAINT "FK_399fa75eb0fd3fe5ad74ab94634" FOREIGN KEY ("candidate_id") REFERENCES "returnee"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "import_flag" DROP CONSTRAINT "FK_399fa75eb0fd3fe5ad74ab94634"`);
    await db.query(`ALTER TABLE "import_flag" DROP CONSTRAINT "FK_864c4aa6a727a9bdceff1bb3b85"`);
    await db.query(`DROP INDEX "public"."IDX_3fa567809ca18208a6b3057248"`);
    await db.query(`DROP INDEX "public"."IDX_399fa75eb0fd3fe5ad74ab9463"`);
    await db.query(`DROP TABLE "import_flag"`);
    await db.query(`DROP TYPE "public"."import_flag_decision"`);
  }
}
