import { DAYS_PER_MONTH, PledgeIndicator, roundScore, type SupportType } from '@hoanhap/shared';
import type { EntityManager } from 'typeorm';
import { IN_CASELOAD_ON_SQL } from '../../statistics/caseload-rule.js';
import { LIVE_RETURNEE_SQL } from '../../returnees/returnee-access.js';

/*
 * The catalogue's indicators (packages/shared/src/pledges.ts), each ONE statement over the
 * casework tables, for a unit scope (uuid[] $1) and a window [$2, $3] (the pledge start to the
 * evaluation day D). "Caseload on D": returned on or before D, no case closure in force on D and
 * not a parolee still on probation on D (Circular 10/2024/TT-BCA art. 7), by the same rule as the
 * statistics (statistics/caseload-rule.ts).
 */

const CASELOAD_ON_D = `
  caseload AS (
    SELECT r.id FROM returnee r
    WHERE r.unit_id = ANY($1::uuid[]) AND r.returned_on <= $3::date AND ${LIVE_RETURNEE_SQL}
      AND ${IN_CASELOAD_ON_SQL('r.id', '$3::date')}
  )`;

interface Ratio {
  n: number;
  k: number;
}

const SQL: Record<PledgeIndicator, string> = {
  STABLE_WORK_SHARE: `WITH ${CASELOAD_ON_D}
    SELECT count(*)::int AS n, count(*) FILTER (WHERE (
      SELECT ep.status FROM employment_period ep
      WHERE ep.returnee_id = caseload.id AND ep.started_on <= $3::date AND (ep.ended_on IS NULL OR ep.ended_on >= $3::date)
      ORDER BY ep.started_on DESC LIMIT 1) = 'STABLE')::int AS k
    FROM caseload WHERE $2::date IS NOT NULL`,
  NEW_OFFENCES: `SELECT 1 AS n, count(*)::int AS k FROM incident i JOIN returnee r ON r.id = i.returnee_id
    WHERE r.unit_id = ANY($1::uuid[]) AND i.kind = 'NEW_OFFENCE' AND i.occurred_on BETWEEN $2::date AND $3::date`,
  RECEIVED_ON_TIME_SHARE: `SELECT count(*)::int AS n, count(*) FILTER (WHERE EXISTS (
      SELECT 1 FROM reception rc WHERE rc.returnee_id = r.id AND rc.received_on <= rl.released_on + u.report_in_days))::int AS k
    FROM release rl JOIN returnee r ON r.id = rl.returnee_id JOIN administrative_unit u ON u.id = r.unit_id
    WHERE r.unit_id = ANY($1::uuid[]) AND rl.released_on + u.report_in_days BETWEEN $2::date AND $3::date`,
  HELPER_ASSIGNED_SHARE: `SELECT count(*)::int AS n, count(*) FILTER (WHERE EXISTS (
      SELECT 1 FROM helper_assignment h WHERE h.returnee_id = rc.returnee_id AND h.started_on - rc.received_on <= $4::int))::int AS k
    FROM reception rc JOIN returnee r ON r.id = rc.returnee_id
    WHERE r.unit_id = ANY($1::uuid[]) AND rc.received_on BETWEEN $2::date AND $3::date - $4::int`,
  CONTACTS_PER_PERSON_MONTH: `WITH ${CASELOAD_ON_D}
    SELECT (SELECT count(*)::int FROM caseload) AS n,
      (SELECT count(*)::int FROM contact ct WHERE ct.returnee_id IN (SELECT id FROM caseload)
        AND ct.contacted_on BETWEEN $2::date AND $3::date) AS k`,
  SUPPORT_DONE: `SELECT 1 AS n, count(*)::int AS k FROM support s JOIN returnee r ON r.id = s.returnee_id
    WHERE r.unit_id = ANY($1::uuid[]) AND s.status = 'DONE' AND s.completed_on BETWEEN $2::date AND $3::date
      AND ($4::support_type IS NULL OR s.type = $4::support_type)`,
};

export interface IndicatorQuery {
  indicator: PledgeIndicator;
  scope: string[];
  from: string;
  to: string;
  withinDays?: number | null;
  supportType?: SupportType | null;
}

/** Days from `from` to `to`, both inclusive. */
function daysInclusive(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/**
 * The indicator's value over the window, rounded to 2 decimals; null when there is nobody to
 * count (an empty caseload, no deadline in the window) or the window is empty.
 */
export async function evaluateIndicator(db: EntityManager, q: IndicatorQuery): Promise<number | null> {
  if (q.to < q.from) return null;
  const params: unknown[] = [q.scope, q.from, q.to];
  if (q.indicator === PledgeIndicator.HELPER_ASSIGNED_SHARE) params.push(q.withinDays ?? 0);
  if (q.indicator === PledgeIndicator.SUPPORT_DONE) params.push(q.supportType ?? null);
  const rows: Ratio[] = await db.query(SQL[q.indicator], params);
  const { n, k } = rows[0] ?? { n: 0, k: 0 };
  switch (q.indicator) {
    case PledgeIndicator.NEW_OFFENCES:
    case PledgeIndicator.SUPPORT_DONE:
      return k;
    case PledgeIndicator.CONTACTS_PER_PERSON_MONTH:
      return n === 0 ? null : roundScore(k / (n * (daysInclusive(q.from, q.to) / DAYS_PER_MONTH)), 2);
    default:
      return n === 0 ? null : roundScore((k / n) * 100, 2);
  }
}
