import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A person's whole file (modules/person-file): each reading with its stated purpose
 * (`person_file_read`), the archives written by the `person-archive` job (kept as the record of
 * what left; the file emptied after 24 hours), and documents linked to the person they are about.
 */
export class PersonFile1796690000000 implements MigrationInterface {
  name = 'PersonFile1796690000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE TABLE "person_archive_job" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "requested_by_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "status" "public"."job_status" NOT NULL, "failure_reason" text, "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, "returnee_id" uuid NOT NULL, "purpose" text NOT NULL, "record_count" integer, "document_count" integer, "file_name" text, "size_bytes" integer, "sha256" text, "content" bytea, "expires_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_eb1f75a519836fd95059c2dfb24" PRIMARY KEY ("id"))`,
    );
    await db.query(`CREATE INDEX "IDX_007d1e28ae28476316cfd53a1c" ON "person_archive_job"  ("unit_id") `);
    await db.query(`CREATE INDEX "IDX_9e5f6bb580501ab9bea312e99b" ON "person_archive_job"  ("returnee_id") `);
    await db.query(
      `CREATE INDEX "IDX_bc9ed236b2f3853ea553737b8f" ON "person_archive_job"  ("requested_by_id", "created_at") `,
    );
    await db.query(
      `CREATE TABLE "person_file_read" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "returnee_id" uuid NOT NULL, "purpose" text NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6690d15b5e4a5b576e2e38c4f66" PRIMARY KEY ("id"))`,
    );
    await db.query(`CREATE INDEX "IDX_99040fc71d79b796a991cbc588" ON "person_file_read"  ("returnee_id", "read_at") `);
    await db.query(`CREATE INDEX "IDX_442ca1f94f2105677ed154ec30" ON "person_file_read"  ("user_id") `);
    await db.query(`ALTER TABLE "document" ADD "returnee_id" uuid`);
    await db.query(`CREATE INDEX "IDX_45505ee313855594669d3c340a" ON "document"  ("returnee_id") `);
    await db.query(
      `ALTER TABLE "document" ADD CONSTRAINT "FK_45505ee313855594669d3c340a9" FOREIGN KEY ("returnee_id") REFERENCES "returnee"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "person_archive_job" ADD CONSTRAINT "FK_93f1390b3f4b5afeaa628d87859" FOREIGN KEY ("requested_by_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "person_archive_job" ADD CONSTRAINT "FK_007d1e28ae28476316cfd53a1c6" FOREIGN KEY ("unit_id") REFERENCES "administrative_unit"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "person_archive_job" ADD CONSTRAINT "FK_9e5f6bb580501ab9bea312e99b8" FOREIGN KEY ("returnee_id") REFERENCES "returnee"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "person_file_read" ADD CONSTRAINT "FK_442ca1f94f2105677ed154ec30e" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "person_file_read" ADD CONSTRAINT "FK_e794fd03881f62958e20864f956" FOREIGN KEY ("returnee_id") REFERENCES "returnee"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "person_file_read" DROP CONSTRAINT "FK_e794fd03881f62958e20864f956"`);
    await db.query(`ALTER TABLE "person_file_read" DROP CONSTRAINT "FK_442ca1f94f2105677ed154ec30e"`);
    await db.query(`ALTER TABLE "person_archive_job" DROP CONSTRAINT "FK_9e5f6bb580501ab9bea312e99b8"`);
    await db.query(`ALTER TABLE "person_archive_job" DROP CONSTRAINT "FK_007d1e28ae28476316cfd53a1c6"`);
    await db.query(`ALTER TABLE "person_archive_job" DROP CONSTRAINT "FK_93f1390b3f4b5afeaa628d87859"`);
    await db.query(`ALTER TABLE "document" DROP CONSTRAINT "FK_45505ee313855594669d3c340a9"`);
    await db.query(`DROP INDEX "public"."IDX_45505ee313855594669d3c340a"`);
    await db.query(`ALTER TABLE "document" DROP COLUMN "returnee_id"`);
    await db.query(`DROP INDEX "public"."IDX_442ca1f94f2105677ed154ec30"`);
    await db.query(`DROP INDEX "public"."IDX_99040fc71d79b796a991cbc588"`);
    await db.query(`DROP TABLE "person_file_read"`);
    await db.query(`DROP INDEX "public"."IDX_bc9ed236b2f3853ea553737b8f"`);
    await db.query(`DROP INDEX "public"."IDX_9e5f6bb580501ab9bea312e99b"`);
    await db.query(`DROP INDEX "public"."IDX_007d1e28ae28476316cfd53a1c"`);
    await db.query(`DROP TABLE "person_archive_job"`);
  }
}
