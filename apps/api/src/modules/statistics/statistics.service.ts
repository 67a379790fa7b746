import { todayInVietnam } from '@hoanhap/shared';
import { badInput, notFound, unauthenticated } from '../../common/errors.js';
import type { RequestContext } from '../../context.js';
import { UNIT_SCOPE_CTE, unitsService } from '../units/units.service.js';
import { IN_CASELOAD_ON_SQL } from './caseload-rule.js';
import type { CaseloadPoint, EmploymentBreakdown, ReintegrationStats } from './statistics.types.js';

export interface StatsArgs {
  returnedSince: string;
  asOf?: string | null;
  unitCode?: string | null;
}

interface Row {
  in_caseload: boolean;
  total: number;
  stable: number;
  unstable: number;
  unemployed: number;
}

/** A person's stints in the scope ($1), shared by the figures and the month-by-month caseload. */
const STINT_CTE = `
  stint AS (
    -- Never handed over: one stint in their current unit.
    SELECT r.id AS returnee_id, NULL::uuid AS from_unit_id, r.returned_on AS arrived_on, NULL::date AS left_on
    FROM returnee r
    WHERE r.unit_id IN (SELECT id FROM unit_scope) AND r.returned_on IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM case_transfer t WHERE t.returnee_id = r.id)
    UNION ALL
    -- Handed over: the stint in the unit they first came home to, up to the first hand-over.
    SELECT first.returnee_id, NULL::uuid, r.returned_on, first.transferred_on
    FROM (
      SELECT DISTINCT ON (t.returnee_id) t.returnee_id, t.from_unit_id, t.transferred_on
      FROM case_transfer t ORDER BY t.returnee_id, t.transferred_on, t.created_at
    ) first JOIN returnee r ON r.id = first.returnee_id
    WHERE first.from_unit_id IN (SELECT id FROM unit_scope) AND r.returned_on IS NOT NULL
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
export const STATS_SQL = `
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
export const CASELOAD_BY_DAY_SQL = `
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

/** At most this many month ends: three years of a monthly chart. */
export const MAX_TREND_POINTS = 36;

/**
 * The last day of every month from `since`'s month to the month before `asOf`'s, then `asOf`
 * itself; the latest MAX_TREND_POINTS of them.
 */
export function monthEnds(since: string, asOf: string): string[] {
  const days: string[] = [];
  let [year, month] = since.split('-').map(Number) as [number, number];
  for (;;) {
    const last = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
    if (last >= asOf) break;
    days.push(last);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  days.push(asOf);
  return days.slice(-MAX_TREND_POINTS);
}

export class StatisticsService {
  async reintegrationStats(ctx: RequestContext, args: StatsArgs): Promise<ReintegrationStats> {
    if (!ctx.actor) throw unauthenticated();
    const asOf = args.asOf ?? todayInVietnam();
    if (asOf < args.returnedSince) {
      throw badInput('asOf', 'BEFORE_START.asOf');
    }
    const unit = args.unitCode
      ? await unitsService.findInScope(ctx, args.unitCode)
      : await ctx.loaders.unitById.load(ctx.actor.unitId);
    if (!unit) throw notFound('NOT_FOUND.unit');

    const rows: Row[] = await ctx.db.query(STATS_SQL, [unit.id, args.returnedSince, asOf]);
    const open = breakdown(rows.filter((r) => r.in_caseload));
    const closed = breakdown(rows.filter((r) => !r.in_caseload));
    return {
      unit,
      returnedSince: args.returnedSince,
      asOf,
      returned: add(open, closed),
      inCaseload: open,
    };
  }

  /** The caseload at the end of each month of the period (and on `asOf`), in one statement. */
  async caseloadByMonth(ctx: RequestContext, stats: ReintegrationStats): Promise<CaseloadPoint[]> {
    const days = monthEnds(stats.returnedSince, stats.asOf);
    const rows: Array<Omit<Row, 'in_caseload'> & { day: string }> = await ctx.db.query(CASELOAD_BY_DAY_SQL, [
      stats.unit.id,
      stats.returnedSince,
      days,
    ]);
    return rows.map((row) => ({ on: row.day, inCaseload: breakdown([{ ...row, in_caseload: true }]) }));
  }
}

function breakdown(rows: Row[]): EmploymentBreakdown {
  const sum = (k: keyof Omit<Row, 'in_caseload'>) => rows.reduce((n, r) => n + r[k], 0);
  const total = sum('total');
  const [stable, unstable, unemployed] = [sum('stable'), sum('unstable'), sum('unemployed')];
  return { total, stable, unstable, unemployed, other: total - stable - unstable - unemployed };
}

function add(a: EmploymentBreakdown, b: EmploymentBreakdown): EmploymentBreakdown {
  return {
    total: a.total + b.total,
    stable: a.stable + b.stable,
    unstable: a.unstable + b.unstable,
    unemployed: a.unemployed + b.unemployed,
    other: a.other + b.other,
  };
}

export const statisticsService = new StatisticsService();
