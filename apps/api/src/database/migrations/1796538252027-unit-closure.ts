import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The unit scope as a table instead of a recursive query per request: `unit_closure` holds, for
 * every unit, each unit it answers for (itself, every unit below it and every unit merged into it,
 * across validity periods). A statement trigger rebuilds it whenever units are added, removed, or
 * moved (parent) or merged (successor): a few thousand units rebuild in milliseconds, and the
 * session lookup and every scoped query read it by index.
 */
export class UnitClosure1796538252027 implements MigrationInterface {
  name = 'UnitClosure1796538252027';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE "unit_closure" (
        "ancestor_id" uuid NOT NULL REFERENCES "administrative_unit"("id") ON DELETE CASCADE,
        "unit_id" uuid NOT NULL REFERENCES "administrative_unit"("id") ON DELETE CASCADE,
        PRIMARY KEY ("ancestor_id", "unit_id")
      )`);
    await db.query(`CREATE INDEX "IDX_unit_closure_unit" ON "unit_closure" ("unit_id")`);
    await db.query(`
      CREATE FUNCTION refresh_unit_closure() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- One rebuild at a time; readers keep seeing the previous closure until it commits.
        LOCK TABLE unit_closure IN SHARE ROW EXCLUSIVE MODE;
        DELETE FROM unit_closure;
        INSERT INTO unit_closure (ancestor_id, unit_id)
        WITH RECURSIVE scope (ancestor_id, unit_id) AS (
          SELECT id, id FROM administrative_unit
          UNION
          SELECT s.ancestor_id, u.id FROM administrative_unit u
            JOIN scope s ON u.parent_id = s.unit_id OR u.successor_id = s.unit_id
        )
        SELECT ancestor_id, unit_id FROM scope;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER "administrative_unit_closure"
      AFTER INSERT OR DELETE OR UPDATE OF parent_id, successor_id ON "administrative_unit"
      FOR EACH STATEMENT EXECUTE FUNCTION refresh_unit_closure()`);
    // Fill it for the units already there (a no-op update fires the trigger once).
    await db.query(`UPDATE "administrative_unit" SET parent_id = parent_id WHERE false`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER "administrative_unit_closure" ON "administrative_unit"`);
    await db.query('DROP FUNCTION refresh_unit_closure()');
    await db.query('DROP TABLE "unit_closure"');
  }
}
