import { reportPeriodEnd, type ReportPeriodKind } from '@hoanhap/shared';
import { requireActor } from '../../common/access.js';
import { badInput, notFound } from '../../common/errors.js';
import type { RequestContext } from '../../context.js';
import { AdministrativeUnit } from '../units/administrative-unit.entity.js';
import { unitsService } from '../units/units.service.js';
import { exactBreakdown, seesExactFigures, suppressedWards, sumBreakdowns } from '../statistics/figure-view.js';
import { type FrozenBreakdown, ReportSubmission } from './report-submission.entity.js';
import type { ReportedBreakdown, SubmittedReports } from './report.types.js';

/**
 * What the wards under a unit (a city, a department's province) submitted for one period: the
 * latest revision of each ward that submitted, the sums of their figures, and the wards that
 * existed during the period and have not submitted. Read above the ward, the wards and the sums
 * are suppressed as one table.
 */
export async function submittedReports(
  ctx: RequestContext,
  args: { unitCode?: string | null; periodKind: ReportPeriodKind; periodStart: string; periodEnd?: string | null },
): Promise<SubmittedReports> {
  const actor = requireActor(ctx);
  const unit = args.unitCode
    ? await unitsService.findInScope(ctx, args.unitCode)
    : await ctx.loaders.unitById.load(actor.unitId);
  if (!unit) throw notFound('NOT_FOUND.unit');
  const period = reportPeriodEnd(args.periodKind, args.periodStart, args.periodEnd);
  if ('error' in period) {
    throw period.error === 'NOT_PERIOD_START'
      ? badInput('periodStart', 'NOT_PERIOD_START.periodStart')
      : badInput('periodEnd', period.error === 'REQUIRED_END' ? 'REQUIRED.periodEnd' : 'BEFORE_START.periodEnd');
  }
  const scope = await ctx.unitScope();
  const wards: AdministrativeUnit[] = await ctx.db
    .getRepository(AdministrativeUnit)
    .createQueryBuilder('u')
    .where('u.id IN (SELECT unit_id FROM unit_closure WHERE ancestor_id = :root)', { root: unit.id })
    .andWhere('u.id = ANY(:scope::uuid[])', { scope })
    .andWhere(`u.level IN ('WARD', 'COMMUNE')`)
    .andWhere('(u.valid_from IS NULL OR u.valid_from <= :end)', { end: period.end })
    .andWhere('(u.valid_to IS NULL OR u.valid_to >= :start)', { start: args.periodStart })
    .getMany();
  const ids = wards.map((w) => w.id);
  const latest: ReportSubmission[] = await ctx.db
    .getRepository(ReportSubmission)
    .createQueryBuilder('s')
    .distinctOn(['s.unit_id'])
    .where('s.unit_id = ANY(:ids::uuid[])', { ids })
    .andWhere('s.period_kind = :kind AND s.period_start = :start', { kind: args.periodKind, start: args.periodStart })
    .orderBy('s.unit_id')
    .addOrderBy('s.revision', 'DESC')
    .getMany();
  const byUnit = new Map(latest.map((s) => [s.unitId, s]));
  const byName = (a: AdministrativeUnit, b: AdministrativeUnit) => a.name.localeCompare(b.name, 'vi');
  const reporting = wards.filter((w) => byUnit.has(w.id)).sort(byName);
  const submissions = reporting.map((w) => byUnit.get(w.id) as ReportSubmission);

  const exact = await seesExactFigures(ctx);
  const view = (rows: FrozenBreakdown[]) =>
    exact ? { rows: rows.map(exactBreakdown), sum: exactBreakdown(sumBreakdowns(rows)) } : suppressedWards(rows);
  const returned = view(submissions.map((s) => s.figures.returned));
  const inCaseload = view(submissions.map((s) => s.figures.inCaseload));
  return {
    unit,
    periodKind: args.periodKind,
    periodStart: args.periodStart,
    periodEnd: period.end,
    submitted: reporting.map((ward, i) => ({
      unit: ward,
      submission: submissions[i] as ReportSubmission,
      returned: returned.rows[i] as ReportedBreakdown,
      inCaseload: inCaseload.rows[i] as ReportedBreakdown,
    })),
    returned: returned.sum,
    inCaseload: inCaseload.sum,
    notSubmitted: wards.filter((w) => !byUnit.has(w.id)).sort(byName),
  };
}
