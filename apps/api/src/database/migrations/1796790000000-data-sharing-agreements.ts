import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Data-sharing agreements with other departments (Decree 13/2023/NĐ-CP art. 17; Law 91/2025/QH15):
 * the legal basis, purpose, operations, unit scope and redacted fields every service key works under.
 */
export class DataSharingAgreements1796790000000 implements MigrationInterface {
  name = 'DataSharingAgreements1796790000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TYPE "public"."data_sharing_agreement_status" AS ENUM('ACTIVE', 'SUSPENDED')`);
    await db.query(
      `CREATE TABLE "data_sharing_agreement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "unit_id" uuid NOT NULL, "counterpart" text NOT NULL, "legal_basis_number" text NOT NULL, "legal_basis_date" date, "purpose" text NOT NULL, "allowed_operations" text array NOT NULL DEFAULT '{}', "redacted_fields" text array NOT NULL DEFAULT '{}', "starts_on" date NOT NULL, "ends_on" date NOT NULL, "contact_name" text, "contact_email" text, "contact_phone" text, "status" "public"."data_sharing_agreement_status" NOT NULL, "suspension_reason" text, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_4c1c1a4503471d4b770b990258f" PRIMARY KEY ("id"))`,
    );
    await db.query(`CREATE INDEX "IDX_7c27be72a11f5878705c4c9be3" ON "data_sharing_agreement"  ("unit_id") `);
    await db.query(
      `ALTER TABLE "data_sharing_agreement" ADD CONSTRAINT "FK_7c27be72a11f5878705c4c9be38" FOREIGN KEY ("unit_id") REFERENCES "administrative_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "data_sharing_agreement" DROP CONSTRAINT "FK_7c27be72a11f5878705c4c9be38"`);
    await db.query(`DROP INDEX "public"."IDX_7c27be72a11f5878705c4c9be3"`);
    await db.query(`DROP TABLE "data_sharing_agreement"`);
    await db.query(`DROP TYPE "public"."data_sharing_agreement_status"`);
  }
}
