import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The article's figures from summary tables the database keeps exact (explained in
 * docs/architecture.md, "Statistics").
 *
 * For a unit A (its scope from `unit_closure`) a person counts on a day D with three values that
 * change only on dated events: the latest day they ARRIVED in A's scope on or before D (from prison,
 * or handed over from a unit outside it), their employment status on D, and whether they are in A's
 * caseload on D. Each change is a pair of rows in `statistics_change`: -1 for the old values and +1
 * for the new ones, on the day of the change. A figure is then a sum: rows with arrival on or after
 * `returnedSince` and change on or before `asOf`. Because the sum telescopes, a person's rows add
 * up to 1 in exactly the state they are in on `asOf`, and to 0 when their latest arrival is before
 * `returnedSince`.
 *
 * `statistics_summary` holds those sums by unit, arrival and change, each at three grains (day,
 * month, year: 9 rows per change), so a figure reads a few hundred rows: whole years, then whole
 * months, then the days of the two boundary months (statistics-summary.ts builds the ranges).
 *
 * The rows are recomputed per person by `statistics_refresh(ids)` from the same dated records the
 * reference SQL reads, called by statement triggers on returnee, case_transfer, case_closure,
 * employment_period and release (inside the writing transaction, so the figures never lag), and by
 * the unit closure's trigger for the people of units whose ancestry changed (a move or a merger).
 */
/** The tables the figures read, whose writes refresh the summaries of the people they concern. */
const STATISTICS_TABLES = ['returnee', 'case_transfer', 'case_closure', 'employment_period', 'release'];

export class StatisticsSummary1796600000000 implements MigrationInterface {
  name = 'StatisticsSummary1796600000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE "statistics_change" (
        "returnee_id" uuid NOT NULL,
        "unit_id" uuid NOT NULL,
        "arrived_on" date NOT NULL,
        "changed_on" date NOT NULL,
        "status" "public"."employment_status",
        "in_caseload" boolean NOT NULL,
        "delta" smallint NOT NULL
      )`);
    await db.query(`CREATE INDEX "IDX_statistics_change_returnee" ON "statistics_change" ("returnee_id")`);
    // grain: 1 day, 2 month (first day), 3 year (1 January); "people" is a sum of deltas.
    await db.query(`
      CREATE TABLE "statistics_summary" (
        "unit_id" uuid NOT NULL,
        "arrived_grain" smallint NOT NULL,
        "changed_grain" smallint NOT NULL,
        "arrived" date NOT NULL,
        "changed" date NOT NULL,
        "status" "public"."employment_status",
        "in_caseload" boolean NOT NULL,
        "people" integer NOT NULL
      )`);
    await db.query(`
      CREATE UNIQUE INDEX "IDX_statistics_summary_key" ON "statistics_summary"
        ("unit_id", "arrived_grain", "changed_grain", "arrived", "changed", "in_caseload", "status")
        INCLUDE ("people") NULLS NOT DISTINCT`);

    // The dated rules of the reference SQL (statistics.reference.ts, caseload-rule.ts), per person.
    await db.query(`
      CREATE FUNCTION statistics_person_changes(ids uuid[])
      RETURNS TABLE (returnee_id uuid, unit_id uuid, arrived_on date, changed_on date,
        status employment_status, in_caseload boolean, delta smallint)
      LANGUAGE sql STABLE AS $$
      WITH person AS (SELECT DISTINCT id FROM unnest(ids) AS p(id)),
      first_transfer AS (
        SELECT DISTINCT ON (t.returnee_id) t.returnee_id, t.from_unit_id, t.transferred_on
        FROM case_transfer t JOIN person p ON p.id = t.returnee_id
        ORDER BY t.returnee_id, t.transferred_on, t.created_at
      ),
      stint AS (
        SELECT r.id AS returnee_id, r.unit_id, NULL::uuid AS from_unit_id, r.returned_on AS arrived_on,
          NULL::date AS left_on
        FROM returnee r JOIN person p ON p.id = r.id
        WHERE NOT EXISTS (SELECT 1 FROM case_transfer t WHERE t.returnee_id = r.id)
        UNION ALL
        SELECT f.returnee_id, f.from_unit_id, NULL, r.returned_on, f.transferred_on
        FROM first_transfer f JOIN returnee r ON r.id = f.returnee_id
        UNION ALL
        SELECT t.returnee_id, t.to_unit_id, t.from_unit_id, t.transferred_on,
          (SELECT n.transferred_on FROM case_transfer n
            WHERE n.returnee_id = t.returnee_id AND (n.transferred_on, n.created_at) > (t.transferred_on, t.created_at)
            ORDER BY n.transferred_on, n.created_at LIMIT 1)
        FROM case_transfer t JOIN person p ON p.id = t.returnee_id
      ),
      -- Every unit whose scope holds one of the person's stints, with the stints seen from it.
      seen AS (
        SELECT a.ancestor_id AS scope_id, s.returnee_id, s.arrived_on, s.left_on,
          EXISTS (SELECT 1 FROM unit_closure c WHERE c.ancestor_id = a.ancestor_id AND c.unit_id = s.unit_id) AS inside,
          s.from_unit_id IS NULL
            OR NOT EXISTS (SELECT 1 FROM unit_closure c WHERE c.ancestor_id = a.ancestor_id AND c.unit_id = s.from_unit_id)
            AS entry
        FROM (SELECT DISTINCT s.returnee_id, c.ancestor_id FROM stint s JOIN unit_closure c ON c.unit_id = s.unit_id) a
        JOIN stint s ON s.returnee_id = a.returnee_id
      ),
      -- The days on which anything the figures read can change.
      day AS (
        SELECT DISTINCT b.returnee_id, b.d FROM (
          SELECT s.returnee_id, s.arrived_on AS d FROM stint s
          UNION ALL SELECT s.returnee_id, s.left_on FROM stint s WHERE s.left_on IS NOT NULL
          UNION ALL SELECT c.returnee_id, c.closed_on FROM case_closure c JOIN person p ON p.id = c.returnee_id
          UNION ALL SELECT c.returnee_id, c.reopened_on FROM case_closure c JOIN person p ON p.id = c.returnee_id
            WHERE c.reopened_on IS NOT NULL
          UNION ALL SELECT rl.returnee_id, rl.released_on FROM release rl JOIN person p ON p.id = rl.returnee_id
            WHERE rl.type = 'PAROLE'
          UNION ALL SELECT rl.returnee_id, rl.probation_ends_on + 1 FROM release rl JOIN person p ON p.id = rl.returnee_id
            WHERE rl.type = 'PAROLE' AND rl.probation_ends_on IS NOT NULL
          UNION ALL SELECT e.returnee_id, e.started_on FROM employment_period e JOIN person p ON p.id = e.returnee_id
          UNION ALL SELECT e.returnee_id, e.ended_on + 1 FROM employment_period e JOIN person p ON p.id = e.returnee_id
            WHERE e.ended_on IS NOT NULL
        ) b
        -- A person handed over before coming home has a first stint with no arrival day.
        WHERE b.d IS NOT NULL
      ),
      person_day AS (
        SELECT d.returnee_id, d.d,
          (SELECT e.status FROM employment_period e
            WHERE e.returnee_id = d.returnee_id AND e.started_on <= d.d AND (e.ended_on IS NULL OR e.ended_on >= d.d)
            ORDER BY e.started_on DESC LIMIT 1) AS status,
          NOT EXISTS (SELECT 1 FROM case_closure c WHERE c.returnee_id = d.returnee_id AND c.closed_on <= d.d
              AND (c.reopened_on IS NULL OR c.reopened_on > d.d))
            AND NOT EXISTS (SELECT 1 FROM release rl WHERE rl.returnee_id = d.returnee_id AND rl.type = 'PAROLE'
              AND rl.released_on <= d.d AND rl.probation_ends_on >= d.d) AS open
        FROM day d
      ),
      -- A join and an aggregate, not subqueries per day: linear in the number of people refreshed.
      state AS (
        SELECT s.returnee_id, s.scope_id, pd.d, pd.status,
          max(s.arrived_on) FILTER (WHERE s.inside AND s.entry AND s.arrived_on <= pd.d) AS arrived_on,
          pd.open AND coalesce(bool_or(s.inside AND s.arrived_on <= pd.d AND (s.left_on IS NULL OR s.left_on > pd.d)), false)
            AS in_caseload
        FROM seen s JOIN person_day pd ON pd.returnee_id = s.returnee_id
        GROUP BY s.returnee_id, s.scope_id, pd.d, pd.status, pd.open
      ),
      change AS (
        SELECT s.*, lag(s.arrived_on) OVER w AS was_arrived_on, lag(s.status) OVER w AS was_status,
          lag(s.in_caseload) OVER w AS was_in_caseload
        FROM state s WINDOW w AS (PARTITION BY s.returnee_id, s.scope_id ORDER BY s.d)
      )
      SELECT c.returnee_id, c.scope_id, c.arrived_on, c.d, c.status, c.in_caseload, 1::smallint FROM change c
      WHERE c.arrived_on IS NOT NULL
        AND (c.arrived_on, c.status, c.in_caseload) IS DISTINCT FROM (c.was_arrived_on, c.was_status, c.was_in_caseload)
      UNION ALL
      SELECT c.returnee_id, c.scope_id, c.was_arrived_on, c.d, c.was_status, c.was_in_caseload, -1::smallint FROM change c
      WHERE c.was_arrived_on IS NOT NULL
        AND (c.arrived_on, c.status, c.in_caseload) IS DISTINCT FROM (c.was_arrived_on, c.was_status, c.was_in_caseload)
      $$`);

    // Replaces the people's rows and moves the sums by the difference only, in key order (two
    // writers touching the same sums lock them in the same order). PL/pgSQL keeps the statement's
    // plan for the session: planning it is most of the cost of refreshing one person.
    await db.query(`
      CREATE FUNCTION statistics_refresh(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
      WITH fresh AS (SELECT * FROM statistics_person_changes(ids)),
      old AS (DELETE FROM statistics_change c WHERE c.returnee_id = ANY(ids) RETURNING c.*),
      saved AS (INSERT INTO statistics_change SELECT * FROM fresh),
      diff AS (
        SELECT unit_id, arrived_on, changed_on, status, in_caseload, delta FROM fresh
        UNION ALL SELECT unit_id, arrived_on, changed_on, status, in_caseload, -delta FROM old
      ),
      grained AS (
        SELECT d.unit_id, ga.g AS arrived_grain, gc.g AS changed_grain,
          CASE ga.g WHEN 1 THEN d.arrived_on ELSE date_trunc(ga.unit, d.arrived_on)::date END AS arrived,
          CASE gc.g WHEN 1 THEN d.changed_on ELSE date_trunc(gc.unit, d.changed_on)::date END AS changed,
          d.status, d.in_caseload, d.delta
        FROM diff d
        CROSS JOIN (VALUES (1::smallint, 'day'), (2::smallint, 'month'), (3::smallint, 'year')) ga(g, unit)
        CROSS JOIN (VALUES (1::smallint, 'day'), (2::smallint, 'month'), (3::smallint, 'year')) gc(g, unit)
      )
      INSERT INTO statistics_summary AS s
      SELECT unit_id, arrived_grain, changed_grain, arrived, changed, status, in_caseload, sum(delta)
      FROM grained
      GROUP BY unit_id, arrived_grain, changed_grain, arrived, changed, in_caseload, status
      HAVING sum(delta) <> 0
      ORDER BY unit_id, arrived_grain, changed_grain, arrived, changed, in_caseload, status
      ON CONFLICT (unit_id, arrived_grain, changed_grain, arrived, changed, in_caseload, status)
      DO UPDATE SET people = s.people + excluded.people;
      END $$`);

    // Statement triggers with transition tables: a statement writing ten thousand rows refreshes
    // its people in one set-based call, not ten thousand.
    await db.query(`
      CREATE FUNCTION statistics_refresh_people() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        ids uuid[];
      BEGIN
        IF TG_TABLE_NAME = 'returnee' THEN
          IF TG_OP = 'INSERT' THEN ids := ARRAY(SELECT id FROM new_rows);
          ELSIF TG_OP = 'DELETE' THEN ids := ARRAY(SELECT id FROM old_rows);
          ELSE
            -- Only the people whose unit or return day changed: other edits leave the figures alone.
            ids := ARRAY(SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
              WHERE (n.unit_id, n.returned_on) IS DISTINCT FROM (o.unit_id, o.returned_on));
          END IF;
        ELSIF TG_OP = 'INSERT' THEN ids := ARRAY(SELECT DISTINCT returnee_id FROM new_rows);
        ELSIF TG_OP = 'DELETE' THEN ids := ARRAY(SELECT DISTINCT returnee_id FROM old_rows);
        ELSE ids := ARRAY(SELECT returnee_id FROM new_rows UNION SELECT returnee_id FROM old_rows);
        END IF;
        IF cardinality(ids) > 0 THEN PERFORM statistics_refresh(ids); END IF;
        RETURN NULL;
      END $$`);
    for (const table of STATISTICS_TABLES) {
      await db.query(`
        CREATE TRIGGER "${table}_statistics_insert" AFTER INSERT ON "${table}"
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION statistics_refresh_people()`);
      await db.query(`
        CREATE TRIGGER "${table}_statistics_update" AFTER UPDATE ON "${table}"
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
        EXECUTE FUNCTION statistics_refresh_people()`);
      await db.query(`
        CREATE TRIGGER "${table}_statistics_delete" AFTER DELETE ON "${table}"
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION statistics_refresh_people()`);
    }

    // The closure now changes only the rows that differ, and refreshes the people of every unit
    // whose ancestors changed: their arrivals (from outside a scope) depend on the scopes.
    await db.query(`
      CREATE OR REPLACE FUNCTION refresh_unit_closure() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        moved uuid[];
      BEGIN
        -- One rebuild at a time; readers keep seeing the previous closure until it commits.
        LOCK TABLE unit_closure IN SHARE ROW EXCLUSIVE MODE;
        WITH RECURSIVE scope (ancestor_id, unit_id) AS (
          SELECT id, id FROM administrative_unit
          UNION
          SELECT s.ancestor_id, u.id FROM administrative_unit u
            JOIN scope s ON u.parent_id = s.unit_id OR u.successor_id = s.unit_id
        ),
        gone AS (
          DELETE FROM unit_closure c
          WHERE NOT EXISTS (SELECT 1 FROM scope s WHERE s.ancestor_id = c.ancestor_id AND s.unit_id = c.unit_id)
          RETURNING c.unit_id
        ),
        added AS (
          INSERT INTO unit_closure (ancestor_id, unit_id)
          SELECT s.ancestor_id, s.unit_id FROM scope s
          WHERE NOT EXISTS (SELECT 1 FROM unit_closure c WHERE c.ancestor_id = s.ancestor_id AND c.unit_id = s.unit_id)
          RETURNING unit_id
        )
        SELECT array_agg(DISTINCT unit_id) INTO moved FROM (SELECT unit_id FROM gone UNION ALL SELECT unit_id FROM added) m;
        IF moved IS NOT NULL THEN
          PERFORM statistics_refresh(ARRAY(
            SELECT r.id FROM returnee r WHERE r.unit_id = ANY(moved)
            UNION SELECT t.returnee_id FROM case_transfer t WHERE t.from_unit_id = ANY(moved) OR t.to_unit_id = ANY(moved)));
        END IF;
        RETURN NULL;
      END $$`);

    // Backfill, a batch of people at a time (each batch one set-based refresh), with no statement
    // timeout: at a million people this takes minutes, not the seconds a request may.
    await db.query('SET LOCAL statement_timeout = 0');
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const batch: Array<{ id: string }> = await db.query(
        'SELECT id FROM returnee WHERE id > $1 ORDER BY id LIMIT 20000',
        [after],
      );
      if (batch.length === 0) break;
      await db.query('SELECT statistics_refresh($1::uuid[])', [batch.map((row) => row.id)]);
      after = batch[batch.length - 1]?.id ?? after;
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE OR REPLACE FUNCTION refresh_unit_closure() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
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
    for (const table of STATISTICS_TABLES) {
      for (const event of ['insert', 'update', 'delete']) {
        await db.query(`DROP TRIGGER "${table}_statistics_${event}" ON "${table}"`);
      }
    }
    await db.query('DROP FUNCTION statistics_refresh_people()');
    await db.query('DROP FUNCTION statistics_refresh(uuid[])');
    await db.query('DROP FUNCTION statistics_person_changes(uuid[])');
    await db.query('DROP TABLE "statistics_summary"');
    await db.query('DROP TABLE "statistics_change"');
  }
}
