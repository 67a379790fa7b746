import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An index behind every foreign key that had none (test/e2e/database-indexes.e2e-spec.ts keeps it
 * so): without one, each change to the parent row and each "children of" read scans the child
 * table. `task (returnee_id, due_on)` also serves a person's tasks in due order and their open-task
 * count. On a large existing database each index holds off writes to its table while it builds:
 * upgrade in a quiet hour.
 */
export class ForeignKeyIndexes1796538252026 implements MigrationInterface {
  name = 'ForeignKeyIndexes1796538252026';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX "IDX_c0385fffddfdf10865b95c0012" ON "administrative_unit"  ("successor_id") `);
    await db.query(`CREATE INDEX "IDX_41adb91475f08a58f907023c66" ON "administrative_unit"  ("parent_id") `);
    await db.query(`CREATE INDEX "IDX_6fa42e978fa7d7adc32736e26f" ON "app_user"  ("organisation_id") `);
    await db.query(`CREATE INDEX "IDX_055c5291f4320e6e092162ae36" ON "app_user"  ("unit_id") `);
    await db.query(`CREATE INDEX "IDX_e099fa41e3dd586de250bd9599" ON "steering_committee"  ("founding_decision_id") `);
    await db.query(`CREATE INDEX "IDX_d6b8805efeaef870311ea11047" ON "steering_committee"  ("operating_rules_id") `);
    await db.query(`CREATE INDEX "IDX_540f0dbbc5d601ef9f94bf0588" ON "committee_member"  ("organisation_id") `);
    await db.query(`CREATE INDEX "IDX_f97c4e30e5ebc0b63f2e83e127" ON "placement"  ("job_offer_id") `);
    await db.query(`CREATE INDEX "IDX_92da0ffc23e7a7a6bafd53057b" ON "placement"  ("employment_period_id") `);
    await db.query(
      `CREATE INDEX "IDX_59dc6ba9f1dc7be23db00843f2" ON "pledge_target"  ("responsible_organisation_id") `,
    );
    await db.query(`CREATE INDEX "IDX_decb3885c2cfaf90a79660c926" ON "pledge_review"  ("document_id") `);
    await db.query(`CREATE INDEX "IDX_488b15a8ece5731341a5d5b8c3" ON "pledge_review_item"  ("evidence_document_id") `);
    await db.query(`CREATE INDEX "IDX_4140ab37c8a73bf6f7ba62dea1" ON "pledge_review_item"  ("target_id") `);
    await db.query(`CREATE INDEX "IDX_ab76b9f2de6e54f64b941ffa75" ON "pledge_signatory"  ("organisation_id") `);
    await db.query(`CREATE INDEX "IDX_41f8f49dbf230a35744f3ad70a" ON "helper_assignment"  ("organisation_id") `);
    await db.query(`CREATE INDEX "IDX_0af8a0f03b6371ee1669674c1e" ON "contact"  ("recorded_by_id") `);
    await db.query(`CREATE INDEX "IDX_7068522825309f8cf4395af691" ON "support"  ("provider_organisation_id") `);
    await db.query(`CREATE INDEX "IDX_bb5bfa35b14ed8aeaabf7cf07b" ON "task"  ("completed_by_id") `);
    await db.query(`CREATE INDEX "IDX_a046a7efe8d24c851d3b244eda" ON "task"  ("returnee_id", "due_on") `);
    await db.query(`CREATE INDEX "IDX_86fb08bbf2fb202dcd9fe03e3f" ON "case_closure"  ("incident_id") `);
    await db.query(`CREATE INDEX "IDX_41423cef58f84d987628166e0c" ON "case_transfer"  ("from_unit_id") `);
    await db.query(`CREATE INDEX "IDX_088c8916eca3241bc768b9b336" ON "case_transfer"  ("to_unit_id") `);
    await db.query(`CREATE INDEX "IDX_3424edae3d5703c42e35b624c0" ON "classification"  ("assessor_id") `);
    await db.query(`CREATE INDEX "IDX_e7b5d4d8860ab516ad31f47037" ON "reception"  ("officer_id") `);
    await db.query(`CREATE INDEX "IDX_110a59c531bd3c0408acde807b" ON "service_account"  ("unit_id") `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX "public"."IDX_110a59c531bd3c0408acde807b"`);
    await db.query(`DROP INDEX "public"."IDX_e7b5d4d8860ab516ad31f47037"`);
    await db.query(`DROP INDEX "public"."IDX_3424edae3d5703c42e35b624c0"`);
    await db.query(`DROP INDEX "public"."IDX_088c8916eca3241bc768b9b336"`);
    await db.query(`DROP INDEX "public"."IDX_41423cef58f84d987628166e0c"`);
    await db.query(`DROP INDEX "public"."IDX_86fb08bbf2fb202dcd9fe03e3f"`);
    await db.query(`DROP INDEX "public"."IDX_a046a7efe8d24c851d3b244eda"`);
    await db.query(`DROP INDEX "public"."IDX_bb5bfa35b14ed8aeaabf7cf07b"`);
    await db.query(`DROP INDEX "public"."IDX_7068522825309f8cf4395af691"`);
    await db.query(`DROP INDEX "public"."IDX_0af8a0f03b6371ee1669674c1e"`);
    await db.query(`DROP INDEX "public"."IDX_41f8f49dbf230a35744f3ad70a"`);
    await db.query(`DROP INDEX "public"."IDX_ab76b9f2de6e54f64b941ffa75"`);
    await db.query(`DROP INDEX "public"."IDX_4140ab37c8a73bf6f7ba62dea1"`);
    await db.query(`DROP INDEX "public"."IDX_488b15a8ece5731341a5d5b8c3"`);
    await db.query(`DROP INDEX "public"."IDX_decb3885c2cfaf90a79660c926"`);
    await db.query(`DROP INDEX "public"."IDX_59dc6ba9f1dc7be23db00843f2"`);
    await db.query(`DROP INDEX "public"."IDX_92da0ffc23e7a7a6bafd53057b"`);
    await db.query(`DROP INDEX "public"."IDX_f97c4e30e5ebc0b63f2e83e127"`);
    await db.query(`DROP INDEX "public"."IDX_540f0dbbc5d601ef9f94bf0588"`);
    await db.query(`DROP INDEX "public"."IDX_d6b8805efeaef870311ea11047"`);
    await db.query(`DROP INDEX "public"."IDX_e099fa41e3dd586de250bd9599"`);
    await db.query(`DROP INDEX "public"."IDX_055c5291f4320e6e092162ae36"`);
    await db.query(`DROP INDEX "public"."IDX_6fa42e978fa7d7adc32736e26f"`);
    await db.query(`DROP INDEX "public"."IDX_41adb91475f08a58f907023c66"`);
    await db.query(`DROP INDEX "public"."IDX_c0385fffddfdf10865b95c0012"`);
  }
}
