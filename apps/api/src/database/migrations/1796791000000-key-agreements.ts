import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every service key belongs to a data-sharing agreement, and each agreement keeps a monthly usage
 * summary (calls and refusals per operation, people touched), incremented by one upsert per request
 * so the report never scans the audit log.
 *
 * Keys made before agreements existed get one agreement each, named after the key, with the key's
 * unit, operations and dates and the legal basis "chưa ghi" (not recorded), so nothing that works
 * today stops working: the ward's administrator fills in the real basis and purpose afterwards.
 * Such an agreement reuses its key's id, which makes the link a plain copy.
 */
export class KeyAgreements1796791000000 implements MigrationInterface {
  name = 'KeyAgreements1796791000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "service_account" ADD "agreement_id" uuid`);
    await db.query(`
      INSERT INTO data_sharing_agreement
        (id, unit_id, counterpart, legal_basis_number, legal_basis_date, purpose, allowed_operations,
         redacted_fields, starts_on, ends_on, status, created_by_id, created_at, updated_at, version)
      SELECT a.id, a.unit_id, a.name, 'chưa ghi', NULL, 'chưa ghi', a.allowed_operations, '{}',
             LEAST((a.created_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, a.expires_on),
             a.expires_on, 'ACTIVE', a.created_by_id, a.created_at, now(), 1
      FROM service_account a`);
    await db.query(`UPDATE service_account SET agreement_id = id`);
    await db.query(`ALTER TABLE "service_account" ALTER COLUMN "agreement_id" SET NOT NULL`);
    await db.query(`CREATE INDEX "IDX_cd425f0b7721fc1f59c87f3868" ON "service_account"  ("agreement_id") `);
    await db.query(
      `ALTER TABLE "service_account" ADD CONSTRAINT "FK_cd425f0b7721fc1f59c87f38682" FOREIGN KEY ("agreement_id") REFERENCES "data_sharing_agreement"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await db.query(`
      CREATE TABLE agreement_usage (
        agreement_id uuid NOT NULL REFERENCES data_sharing_agreement(id) ON DELETE CASCADE,
        month date NOT NULL,
        operation text NOT NULL,
        calls integer NOT NULL DEFAULT 0,
        refusals integer NOT NULL DEFAULT 0,
        PRIMARY KEY (agreement_id, month, operation))`);
    // Whom the keys read, once per agreement and month: "people touched" is the row count.
    await db.query(`
      CREATE TABLE agreement_usage_person (
        agreement_id uuid NOT NULL REFERENCES data_sharing_agreement(id) ON DELETE CASCADE,
        month date NOT NULL,
        returnee_id uuid NOT NULL,
        PRIMARY KEY (agreement_id, month, returnee_id))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE agreement_usage_person`);
    await db.query(`DROP TABLE agreement_usage`);
    await db.query(`ALTER TABLE "service_account" DROP CONSTRAINT "FK_cd425f0b7721fc1f59c87f38682"`);
    await db.query(`DROP INDEX "public"."IDX_cd425f0b7721fc1f59c87f3868"`);
    await db.query(`ALTER TABLE "service_account" DROP COLUMN "agreement_id"`);
    // The agreements made for keys above (same id, basis "chưa ghi"); any others stay.
    await db.query(`DELETE FROM data_sharing_agreement d WHERE d.legal_basis_number = 'chưa ghi'
      AND EXISTS (SELECT 1 FROM service_account a WHERE a.id = d.id)`);
  }
}
