import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SavedViews1795956479030 implements MigrationInterface {
  name = 'SavedViews1795956479030';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TYPE "public"."saved_view_list" AS ENUM('RETURNEES')`);
    await db.query(
      `CREATE TABLE "saved_view" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "owner_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "list" "public"."saved_view_list" NOT NULL, "name" text NOT NULL, "query" text NOT NULL, "columns" text array NOT NULL, "shared" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_be317311b88c1a5e47ad6c19081" PRIMARY KEY ("id"))`,
    );
    await db.query(`CREATE INDEX "IDX_6b5cd7e18c2ebd24e3944d7978" ON "saved_view"  ("unit_id", "list", "shared") `);
    await db.query(`CREATE INDEX "IDX_4199a77eedd48c07372e8b68de" ON "saved_view"  ("owner_id", "list") `);
    // Names are unique per owner and list regardless of case; the entity declares this index
    // with synchronize: false because TypeORM cannot describe an index on an expression.
    await db.query(
      `CREATE UNIQUE INDEX "UQ_saved_view_owner_list_name" ON "saved_view" ("owner_id", "list", lower("name"))`,
    );
    await db.query(
      `ALTER TABLE "saved_view" ADD CONSTRAINT "FK_51e7a47d07fef90b5081c8683c0" FOREIGN KEY ("owner_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await db.query(
      `ALTER TABLE "saved_view" ADD CONSTRAINT "FK_88271fb9c329ccb562d953454e9" FOREIGN KEY ("unit_id") REFERENCES "administrative_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "saved_view" DROP CONSTRAINT "FK_88271fb9c329ccb562d953454e9"`);
    await db.query(`ALTER TABLE "saved_view" DROP CONSTRAINT "FK_51e7a47d07fef90b5081c8683c0"`);
    await db.query(`DROP INDEX "public"."UQ_saved_view_owner_list_name"`);
    await db.query(`DROP INDEX "public"."IDX_4199a77eedd48c07372e8b68de"`);
    await db.query(`DROP INDEX "public"."IDX_6b5cd7e18c2ebd24e3944d7978"`);
    await db.query(`DROP TABLE "saved_view"`);
    await db.query(`DROP TYPE "public"."saved_view_list"`);
  }
}
