import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ImportTemplates1796680000000 implements MigrationInterface {
  name = 'ImportTemplates1796680000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE TABLE "import_template" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "unit_id" uuid NOT NULL, "name" text NOT NULL, "name_key" text NOT NULL, "header_row" integer NOT NULL, "columns" jsonb NOT NULL, CONSTRAINT "PK_09b63cb32c1a044054f4b57c198" PRIMARY KEY ("id"))`,
    );
    await db.query(`CREATE UNIQUE INDEX "UQ_import_template_unit_name" ON "import_template"  ("unit_id", "name_key") `);
    await db.query(`ALTER TABLE "import_job" ADD "template_id" uuid`);
    await db.query(`ALTER TABLE "import_job" ADD "template_columns" jsonb`);
    await db.query(
      `ALTER TABLE "import_template" ADD CONSTRAINT "FK_171258e8b45da15b786a4edb146" FOREIGN KEY ("unit_id") REFERENCES "administrative_unit"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "import_template" DROP CONSTRAINT "FK_171258e8b45da15b786a4edb146"`);
    await db.query(`ALTER TABLE "import_job" DROP COLUMN "template_columns"`);
    await db.query(`ALTER TABLE "import_job" DROP COLUMN "template_id"`);
    await db.query(`DROP INDEX "public"."UQ_import_template_unit_name"`);
    await db.query(`DROP TABLE "import_template"`);
  }
}
