import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Exports written on the server (modules/exports): one row per export asked for, kept as the
 * record of what left; the file itself (bytea) is emptied 24 hours after it was written.
 */
export class ExportJobs1796650000000 implements MigrationInterface {
  name = 'ExportJobs1796650000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE TYPE "public"."export_list" AS ENUM('RETURNEES', 'AUDIT_LOG', 'TASKS', 'EMPLOYERS', 'USERS', 'PLEDGES')`,
    );
    await db.query(
      `CREATE TYPE "public"."job_status" AS ENUM('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED')`,
    );
    await db.query(
      `CREATE TABLE "export_job" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "list" "public"."export_list" NOT NULL, "filter" jsonb NOT NULL DEFAULT '{}', "requested_by_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "status" "public"."job_status" NOT NULL, "rows_total" integer, "rows_written" integer NOT NULL DEFAULT '0', "file_name" text, "size_bytes" integer, "sha256" text, "content" bytea, "failure_reason" text, "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, "expires_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_2edcb6f1780d22e5a9f2f29f466" PRIMARY KEY ("id"))`,
    );
    await db.query(`CREATE INDEX "IDX_427a9febfe775eeb1cf81b22da" ON "export_job"  ("unit_id") `);
    await db.query(`CREATE INDEX "IDX_a3c1b04d67965266ebea29317f" ON "export_job"  ("requested_by_id", "created_at") `);
    await db.query(
      `ALTER TABLE "export_job" ADD CONSTRAINT "FK_403aafb184b233db0f1360fbd20" FOREIGN KEY ("requested_by_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "export_job" ADD CONSTRAINT "FK_427a9febfe775eeb1cf81b22da3" FOREIGN KEY ("unit_id") REFERENCES "administrative_unit"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "export_job" DROP CONSTRAINT "FK_427a9febfe775eeb1cf81b22da3"`);
    await db.query(`ALTER TABLE "export_job" DROP CONSTRAINT "FK_403aafb184b233db0f1360fbd20"`);
    await db.query(`DROP INDEX "public"."IDX_a3c1b04d67965266ebea29317f"`);
    await db.query(`DROP INDEX "public"."IDX_427a9febfe775eeb1cf81b22da"`);
    await db.query(`DROP TABLE "export_job"`);
    await db.query(`DROP TYPE "public"."job_status"`);
    await db.query(`DROP TYPE "public"."export_list"`);
  }
}
