import type { EntityManager } from 'typeorm';
import { UNIT_SCOPE_CTE } from '../units/units.service.js';
import { IN_CASELOAD_ON_SQL } from './caseload-rule.js';
import { LIVE_RETURNEE_SQL } from '../returnees/returnee-access.js';
import { type BreakdownRow, breakdown } from './statistics.breakdown.js';
import type { CaseloadPoint, EmploymentBreakdown } from './statistics.types.js';

/*
 * The figures computed live from the dated records: the definition the summary tables
 * (statistics-summary.ts) must reproduce exactly. Not on the request path (it reads every stint
 * of the scope, seconds at a million people); the property test compares the two on random
 * histories.
 */

/** A person's stints in the scope ($1), shared by the figures and the month-by-month caseload. */
const STINT_CTE = `
  stint AS (
    -- Never handed over: one stint in their current unit.
    SELECT r.id AS returnee_id, NULL::uuid AS from_unit_id, r.returned_on AS arrived_on, NULL::date AS left_on
    FROM returnee r
    WHERE r.unit_id IN (SELECT id FROM unit_scope) AND r.returned_on IS NOT NULL AND ${LIVE_RETURNEE_SQL}
      AND NOT EXISTS (SELECT 1 FROM case_transfer t WHERE t.returnee_id = r.id)
    UNION ALL
    -- Handed over: the stint in the unit they first came home to, up to the first hand-over.
    SELECT first.returnee_id, NULL::uuid, r.returned_on, first.transferred_on
    FROM (
      SELECT DISTINCT ON (t.returnee_id) t.returnee_id, t.from_unit_id, t.transferred_on
      FROM case_transfer t ORDER BY t.returnee_id, t.transferred_on, t.created_at
    ) first JOIN returnee r ON r.id = first.returnee_id
    WHERE first.from_unit_id IN (SELECT id FROM unit_scope) AND r.returned_on IS NOT NULL AND ${LIVE_RETURNEE_SQL}
    UNION ALL
    -- ... and one stint per hand-over, in the receiving unit, up to the next one.
    SELECT t.returnee_id, t.from_unit_id, t.transferred_on,
      (SELECT n.transferred_on FROM case_transfer n
        WHERE n.returnee_id = t.returnee_id AND (n.transferred_on, n.created_at) > (t.transferred_on, t.created_at)
        ORDER BY n.transferred_on, n.created_at LIMIT 1)
    FROM case_transfer t WHERE t.to_unit_id IN (SELECT id FROM unit_scope)
  )`;

/**
 * The article's two breakdowns, computed from dated records in one statement.
 *
 * A person belongs to a unit in stints: from their return to the unit they first came home to,
 * then from each hand-over (`case_transfer`) to the receiving unit. The cohort of a unit is everyone
 * who ARRIVED in its scope between `returnedSince` and `asOf` (from prison, or handed over from a
 * unit outside the scope: a move between two wards of the same city is not a new return for the
 * city). The caseload is that cohort's people whose stint on `asOf` is in the scope, who have no
 * closure in force on `asOf` and who are not parolees still on probation that day (caseload-rule.ts,
 * Circular 10/2024/TT-BCA art. 7: they count in the cohort, not yet in the caseload). Employment
 * is the status of the period covering `asOf` (end dates inclusive). Every branch is limited to the
 * scope first, so a ward's figures read only the ward's rows.
 */
const STATS_SQL = `
  WITH RECURSIVE ${UNIT_SCOPE_CTE},${STINT_CTE},
  arrival AS (
    SELECT DISTINCT s.returnee_id FROM stint s
    WHERE s.arrived_on BETWEEN $2 AND $3
      AND (s.from_unit_id IS NULL OR s.from_unit_id NOT IN (SELECT id FROM unit_scope))
  ),
  cohort AS (
    SELECT
      (SELECT ep.status FROM employment_period ep
        WHERE ep.returnee_id = a.returnee_id AND ep.started_on <= $3 AND (ep.ended_on IS NULL OR ep.ended_on >= $3)
        ORDER BY ep.started_on DESC LIMIT 1) AS status,
      EXISTS (SELECT 1 FROM stint s WHERE s.returnee_id = a.returnee_id
          AND s.arrived_on <= $3 AND (s.left_on IS NULL OR s.left_on > $3))
        AND ${IN_CASELOAD_ON_SQL('a.returnee_id', '$3::date')} AS in_caseload
    FROM arrival a
  )
  SELECT in_caseload,
    count(*)::int AS total,
    count(*) FILTER (WHERE status = 'STABLE')::int AS stable,
    count(*) FILTER (WHERE status = 'UNSTABLE')::int AS unstable,
    count(*) FILTER (WHERE status = 'UNEMPLOYED')::int AS unemployed
  FROM cohort GROUP BY in_caseload`;

/**
 * The caseload on each of several days ($3, an array), by employment status, with the same rules as
 * STATS_SQL's `in_caseload`: arrived in the scope between $2 and that day, in a stint covering it,
 * no closure in force on it, not on parole probation that day. One statement for every day.
 */
const CASELOAD_BY_DAY_SQL = `
  WITH RECURSIVE ${UNIT_SCOPE_CTE},${STINT_CTE},
  day AS (SELECT unnest($3::date[]) AS d),
  arrival AS (
    SELECT DISTINCT day.d, s.returnee_id FROM stint s JOIN day ON s.arrived_on BETWEEN $2 AND day.d
    WHERE s.from_unit_id IS NULL OR s.from_unit_id NOT IN (SELECT id FROM unit_scope)
  ),
  caseload AS (
    SELECT a.d,
      (SELECT ep.status FROM employment_period ep
        WHERE ep.returnee_id = a.returnee_id AND ep.started_on <= a.d AND (ep.ended_on IS NULL OR ep.ended_on >= a.d)
        ORDER BY ep.started_on DESC LIMIT 1) AS status
    FROM arrival a
    WHERE EXISTS (SELECT 1 FROM stint s WHERE s.returnee_id = a.returnee_id
        AND s.arrived_on <= a.d AND (s.left_on IS NULL OR s.left_on > a.d))
      AND ${IN_CASELOAD_ON_SQL('a.returnee_id', 'a.d')}
  )
  SELECT to_char(day.d, 'YYYY-MM-DD') AS day,
    count(c.d)::int AS total,
    count(c.d) FILTER (WHERE c.status = 'STABLE')::int AS stable,
    count(c.d) FILTER (WHERE c.status = 'UNSTABLE')::int AS unstable,
    count(c.d) FILTER (WHERE c.status = 'UNEMPLOYED')::int AS unemployed
  FROM day LEFT JOIN caseload c ON c.d = day.d
  GROUP BY day.d ORDER BY day.d`;

type Db = Pick<EntityManager, 'query'>;

/** The cohort returned between `since` and `asOf` in `unitId`'s scope, and its caseload on `asOf`. */
export async function referenceFigures(
  db: Db,
  unitId: string,
  since: string,
  asOf: string,
): Promise<{ returned: EmploymentBreakdown; inCaseload: EmploymentBreakdown }> {
  const rows: Array<BreakdownRow & { in_caseload: boolean }> = await db.query(STATS_SQL, [unitId, since, asOf]);
  return { returned: breakdown(rows), inCaseload: breakdown(rows.filter((r) => r.in_caseload)) };
}

/** The caseload on each of `days`, of those returned since `since`. */
export async function referenceCaseloadByDay(
  db: Db,
  unitId: string,
  since: string,
  days: string[],
): Promise<CaseloadPoint[]> {
  const rows: Array<BreakdownRow & { day: string }> = await db.query(CASELOAD_BY_DAY_SQL, [unitId, since, days]);
  return rows.map((row) => ({ on: row.day, inCaseload: breakdown([row]) }));
}
