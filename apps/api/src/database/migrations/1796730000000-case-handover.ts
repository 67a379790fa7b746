import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CaseHandover1796730000000 implements MigrationInterface {
  name = 'CaseHandover1796730000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TYPE "public"."case_package_status" AS ENUM('SENT', 'PREVIEWED', 'ACCEPTED')`);
    await db.query(
      `CREATE TABLE "case_package" ("id" uuid NOT NULL, "status" "public"."case_package_status" NOT NULL, "from_code" text NOT NULL, "to_code" text NOT NULL, "returnee_id" uuid, "content" jsonb, "by_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "accepted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_0b8c04113be715bded911a87bff" PRIMARY KEY ("id"))`,
    );
    await db.query(`CREATE INDEX "IDX_fa47fd1304f710343b5b6fd6c1" ON "case_package"  ("returnee_id") `);
    await db.query(
      `CREATE TABLE "deployment_key" ("id" smallint NOT NULL, "code" text NOT NULL, "public_key" text NOT NULL, "private_key" text NOT NULL, "private_key_encrypted" boolean NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_94bb7aeb5def5a0284a5fe9f9a0" PRIMARY KEY ("id"))`,
    );
    await db.query(
      `CREATE TABLE "partner_deployment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "code" text NOT NULL, "name" text NOT NULL, "public_key" text NOT NULL, "contact" text, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_a3f099d2b132ef37db7654ac96a" PRIMARY KEY ("id"))`,
    );
    await db.query(
      `CREATE UNIQUE INDEX "IDX_3001c9fc0012c5b7635d9acbc5" ON "partner_deployment"  ("code") WHERE revoked_at IS NULL`,
    );
    await db.query(`ALTER TABLE "case_transfer" ADD "to_deployment_code" text`);
    await db.query(`ALTER TABLE "case_transfer" ADD "to_unit_name" text`);
    await db.query(`ALTER TABLE "case_transfer" DROP CONSTRAINT "FK_088c8916eca3241bc768b9b3367"`);
    await db.query(`ALTER TABLE "case_transfer" ALTER COLUMN "to_unit_id" DROP NOT NULL`);
    await db.query(
      `ALTER TABLE "case_transfer" ADD CONSTRAINT "FK_088c8916eca3241bc768b9b3367" FOREIGN KEY ("to_unit_id") REFERENCES "administrative_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "case_transfer" DROP CONSTRAINT "FK_088c8916eca3241bc768b9b3367"`);
    await db.query(`ALTER TABLE "case_transfer" ALTER COLUMN "to_unit_id" SET NOT NULL`);
    await db.query(
      `ALTER TABLE "case_transfer" ADD CONSTRAINT "FK_088c8916eca3241bc768b9b3367" FOREIGN KEY ("to_unit_id") REFERENCES "administrative_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await db.query(`ALTER TABLE "case_transfer" DROP COLUMN "to_unit_name"`);
    await db.query(`ALTER TABLE "case_transfer" DROP COLUMN "to_deployment_code"`);
    await db.query(`DROP INDEX "public"."IDX_3001c9fc0012c5b7635d9acbc5"`);
    await db.query(`DROP TABLE "partner_deployment"`);
    await db.query(`DROP TABLE "deployment_key"`);
    await db.query(`DROP INDEX "public"."IDX_fa47fd1304f710343b5b6fd6c1"`);
    await db.query(`DROP TABLE "case_package"`);
    await db.query(`DROP TYPE "public"."case_package_status"`);
  }
}
