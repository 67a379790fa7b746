import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ServiceAccounts1795951676059 implements MigrationInterface {
  name = 'ServiceAccounts1795951676059';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE TABLE "sensitive_reveal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "returnee_id" uuid NOT NULL, "purpose" text NOT NULL, "granted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_f3b3a8e8707bdaa16b5884ccc0c" PRIMARY KEY ("id"))`,
    );
    await db.query(`CREATE INDEX "IDX_0c231ffb97554177c12b8edc9c" ON "sensitive_reveal"  ("returnee_id") `);
    await db.query(
      `CREATE INDEX "IDX_86800109ac1e5e83c1aaee8d57" ON "sensitive_reveal"  ("user_id", "returnee_id", "expires_at") `,
    );
    await db.query(
      `CREATE TABLE "service_account" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "role" "public"."role" NOT NULL, "unit_id" uuid NOT NULL, "allowed_operations" text array NOT NULL, "expires_on" date NOT NULL, "key_hash" text NOT NULL, "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2efb318de61f6487f806627dbd2" PRIMARY KEY ("id"))`,
    );
    await db.query(`CREATE UNIQUE INDEX "IDX_0e0da781571254d05bd6df779a" ON "service_account"  ("key_hash") `);
    await db.query(
      `ALTER TABLE "sensitive_reveal" ADD CONSTRAINT "FK_44d8a49ef2d5ad097f7f7421398" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "sensitive_reveal" ADD CONSTRAINT "FK_0c231ffb97554177c12b8edc9c2" FOREIGN KEY ("returnee_id") REFERENCES "returnee"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "service_account" ADD CONSTRAINT "FK_110a59c531bd3c0408acde807b1" FOREIGN KEY ("unit_id") REFERENCES "administrative_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "service_account" DROP CONSTRAINT "FK_110a59c531bd3c0408acde807b1"`);
    await db.query(`ALTER TABLE "sensitive_reveal" DROP CONSTRAINT "FK_0c231ffb97554177c12b8edc9c2"`);
    await db.query(`ALTER TABLE "sensitive_reveal" DROP CONSTRAINT "FK_44d8a49ef2d5ad097f7f7421398"`);
    await db.query(`DROP INDEX "public"."IDX_0e0da781571254d05bd6df779a"`);
    await db.query(`DROP TABLE "service_account"`);
    await db.query(`DROP INDEX "public"."IDX_86800109ac1e5e83c1aaee8d57"`);
    await db.query(`DROP INDEX "public"."IDX_0c231ffb97554177c12b8edc9c"`);
    await db.query(`DROP TABLE "sensitive_reveal"`);
  }
}
