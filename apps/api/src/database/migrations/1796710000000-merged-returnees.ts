import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two records of one person merged into one (modules/returnees/returnee-merge.ts): the absorbed
 * record points at the survivor (`merged_into_id`), keeps its details for the history and leaves
 * the figures. The summary tables' rules (StatisticsProvinceSummary1796670000000) now skip merged
 * records, and the returnee trigger refreshes a person whose `merged_into_id` changes, so a merge
 * takes the absorbed person out of the statistics inside its own transaction. `date_of_birth` is
 * indexed for the search for possible duplicates (same birthday, then the name).
 */

/** The people whose rows the summary tables keep: in statistics_person_changes. */
const PEOPLE = 'FROM returnee r WHERE r.id = ANY(ids)';
const LIVE_PEOPLE = `${PEOPLE} AND r.merged_into_id IS NULL`;

/**
 * The function as installed (another migration may have replaced it since), with the people it
 * reads limited or not to live records: its text is read back from the catalogue.
 */
async function replacePeople(db: QueryRunner, from: string, to: string): Promise<void> {
  const [row] = (await db.query(
    `SELECT pg_get_functiondef('statistics_person_changes(uuid[])'::regprocedure) AS definition`,
  )) as Array<{ definition: string }>;
  const definition = row?.definition ?? '';
  if (!definition.includes(from)) throw new Error(`statistics_person_changes no longer reads "${from}"`);
  await db.query(definition.replace(from, to));
}

/** The row trigger of StatisticsSummary1796600000000, with `merged_into_id` among what moves figures. */
const refreshPeople = (columns: string) => `
  CREATE OR REPLACE FUNCTION statistics_refresh_people() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    ids uuid[];
  BEGIN
    IF TG_TABLE_NAME = 'returnee' THEN
      IF TG_OP = 'INSERT' THEN ids := ARRAY(SELECT id FROM new_rows);
      ELSIF TG_OP = 'DELETE' THEN ids := ARRAY(SELECT id FROM old_rows);
      ELSE
        -- Only the people whose unit, return day or merger changed: other edits leave the figures alone.
        ids := ARRAY(SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
          WHERE (${columns.replace(/(\w+)/g, 'n.$1')}) IS DISTINCT FROM (${columns.replace(/(\w+)/g, 'o.$1')}));
      END IF;
    ELSIF TG_OP = 'INSERT' THEN ids := ARRAY(SELECT DISTINCT returnee_id FROM new_rows);
    ELSIF TG_OP = 'DELETE' THEN ids := ARRAY(SELECT DISTINCT returnee_id FROM old_rows);
    ELSE ids := ARRAY(SELECT returnee_id FROM new_rows UNION SELECT returnee_id FROM old_rows);
    END IF;
    IF cardinality(ids) > 0 THEN PERFORM statistics_refresh(ids); END IF;
    RETURN NULL;
  END $$`;

export class MergedReturnees1796710000000 implements MigrationInterface {
  name = 'MergedReturnees1796710000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "returnee" ADD "merged_into_id" uuid`);
    await db.query(`ALTER TABLE "returnee" ADD "merged_at" TIMESTAMP WITH TIME ZONE`);
    await db.query(`ALTER TABLE "returnee" ADD "merge_reason" text`);
    await db.query(`CREATE INDEX "IDX_d51cfd14a345b40c0f1a5d9208" ON "returnee"  ("merged_into_id") `);
    await db.query(`CREATE INDEX "IDX_5cfa63b9e549233e93a46ab8c5" ON "returnee"  ("date_of_birth") `);
    await db.query(
      `ALTER TABLE "returnee" ADD CONSTRAINT "FK_d51cfd14a345b40c0f1a5d9208f" FOREIGN KEY ("merged_into_id") REFERENCES "returnee"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await replacePeople(db, PEOPLE, LIVE_PEOPLE);
    await db.query(refreshPeople('unit_id, returned_on, merged_into_id'));
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(refreshPeople('unit_id, returned_on'));
    await replacePeople(db, LIVE_PEOPLE, PEOPLE);
    await db.query(`ALTER TABLE "returnee" DROP CONSTRAINT "FK_d51cfd14a345b40c0f1a5d9208f"`);
    await db.query(`DROP INDEX "public"."IDX_5cfa63b9e549233e93a46ab8c5"`);
    await db.query(`DROP INDEX "public"."IDX_d51cfd14a345b40c0f1a5d9208"`);
    await db.query(`ALTER TABLE "returnee" DROP COLUMN "merge_reason"`);
    await db.query(`ALTER TABLE "returnee" DROP COLUMN "merged_at"`);
    await db.query(`ALTER TABLE "returnee" DROP COLUMN "merged_into_id"`);
  }
}
