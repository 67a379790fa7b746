import { todayInVietnam } from '@hoanhap/shared';
import { badInput, notFound, unauthenticated } from '../../common/errors.js';
import type { RequestContext } from '../../context.js';
import { UNIT_SCOPE_CTE, unitsService } from '../units/units.service.js';
import type { EmploymentBreakdown, ReintegrationStats } from './statistics.types.js';

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

/**
 * The article's two breakdowns, computed from dated records in one statement: employment is the
 * status of the period covering `asOf` (end dates inclusive), the caseload is whoever has no
 * closure in force on `asOf` (dated on or before it and not reopened by then).
 */
const STATS_SQL = `
  WITH RECURSIVE ${UNIT_SCOPE_CTE},
  cohort AS (
    SELECT
      (SELECT ep.status FROM employment_period ep
        WHERE ep.returnee_id = r.id AND ep.started_on <= $3 AND (ep.ended_on IS NULL OR ep.ended_on >= $3)
        ORDER BY ep.started_on DESC LIMIT 1) AS status,
      NOT EXISTS (SELECT 1 FROM case_closure c WHERE c.returnee_id = r.id AND c.closed_on <= $3
        AND (c.reopened_on IS NULL OR c.reopened_on > $3)) AS in_caseload
    FROM returnee r
    WHERE r.unit_id IN (SELECT id FROM unit_scope) AND r.returned_on BETWEEN $2 AND $3
  )
  SELECT in_caseload,
    count(*)::int AS total,
    count(*) FILTER (WHERE status = 'STABLE')::int AS stable,
    count(*) FILTER (WHERE status = 'UNSTABLE')::int AS unstable,
    count(*) FILTER (WHERE status = 'UNEMPLOYED')::int AS unemployed
  FROM cohort GROUP BY in_caseload`;

export class StatisticsService {
  async reintegrationStats(ctx: RequestContext, args: StatsArgs): Promise<ReintegrationStats> {
    if (!ctx.actor) throw unauthenticated();
    const asOf = args.asOf ?? todayInVietnam();
    if (asOf < args.returnedSince) {
      throw badInput(
        'asOf',
        'Ngày tính đến phải sau ngày bắt đầu. / asOf must not be before returnedSince.',
        'BEFORE_START',
      );
    }
    const unit = args.unitCode
      ? await unitsService.findInScope(ctx, args.unitCode)
      : await ctx.loaders.unitById.load(ctx.actor.unitId);
    if (!unit) throw notFound('Đơn vị', 'Unit');

    const rows: Row[] = await ctx.dataSource.query(STATS_SQL, [unit.id, args.returnedSince, asOf]);
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
