import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ExportFormat1796686000000 implements MigrationInterface {
  name = 'ExportFormat1796686000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TYPE "public"."export_format" AS ENUM('XLSX', 'CSV')`);
    await db.query(`ALTER TABLE "export_job" ADD "format" "public"."export_format" NOT NULL DEFAULT 'XLSX'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "export_job" DROP COLUMN "format"`);
    await db.query(`DROP TYPE "public"."export_format"`);
  }
}
