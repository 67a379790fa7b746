import { reportPeriodEnd, todayInVietnam, UnitLevel, type ReportPeriodKind } from '@hoanhap/shared';
import { requireActor } from '../../common/access.js';
import { badInput, notFound } from '../../common/errors.js';
import { saveNew } from '../../common/records.js';
import { withTransaction } from '../../common/transaction.js';
import type { RequestContext } from '../../context.js';
import { audit, givenFields } from '../audit/audit.service.js';
import { isUuid } from '../helpers/helper-scope.js';
import { summaryFigures } from '../statistics/statistics-summary.js';
import type { AdministrativeUnit } from '../units/administrative-unit.entity.js';
import { unitsService } from '../units/units.service.js';
import { ReportSubmission } from './report-submission.entity.js';
import type { SubmitReportInput } from './report-submission.inputs.js';
import { recordEvent } from '../events/events.service.js';

const WARD_LEVELS = new Set([UnitLevel.WARD, UnitLevel.COMMUNE]);
const submissionNotFound = () => notFound('NOT_FOUND.reportSubmission');

function requiredText(field: 'signerName' | 'signerTitle', value: string): string {
  const text = value.trim();
  if (text.length === 0 || text.length > 120) throw badInput(`input.${field}`, `REQUIRED.${field}`);
  return text;
}

/** The ward the report is for: the caller's own, or one in their scope; a ward or commune only. */
async function reportingWard(ctx: RequestContext, unitCode: string | null | undefined): Promise<AdministrativeUnit> {
  const actor = requireActor(ctx);
  const unit = unitCode ? await unitsService.findInScope(ctx, unitCode) : await ctx.loaders.unitById.load(actor.unitId);
  if (!unit) throw notFound('NOT_FOUND.unit');
  if (!WARD_LEVELS.has(unit.level)) throw badInput('input.unitCode', 'NOT_A_WARD.reportUnit');
  return unit;
}

function periodEndOf(input: SubmitReportInput): string {
  const period = reportPeriodEnd(input.periodKind, input.periodStart, input.periodEnd);
  if ('error' in period) {
    if (period.error === 'NOT_PERIOD_START') throw badInput('input.periodStart', 'NOT_PERIOD_START.periodStart');
    if (period.error === 'REQUIRED_END') throw badInput('input.periodEnd', 'REQUIRED.periodEnd');
    throw badInput('input.periodEnd', 'BEFORE_START.periodEnd');
  }
  if (period.end > todayInVietnam()) throw badInput('input.periodEnd', 'NOT_ENDED.periodEnd');
  if (input.returnedSince > period.end) throw badInput('input.returnedSince', 'BEFORE_START.returnedSince');
  return period.end;
}

export interface SubmissionFilter {
  unitCode?: string | null;
  periodKind?: ReportPeriodKind | null;
  from?: string | null;
  to?: string | null;
}

export class ReportSubmissionService {
  /**
   * Freezes the ward's report for a period: the figures are computed from the data as it is, in
   * the same transaction that stores them, and never recomputed. A second submission for the same
   * ward and period is the next revision; the earlier ones stay.
   */
  async submit(ctx: RequestContext, input: SubmitReportInput): Promise<ReportSubmission> {
    const actor = requireActor(ctx);
    const signerName = requiredText('signerName', input.signerName);
    const signerTitle = requiredText('signerTitle', input.signerTitle);
    const periodEnd = periodEndOf(input);
    const unit = await reportingWard(ctx, input.unitCode);
    return withTransaction(ctx, async (ctx) => {
      // Two submissions of one ward's period at once take turns, so each gets its own revision.
      await ctx.db.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [
        `report_submission:${unit.id}:${input.periodKind}:${input.periodStart}`,
      ]);
      const [{ next }] = (await ctx.db.query(
        `SELECT coalesce(max(revision), 0) + 1 AS next FROM report_submission
          WHERE unit_id = $1 AND period_kind = $2 AND period_start = $3`,
        [unit.id, input.periodKind, input.periodStart],
      )) as [{ next: number }];
      const figures = await summaryFigures(ctx.db, unit.id, input.returnedSince, periodEnd);
      const saved = await saveNew(ctx, ReportSubmission, {
        unitId: unit.id,
        periodKind: input.periodKind,
        periodStart: input.periodStart,
        periodEnd,
        revision: next,
        figures: { returnedSince: input.returnedSince, asOf: periodEnd, ...figures },
        submittedById: actor.userId,
        signerName,
        signerTitle,
      });
      await recordEvent(ctx, { type: 'report.submitted', subjectId: saved.id, unitId: unit.id });
      await audit(ctx, {
        action: 'submitReport',
        objectType: 'ReportSubmission',
        objectId: saved.id,
        fields: givenFields(input, []),
      });
      return saved;
    });
  }

  /** One submission of a unit in the caller's scope; any other looks missing. */
  async get(ctx: RequestContext, id: string): Promise<ReportSubmission> {
    if (!isUuid(id)) throw submissionNotFound();
    const row = await ctx.db
      .getRepository(ReportSubmission)
      .createQueryBuilder('s')
      .where('s.id = :id', { id })
      .andWhere('s.unit_id = ANY(:scope::uuid[])', { scope: await ctx.unitScope() })
      .getOne();
    if (!row) throw submissionNotFound();
    return row;
  }

  /** Submissions of a unit (default the caller's) and every unit in it, newest period first, every revision. */
  async list(ctx: RequestContext, filter: SubmissionFilter): Promise<ReportSubmission[]> {
    const actor = requireActor(ctx);
    const unit = filter.unitCode
      ? await unitsService.findInScope(ctx, filter.unitCode)
      : await ctx.loaders.unitById.load(actor.unitId);
    if (!unit) throw notFound('NOT_FOUND.unit');
    const query = ctx.db
      .getRepository(ReportSubmission)
      .createQueryBuilder('s')
      .where('s.unit_id IN (SELECT unit_id FROM unit_closure WHERE ancestor_id = :root)', { root: unit.id })
      .andWhere('s.unit_id = ANY(:scope::uuid[])', { scope: await ctx.unitScope() });
    if (filter.periodKind) query.andWhere('s.period_kind = :kind', { kind: filter.periodKind });
    if (filter.from) query.andWhere('s.period_start >= :from', { from: filter.from });
    if (filter.to) query.andWhere('s.period_start <= :to', { to: filter.to });
    return query
      .orderBy('s.period_start', 'DESC')
      .addOrderBy('s.period_kind', 'ASC')
      .addOrderBy('s.unit_id', 'ASC')
      .addOrderBy('s.revision', 'DESC')
      .limit(500)
      .getMany();
  }
}

export const reportSubmissionService = new ReportSubmissionService();
