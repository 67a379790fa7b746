import type { MigrationInterface, QueryRunner } from 'typeorm';
import { StatisticsSummary1796600000000 } from './1796600000000-statistics-summary.js';

/**
 * The summary tables of StatisticsSummary1796600000000 at a fraction of the size and build time
 * (docs/architecture.md, "Statistics"). Measured at 100,000 people: 19 change rows and 83 summary
 * rows per person (1.6 GB), rebuilt at about 900 people a second; the rows of wards and districts
 * were 88% of the summary and barely summed anything (a ward's few hundred people rarely share an
 * arrival and a change day), while a province's rows do.
 *
 * - `statistics_change` keeps a person who was never handed over once, in their own unit, with
 *   `in_every_scope`: their rows are the same seen from every unit whose scope holds that unit
 *   (one stint, inside every such scope, arriving from prison). People handed over keep one set
 *   of rows per scope, as before (`in_every_scope` false). About 7 rows per person instead of 19.
 * - `statistics_summary` holds provinces only (`statistics_summarised`). Every other unit's
 *   figures are summed from its change rows (statistics-summary.ts): a district or a ward holds
 *   a few thousand people at most, whatever the size of the country.
 * - The whole tables are rebuilt set-based by `statistics_rebuild()`: the changes of everyone in
 *   one statement, indexes built after the load, then the provinces' sums from them, each grain
 *   from the next finer one.
 */

/** Whether the unit `id` (an SQL expression) has its figures in `statistics_summary`. */
const SUMMARISED = (id: string) =>
  `(SELECT statistics_summarised(u.level) FROM administrative_unit u WHERE u.id = ${id})`;

/** The three grains (statistics_grain): day, month, year. */
const GRAINS = `(VALUES (1::smallint), (2::smallint), (3::smallint))`;

/**
 * The dated rules of the reference SQL (statistics.reference.ts, caseload-rule.ts) for a set of
 * people, written with joins so that one plan serves a trigger's handful of people (index lookups)
 * and everyone at once (hash joins).
 */
const PERSON_CHANGES = `
  CREATE FUNCTION statistics_person_changes(ids uuid[])
  RETURNS TABLE (returnee_id uuid, unit_id uuid, in_every_scope boolean, arrived_on date, changed_on date,
    status employment_status, in_caseload boolean, delta smallint)
  LANGUAGE sql STABLE AS $$
  -- From the table, not unnest(ids): the planner then knows how many people there are.
  WITH person AS (SELECT r.id, r.unit_id, r.returned_on FROM returnee r WHERE r.id = ANY(ids)),
  first_transfer AS (
    SELECT DISTINCT ON (t.returnee_id) t.returnee_id, t.from_unit_id, t.transferred_on
    FROM case_transfer t JOIN person p ON p.id = t.returnee_id
    ORDER BY t.returnee_id, t.transferred_on, t.created_at
  ),
  stint AS (
    SELECT p.id AS returnee_id, p.unit_id, NULL::uuid AS from_unit_id, p.returned_on AS arrived_on,
      NULL::date AS left_on, true AS alone
    FROM person p
    WHERE NOT EXISTS (SELECT 1 FROM case_transfer t WHERE t.returnee_id = p.id)
    UNION ALL
    SELECT f.returnee_id, f.from_unit_id, NULL, p.returned_on, f.transferred_on, false
    FROM first_transfer f JOIN person p ON p.id = f.returnee_id
    UNION ALL
    SELECT t.returnee_id, t.to_unit_id, t.from_unit_id, t.transferred_on,
      (SELECT n.transferred_on FROM case_transfer n
        WHERE n.returnee_id = t.returnee_id AND (n.transferred_on, n.created_at) > (t.transferred_on, t.created_at)
        ORDER BY n.transferred_on, n.created_at LIMIT 1),
      false
    FROM case_transfer t JOIN person p ON p.id = t.returnee_id
  ),
  -- The scopes a person is seen from, with the stints seen from each. Never handed over: one
  -- stint, inside the scope of every unit that holds its unit and an arrival from prison in each,
  -- so one view from the unit itself stands for all of them (in_every_scope).
  seen AS (
    SELECT s.unit_id AS scope_id, true AS in_every_scope, s.returnee_id, s.arrived_on, s.left_on,
      true AS inside, true AS entry
    FROM stint s WHERE s.alone
    UNION ALL
    SELECT a.ancestor_id, false, s.returnee_id, s.arrived_on, s.left_on, ci.unit_id IS NOT NULL,
      s.from_unit_id IS NULL OR cf.unit_id IS NULL
    FROM (SELECT DISTINCT s.returnee_id, c.ancestor_id FROM stint s JOIN unit_closure c ON c.unit_id = s.unit_id
      WHERE NOT s.alone) a
    JOIN stint s ON s.returnee_id = a.returnee_id
    LEFT JOIN unit_closure ci ON ci.ancestor_id = a.ancestor_id AND ci.unit_id = s.unit_id
    LEFT JOIN unit_closure cf ON cf.ancestor_id = a.ancestor_id AND cf.unit_id = s.from_unit_id
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
  -- Employment on a day: the period covering it (end day included) that started last.
  status_on AS (
    SELECT DISTINCT ON (d.returnee_id, d.d) d.returnee_id, d.d, e.status
    FROM day d JOIN employment_period e ON e.returnee_id = d.returnee_id
      AND e.started_on <= d.d AND (e.ended_on IS NULL OR e.ended_on >= d.d)
    ORDER BY d.returnee_id, d.d, e.started_on DESC
  ),
  -- Out of the caseload on a day (caseload-rule.ts): a closure in force, or parole probation
  -- (its last day included; Circular 10/2024/TT-BCA art. 7).
  shut_on AS (
    SELECT d.returnee_id, d.d FROM day d JOIN case_closure c ON c.returnee_id = d.returnee_id
      AND c.closed_on <= d.d AND (c.reopened_on IS NULL OR c.reopened_on > d.d)
    UNION
    SELECT d.returnee_id, d.d FROM day d JOIN release rl ON rl.returnee_id = d.returnee_id AND rl.type = 'PAROLE'
      AND rl.released_on <= d.d AND rl.probation_ends_on >= d.d
  ),
  person_day AS MATERIALIZED (
    SELECT d.returnee_id, d.d, so.status, sh.d IS NULL AS open
    FROM day d
    LEFT JOIN status_on so ON so.returnee_id = d.returnee_id AND so.d = d.d
    LEFT JOIN shut_on sh ON sh.returnee_id = d.returnee_id AND sh.d = d.d
  ),
  -- A join and an aggregate, not subqueries per day: linear in the number of people refreshed.
  state AS (
    SELECT s.returnee_id, s.scope_id, s.in_every_scope, pd.d, pd.status,
      max(s.arrived_on) FILTER (WHERE s.inside AND s.entry AND s.arrived_on <= pd.d) AS arrived_on,
      pd.open AND coalesce(bool_or(s.inside AND s.arrived_on <= pd.d AND (s.left_on IS NULL OR s.left_on > pd.d)), false)
        AS in_caseload
    FROM seen s JOIN person_day pd ON pd.returnee_id = s.returnee_id
    GROUP BY s.returnee_id, s.scope_id, s.in_every_scope, pd.d, pd.status, pd.open
  ),
  change AS (
    SELECT s.*, lag(s.arrived_on) OVER w AS was_arrived_on, lag(s.status) OVER w AS was_status,
      lag(s.in_caseload) OVER w AS was_in_caseload
    FROM state s WINDOW w AS (PARTITION BY s.returnee_id, s.scope_id, s.in_every_scope ORDER BY s.d)
  )
  SELECT c.returnee_id, c.scope_id, c.in_every_scope, c.arrived_on, c.d, c.status, c.in_caseload, 1::smallint
  FROM change c
  WHERE c.arrived_on IS NOT NULL
    AND (c.arrived_on, c.status, c.in_caseload) IS DISTINCT FROM (c.was_arrived_on, c.was_status, c.was_in_caseload)
  UNION ALL
  SELECT c.returnee_id, c.scope_id, c.in_every_scope, c.was_arrived_on, c.d, c.was_status, c.was_in_caseload,
    -1::smallint
  FROM change c
  WHERE c.was_arrived_on IS NOT NULL
    AND (c.arrived_on, c.status, c.in_caseload) IS DISTINCT FROM (c.was_arrived_on, c.was_status, c.was_in_caseload)
  $$`;

/**
 * Replaces the people's rows and moves the provinces' sums by the difference only, in key order
 * (two writers touching the same sums lock them in the same order). With `recount` false it only
 * withdraws them: the unit closure's trigger does that before the scopes change, and counts the
 * people again after. The statement's generic plan is kept for the session: planning it took 4 of
 * the 5 ms a write spent refreshing one person (1.4 ms with the kept plan, measured at 200,000).
 */
const REFRESH = `
  CREATE FUNCTION statistics_refresh(ids uuid[], recount boolean DEFAULT true) RETURNS void LANGUAGE plpgsql
  SET plan_cache_mode = force_generic_plan AS $$
  BEGIN
  WITH fresh AS (SELECT * FROM statistics_person_changes(ids) WHERE recount),
  old AS (DELETE FROM statistics_change c WHERE c.returnee_id = ANY(ids) RETURNING c.*),
  saved AS (INSERT INTO statistics_change SELECT * FROM fresh),
  diff AS (
    SELECT unit_id, in_every_scope, arrived_on, changed_on, status, in_caseload, delta FROM fresh
    UNION ALL SELECT unit_id, in_every_scope, arrived_on, changed_on, status, in_caseload, -delta FROM old
  ),
  -- The provinces among the units that count each row. Asked per row: joined, the session's plan
  -- started from the province and read its whole closure (9 of 10 ms a write at a million people).
  summed AS (
    SELECT k.ancestor_id AS unit_id, d.arrived_on, d.changed_on, d.status, d.in_caseload, d.delta
    FROM diff d JOIN unit_closure k ON k.unit_id = d.unit_id
    WHERE d.in_every_scope AND ${SUMMARISED('k.ancestor_id')}
    UNION ALL
    SELECT d.unit_id, d.arrived_on, d.changed_on, d.status, d.in_caseload, d.delta
    FROM diff d
    WHERE NOT d.in_every_scope AND ${SUMMARISED('d.unit_id')}
  ),
  grained AS (
    SELECT d.unit_id, ga.g AS arrived_grain, gc.g AS changed_grain, statistics_grain(d.arrived_on, ga.g) AS arrived,
      statistics_grain(d.changed_on, gc.g) AS changed, d.status, d.in_caseload, d.delta
    FROM summed d CROSS JOIN ${GRAINS} ga(g) CROSS JOIN ${GRAINS} gc(g)
  )
  INSERT INTO statistics_summary AS s
  SELECT unit_id, arrived_grain, changed_grain, arrived, changed, status, in_caseload, sum(delta)
  FROM grained
  GROUP BY unit_id, arrived_grain, changed_grain, arrived, changed, in_caseload, status
  HAVING sum(delta) <> 0
  ORDER BY unit_id, arrived_grain, changed_grain, arrived, changed, in_caseload, status
  ON CONFLICT (unit_id, arrived_grain, changed_grain, arrived, changed, in_caseload, status)
  DO UPDATE SET people = s.people + excluded.people;
  END $$`;

/**
 * Recomputes the summary rows of `units` from their change rows (none for a unit that is not
 * summarised): the bulk rebuild for every province, and a unit whose level changed. The 3 x 3
 * grains of statistics_refresh, each summed from the next finer one: the day-by-day sums, then
 * change months from their days and change years from their months, then arrival months and years
 * likewise over every change grain (a fifth less time than grouping sets over the days).
 */
const SUMMARISE = `
  CREATE FUNCTION statistics_summarise(units uuid[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM statistics_summary WHERE unit_id = ANY(units);
  INSERT INTO statistics_summary (unit_id, arrived_grain, changed_grain, arrived, changed, status, in_caseload, people)
  WITH scope AS (SELECT u.id FROM administrative_unit u WHERE u.id = ANY(units) AND statistics_summarised(u.level)),
  counted AS (
    SELECT k.ancestor_id AS unit_id, c.arrived_on, c.changed_on, c.status, c.in_caseload, c.delta
    FROM scope JOIN unit_closure k ON k.ancestor_id = scope.id
    JOIN statistics_change c ON c.unit_id = k.unit_id AND c.in_every_scope
    UNION ALL
    SELECT c.unit_id, c.arrived_on, c.changed_on, c.status, c.in_caseload, c.delta
    FROM scope JOIN statistics_change c ON c.unit_id = scope.id AND NOT c.in_every_scope
  ),
  days (unit_id, arrived_grain, changed_grain, arrived, changed, status, in_caseload, people) AS MATERIALIZED (
    SELECT unit_id, 1, 1, arrived_on, changed_on, status, in_caseload, sum(delta)::int
    FROM counted GROUP BY unit_id, arrived_on, changed_on, in_caseload, status
  ),
  ${coarser('changed_months', 'days', 'changed', 2)},
  ${coarser('changed_years', 'changed_months', 'changed', 3)},
  ${coarser('arrived_months', '(SELECT * FROM days UNION ALL SELECT * FROM changed_months UNION ALL SELECT * FROM changed_years)', 'arrived', 2)},
  ${coarser('arrived_years', 'arrived_months', 'arrived', 3)}
  SELECT * FROM (
    SELECT * FROM days UNION ALL SELECT * FROM changed_months UNION ALL SELECT * FROM changed_years
    UNION ALL SELECT * FROM arrived_months UNION ALL SELECT * FROM arrived_years
  ) sums
  WHERE people <> 0
  $$`;

/** A CTE summing the rows of `finer` with their arrival or change day at a coarser `grain`. */
function coarser(name: string, finer: string, side: 'arrived' | 'changed', grain: number): string {
  const coarse = `statistics_grain(f.${side}, ${grain}::smallint)`;
  const arrived = side === 'arrived' ? coarse : 'f.arrived';
  const changed = side === 'changed' ? coarse : 'f.changed';
  const kept = side === 'arrived' ? 'f.changed_grain' : 'f.arrived_grain';
  const grains = side === 'arrived' ? `${grain}, f.changed_grain` : `f.arrived_grain, ${grain}`;
  return `${name} (unit_id, arrived_grain, changed_grain, arrived, changed, status, in_caseload, people) AS MATERIALIZED (
    SELECT f.unit_id, ${grains}, ${arrived}, ${changed}, f.status, f.in_caseload, sum(f.people)::int
    FROM ${finer} f
    GROUP BY f.unit_id, ${kept}, ${arrived}, ${changed}, f.in_caseload, f.status
  )`;
}

/**
 * Both tables from scratch, for everyone: the changes in one statement (the people's ids passed as
 * a value, so the plan is made for all of them), the indexes dropped during the load and built
 * after it from their own definitions, then each province's sums, then fresh planner statistics.
 * The changes are grouped by sorting rather than hashing: 5.3 s instead of 9 s for 200,000 people
 * (the window over each person's days then reads the grouping's order).
 */
const REBUILD = `
  CREATE FUNCTION statistics_rebuild() RETURNS void LANGUAGE plpgsql SET work_mem = '256MB' AS $$
  DECLARE
    change_indexes text[] := statistics_drop_indexes('statistics_change');
    summary_indexes text[] := statistics_drop_indexes('statistics_summary');
    hashagg text := current_setting('enable_hashagg');
  BEGIN
    TRUNCATE statistics_change, statistics_summary;
    PERFORM set_config('enable_hashagg', 'off', true);
    EXECUTE 'INSERT INTO statistics_change SELECT * FROM statistics_person_changes($1)'
      USING ARRAY(SELECT id FROM returnee);
    PERFORM set_config('enable_hashagg', hashagg, true);
    FOR i IN 1 .. cardinality(change_indexes) LOOP EXECUTE change_indexes[i]; END LOOP;
    ANALYZE statistics_change;
    PERFORM statistics_summarise(ARRAY(SELECT id FROM administrative_unit));
    FOR i IN 1 .. cardinality(summary_indexes) LOOP EXECUTE summary_indexes[i]; END LOOP;
    ANALYZE statistics_summary;
  END $$`;

/** Drops a table's indexes and answers their definitions, read from the catalogue, to make them again. */
const DROP_INDEXES = `
  CREATE FUNCTION statistics_drop_indexes(tab regclass) RETURNS text[] LANGUAGE plpgsql AS $$
  DECLARE
    ix record;
    made text[] := '{}';
  BEGIN
    FOR ix IN SELECT i.indexrelid::regclass AS name, pg_get_indexdef(i.indexrelid) AS definition
      FROM pg_index i WHERE i.indrelid = tab
    LOOP
      made := made || ix.definition;
      EXECUTE format('DROP INDEX %s', ix.name);
    END LOOP;
    RETURN made;
  END $$`;

/**
 * The closure's trigger of StatisticsSummary1796600000000, now withdrawing the people of every
 * unit whose ancestors change before applying the change (their rows reach the provinces through
 * the closure), and counting them again after.
 */
const SCOPES = `
  WITH RECURSIVE scope (ancestor_id, unit_id) AS (
    SELECT id, id FROM administrative_unit
    UNION
    SELECT s.ancestor_id, u.id FROM administrative_unit u
      JOIN scope s ON u.parent_id = s.unit_id OR u.successor_id = s.unit_id
  )`;
const CLOSURE = `
  CREATE OR REPLACE FUNCTION refresh_unit_closure() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    people uuid[];
  BEGIN
    -- One rebuild at a time; readers keep seeing the previous closure until it commits.
    LOCK TABLE unit_closure IN SHARE ROW EXCLUSIVE MODE;
    ${SCOPES},
    moved AS (
      SELECT c.unit_id FROM unit_closure c
      WHERE NOT EXISTS (SELECT 1 FROM scope s WHERE s.ancestor_id = c.ancestor_id AND s.unit_id = c.unit_id)
      UNION
      SELECT s.unit_id FROM scope s
      WHERE NOT EXISTS (SELECT 1 FROM unit_closure c WHERE c.ancestor_id = s.ancestor_id AND c.unit_id = s.unit_id)
    )
    SELECT ARRAY(
      SELECT r.id FROM returnee r WHERE r.unit_id IN (SELECT unit_id FROM moved)
      UNION SELECT t.returnee_id FROM case_transfer t
      WHERE t.from_unit_id IN (SELECT unit_id FROM moved) OR t.to_unit_id IN (SELECT unit_id FROM moved))
    INTO people;
    IF cardinality(people) > 0 THEN PERFORM statistics_refresh(people, false); END IF;
    ${SCOPES},
    gone AS (
      DELETE FROM unit_closure c
      WHERE NOT EXISTS (SELECT 1 FROM scope s WHERE s.ancestor_id = c.ancestor_id AND s.unit_id = c.unit_id)
    )
    INSERT INTO unit_closure (ancestor_id, unit_id)
    SELECT s.ancestor_id, s.unit_id FROM scope s
    WHERE NOT EXISTS (SELECT 1 FROM unit_closure c WHERE c.ancestor_id = s.ancestor_id AND c.unit_id = s.unit_id);
    IF cardinality(people) > 0 THEN PERFORM statistics_refresh(people); END IF;
    RETURN NULL;
  END $$`;

/** A unit that becomes, or stops being, summarised gets its sums made, or dropped. */
const LEVEL = `
  CREATE FUNCTION statistics_unit_level() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    changed uuid[] := ARRAY(
      SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n.level IS DISTINCT FROM o.level);
  BEGIN
    IF cardinality(changed) > 0 THEN PERFORM statistics_summarise(changed); END IF;
    RETURN NULL;
  END $$`;

export class StatisticsProvinceSummary1796670000000 implements MigrationInterface {
  name = 'StatisticsProvinceSummary1796670000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE "statistics_change"');
    await db.query(`
      CREATE TABLE "statistics_change" (
        "returnee_id" uuid NOT NULL,
        "unit_id" uuid NOT NULL,
        "in_every_scope" boolean NOT NULL,
        "arrived_on" date NOT NULL,
        "changed_on" date NOT NULL,
        "status" "public"."employment_status",
        "in_caseload" boolean NOT NULL,
        "delta" smallint NOT NULL
      )`);
    await db.query(`CREATE INDEX "IDX_statistics_change_returnee" ON "statistics_change" ("returnee_id")`);
    // A unit's own rows, and those of the units in its scope, for the figures of non-summarised units.
    await db.query(`CREATE INDEX "IDX_statistics_change_unit" ON "statistics_change" ("unit_id", "arrived_on")`);
    await db.query(`
      CREATE FUNCTION statistics_summarised(level unit_level) RETURNS boolean LANGUAGE sql IMMUTABLE
      AS $$ SELECT level = 'PROVINCE' $$`);
    // grain: 1 day, 2 month (first day), 3 year (1 January).
    await db.query(`
      CREATE FUNCTION statistics_grain(day date, grain smallint) RETURNS date LANGUAGE sql IMMUTABLE AS $$
        SELECT CASE grain WHEN 1 THEN day WHEN 2 THEN date_trunc('month', day::timestamp)::date
          ELSE date_trunc('year', day::timestamp)::date END $$`);
    await db.query('DROP FUNCTION statistics_refresh(uuid[])');
    await db.query('DROP FUNCTION statistics_person_changes(uuid[])');
    await db.query(PERSON_CHANGES);
    await db.query(REFRESH);
    await db.query(SUMMARISE);
    await db.query(DROP_INDEXES);
    await db.query(REBUILD);
    await db.query(CLOSURE);
    await db.query(LEVEL);
    await db.query(`
      CREATE TRIGGER "administrative_unit_statistics_level" AFTER UPDATE ON "administrative_unit"
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
      EXECUTE FUNCTION statistics_unit_level()`);
    await db.query('SET LOCAL statement_timeout = 0');
    await db.query('SELECT statistics_rebuild()');
  }

  /** Back to the previous layout: its objects dropped here, then made and filled by its own migration. */
  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER "administrative_unit_statistics_level" ON "administrative_unit"`);
    await db.query('DROP FUNCTION statistics_unit_level()');
    for (const table of ['returnee', 'case_transfer', 'case_closure', 'employment_period', 'release']) {
      for (const event of ['insert', 'update', 'delete']) {
        await db.query(`DROP TRIGGER "${table}_statistics_${event}" ON "${table}"`);
      }
    }
    await db.query('DROP FUNCTION statistics_refresh_people()');
    await db.query('DROP FUNCTION statistics_rebuild()');
    await db.query('DROP FUNCTION statistics_drop_indexes(regclass)');
    await db.query('DROP FUNCTION statistics_summarise(uuid[])');
    await db.query('DROP FUNCTION statistics_refresh(uuid[], boolean)');
    await db.query('DROP FUNCTION statistics_person_changes(uuid[])');
    await db.query('DROP FUNCTION statistics_grain(date, smallint)');
    await db.query('DROP FUNCTION statistics_summarised(unit_level)');
    await db.query('DROP TABLE "statistics_summary"');
    await db.query('DROP TABLE "statistics_change"');
    await new StatisticsSummary1796600000000().up(db);
  }
}
