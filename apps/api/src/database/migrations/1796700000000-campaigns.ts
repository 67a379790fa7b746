import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Amnesty and bulk-release campaigns; a release notice and an import may belong to one. */
export class Campaigns1796700000000 implements MigrationInterface {
  name = 'Campaigns1796700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TYPE "public"."campaign_kind" AS ENUM('AMNESTY', 'BULK_RELEASE')`);
    await db.query(
      `CREATE TABLE "campaign" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "unit_id" uuid NOT NULL, "kind" "public"."campaign_kind" NOT NULL, "name" text NOT NULL, "decision_number" text, "decision_date" date, "notes" text, CONSTRAINT "PK_0ce34d26e7f2eb316a3a592cdc4" PRIMARY KEY ("id"))`,
    );
    await db.query(`CREATE INDEX "IDX_58b9d772586215dbd17f1aa239" ON "campaign"  ("unit_id", "decision_date") `);
    await db.query(`ALTER TABLE "release_notice" ADD "campaign_id" uuid`);
    await db.query(`ALTER TABLE "import_job" ADD "campaign_id" uuid`);
    await db.query(
      `CREATE UNIQUE INDEX "IDX_32ddcc6331765b769897cb89e1" ON "release_notice"  ("campaign_id", "returnee_id") `,
    );
    await db.query(`CREATE INDEX "IDX_14ca0fb553aa3feee93ef209ff" ON "import_job"  ("campaign_id") `);
    await db.query(
      `ALTER TABLE "campaign" ADD CONSTRAINT "FK_0bdeef39d3f5000e3cb9f798166" FOREIGN KEY ("unit_id") REFERENCES "administrative_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "release_notice" ADD CONSTRAINT "FK_56e51a33d0cf4d40c19c05082d1" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "import_job" ADD CONSTRAINT "FK_14ca0fb553aa3feee93ef209ff5" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "import_job" DROP CONSTRAINT "FK_14ca0fb553aa3feee93ef209ff5"`);
    await db.query(`ALTER TABLE "release_notice" DROP CONSTRAINT "FK_56e51a33d0cf4d40c19c05082d1"`);
    await db.query(`ALTER TABLE "campaign" DROP CONSTRAINT "FK_0bdeef39d3f5000e3cb9f798166"`);
    await db.query(`DROP INDEX "public"."IDX_14ca0fb553aa3feee93ef209ff"`);
    await db.query(`DROP INDEX "public"."IDX_32ddcc6331765b769897cb89e1"`);
    await db.query(`ALTER TABLE "import_job" DROP COLUMN "campaign_id"`);
    await db.query(`ALTER TABLE "release_notice" DROP COLUMN "campaign_id"`);
    await db.query(`DROP INDEX "public"."IDX_58b9d772586215dbd17f1aa239"`);
    await db.query(`DROP TABLE "campaign"`);
    await db.query(`DROP TYPE "public"."campaign_kind"`);
  }
}
