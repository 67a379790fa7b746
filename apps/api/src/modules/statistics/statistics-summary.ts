import { type BreakdownRow, breakdown } from './statistics.breakdown.js';
import type { CaseloadPoint, EmploymentBreakdown } from './statistics.types.js';

/*
 * The figures read from the summary tables (migrations StatisticsSummary1796600000000 and
 * StatisticsProvinceSummary1796670000000 keep them exact, inside the transactions that change the
 * records). A row of `statistics_change` is a +1/-1 change of a person's (arrival, employment
 * status, caseload) in a unit's scope, on a day; a province's are summed in `statistics_summary`,
 * keyed by the arrival and the change day, each at one of three grains: day, month or year. A
 * district's or a ward's figures sum their change rows directly (SUMS_SQL). A figure is the
 * sum of changes with arrival on or after `since` and change on or before `asOf`; that
 * two-sided range is cut into at most 3 x 3 blocks: the arrival side into the days left in
 * `since`'s month, the months left in its year and the years after; the change side into the
 * years before `asOf`'s, the months of its year before its month and the days of its month up to
 * `asOf` (a range that starts or ends on a month or year boundary uses the coarser grain). Each
 * block is one index range, a few hundred rows at most, whatever the number of people.
 */

const DAY = 1;
const MONTH = 2;
const YEAR = 3;

interface Range {
  grain: number;
  from: string;
  to: string;
}

/** A block of the summary: arrivals in one range, changes in another. */
interface Block {
  arrived: Range;
  changed: Range;
}

const iso = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
const parts = (day: string) => day.split('-').map(Number) as [number, number, number];

/** Arrivals on or after `since`, by grain. */
function arrivedFrom(since: string): Range[] {
  const [y, m, d] = parts(since);
  const years = { grain: YEAR, from: iso(d === 1 && m === 1 ? y : y + 1, 1, 1), to: 'infinity' };
  if (d === 1 && m === 1) return [years];
  const months = { grain: MONTH, from: iso(y, d === 1 ? m : m + 1, 1), to: iso(y, 12, 1) };
  if (d === 1) return [months, years];
  return [{ grain: DAY, from: since, to: iso(y, m + 1, 0) }, months, years];
}

/** Changes on or before `asOf`, by grain. */
function changedUntil(asOf: string): Range[] {
  const [y, m] = parts(asOf);
  const monthEnds = asOf === iso(y, m + 1, 0);
  if (monthEnds && m === 12) return [{ grain: YEAR, from: '-infinity', to: iso(y, 1, 1) }];
  const years = { grain: YEAR, from: '-infinity', to: iso(y - 1, 1, 1) };
  const months = { grain: MONTH, from: iso(y, 1, 1), to: iso(y, monthEnds ? m : m - 1, 1) };
  if (monthEnds) return [years, months];
  return [years, months, { grain: DAY, from: iso(y, m, 1), to: asOf }];
}

/** The blocks whose sum is the figure for (`since`, `asOf`); empty ranges left out. */
export function summaryBlocks(since: string, asOf: string): Block[] {
  const blocks: Block[] = [];
  const nonEmpty = (r: Range) => r.from === '-infinity' || r.to === 'infinity' || r.from <= r.to;
  for (const arrived of arrivedFrom(since).filter(nonEmpty)) {
    for (const changed of changedUntil(asOf).filter(nonEmpty)) blocks.push({ arrived, changed });
  }
  return blocks;
}

/** True when the unit's figures are read from `statistics_summary` (provinces), false from its change rows. */
const SUMMARISED = `(SELECT statistics_summarised(u.level) FROM administrative_unit u WHERE u.id = $1)`;

/**
 * Sums by point, caseload and status; $9: caseload only. A province's come from the blocks of
 * every point ($2..$8), each its own index range scan (LATERAL, kept apart by OFFSET 0): joined as
 * a whole, the planner would read every row of a large unit once per chart. Any other unit's come
 * from its change rows arrived since $10 (its own, and those counted in every scope of the units
 * in its scope), a few thousand at most: each is summed once by the number of points ($11, in
 * `sorted` order) that come before its day, and counts for every later point. Only the branch the
 * unit's level picks runs.
 */
const SUMS_SQL = `
  WITH sorted AS (SELECT ARRAY(SELECT DISTINCT d FROM unnest($11::date[]) d ORDER BY d) AS days),
  changes AS (
    SELECT c.changed_on, c.status, c.in_caseload, c.delta FROM statistics_change c
    WHERE c.unit_id = $1 AND NOT c.in_every_scope AND c.arrived_on >= $10
    UNION ALL
    SELECT c.changed_on, c.status, c.in_caseload, c.delta
    FROM unit_closure k JOIN statistics_change c ON c.unit_id = k.unit_id AND c.in_every_scope
    WHERE k.ancestor_id = $1 AND c.arrived_on >= $10
  ),
  by_points_before AS (
    SELECT width_bucket(c.changed_on - 1, sorted.days) AS before, c.in_caseload, c.status, sum(c.delta) AS people
    FROM changes c, sorted
    WHERE (c.in_caseload OR NOT $9::boolean) AND NOT ${SUMMARISED}
    GROUP BY 1, 2, 3
  )
  SELECT b.point, s.in_caseload, s.status, sum(s.people)::int AS people
  FROM unnest($2::int[], $3::smallint[], $4::smallint[], $5::date[], $6::date[], $7::date[], $8::date[])
    AS b(point, arrived_grain, changed_grain, arrived_from, arrived_to, changed_from, changed_to)
  CROSS JOIN LATERAL (
    SELECT s.in_caseload, s.status, s.people FROM statistics_summary s
    WHERE s.unit_id = $1 AND s.arrived_grain = b.arrived_grain AND s.changed_grain = b.changed_grain
      AND s.arrived BETWEEN b.arrived_from AND b.arrived_to
      AND s.changed BETWEEN b.changed_from AND b.changed_to
      AND (s.in_caseload OR NOT $9::boolean)
    OFFSET 0
  ) s
  WHERE ${SUMMARISED}
  GROUP BY b.point, s.in_caseload, s.status
  UNION ALL
  SELECT p.point::int - 1, c.in_caseload, c.status, sum(c.people)::int
  FROM sorted CROSS JOIN unnest($11::date[]) WITH ORDINALITY AS p(day, point)
  JOIN by_points_before c ON c.before < width_bucket(p.day, sorted.days)
  GROUP BY p.point, c.in_caseload, c.status`;

interface SumRow {
  point: number;
  in_caseload: boolean;
  status: string | null;
  people: number;
}

/** Anything that runs a statement and answers its rows: an EntityManager, or a bare pg pool wrapped (the benchmark's reference). */
type Db = { query(sql: string, params?: unknown[]): Promise<unknown> };

async function sums(db: Db, unitId: string, since: string, days: string[], caseloadOnly: boolean) {
  const blocks = days.flatMap((day, point) => summaryBlocks(since, day).map((b) => ({ point, ...b })));
  const rows = (await db.query(SUMS_SQL, [
    unitId,
    blocks.map((b) => b.point),
    blocks.map((b) => b.arrived.grain),
    blocks.map((b) => b.changed.grain),
    blocks.map((b) => b.arrived.from),
    blocks.map((b) => b.arrived.to),
    blocks.map((b) => b.changed.from),
    blocks.map((b) => b.changed.to),
    caseloadOnly,
    since,
    days,
  ])) as SumRow[];
  return rows;
}

function toBreakdown(rows: SumRow[]): EmploymentBreakdown {
  const row: BreakdownRow = { total: 0, stable: 0, unstable: 0, unemployed: 0 };
  for (const r of rows) {
    row.total += r.people;
    if (r.status === 'STABLE') row.stable += r.people;
    else if (r.status === 'UNSTABLE') row.unstable += r.people;
    else if (r.status === 'UNEMPLOYED') row.unemployed += r.people;
  }
  return breakdown([row]);
}

/** The cohort returned between `since` and `asOf` in `unitId`'s scope, and its caseload on `asOf`. */
export async function summaryFigures(
  db: Db,
  unitId: string,
  since: string,
  asOf: string,
): Promise<{ returned: EmploymentBreakdown; inCaseload: EmploymentBreakdown }> {
  const rows = await sums(db, unitId, since, [asOf], false);
  return { returned: toBreakdown(rows), inCaseload: toBreakdown(rows.filter((r) => r.in_caseload)) };
}

/** The caseload on each of `days`, of those returned since `since` (one statement for all). */
export async function summaryCaseloadByDay(
  db: Db,
  unitId: string,
  since: string,
  days: string[],
): Promise<CaseloadPoint[]> {
  const rows = await sums(db, unitId, since, days, true);
  return days.map((on, point) => ({ on, inCaseload: toBreakdown(rows.filter((r) => r.point === point)) }));
}
