import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The list's default order, by name, for a wide scope: a city's page walks names in order and keeps
 * those in its units, reading about a page of rows instead of sorting the whole city. One unit's
 * page has its own index, (unit_id, search_name, id).
 */
export class ReturneeNameOrder1796610000000 implements MigrationInterface {
  name = 'ReturneeNameOrder1796610000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX "IDX_803333c228a4314dbb5dea04f8" ON "returnee"  ("search_name", "id") `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX "public"."IDX_803333c228a4314dbb5dea04f8"`);
  }
}
