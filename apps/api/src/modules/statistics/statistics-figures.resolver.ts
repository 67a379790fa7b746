import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { appError, ErrorCode } from '../../common/errors.js';
import type { RequestContext } from '../../context.js';
import { exactBreakdown, seesExactFigures, suppressedBreakdown } from './figure-view.js';
import { ReportedBreakdown } from './reported-breakdown.js';
import { CaseloadPoint, EmploymentBreakdown, ReintegrationStats } from './statistics.types.js';

/** The figures as the caller may see them: exact in the ward, small counts suppressed above it. */
async function view(ctx: RequestContext, b: EmploymentBreakdown): Promise<ReportedBreakdown> {
  return (await seesExactFigures(ctx)) ? exactBreakdown(b) : suppressedBreakdown(b);
}

/**
 * The older whole-number fields keep their type (clients rely on `Int!`): above the ward they
 * answer as before while nothing needs hiding, and refuse with FORBIDDEN (reason
 * FORBIDDEN.smallFigures) when a count would have to be hidden, so no small count leaves the ward
 * through them. Clients above the ward read the `…Figures` fields.
 */
async function guarded(ctx: RequestContext, b: EmploymentBreakdown): Promise<EmploymentBreakdown> {
  if ((await view(ctx, b)).suppressed.length > 0) throw appError(ErrorCode.FORBIDDEN, 'FORBIDDEN.smallFigures');
  return b;
}

const RETURNED =
  'Everyone who returned on or after `returnedSince` and on or before `asOf`, closed or not, parolees on probation included.';
const IN_CASELOAD =
  'Those of `returned` with no case closure in force on `asOf`, except parolees still inside their probation period on `asOf`: a parolee enters the reintegration caseload the day after probation ends (Circular 10/2024/TT-BCA art. 7).';
const REFUSED =
  ' Above the ward, refused (FORBIDDEN.smallFigures) when a count must be suppressed: read the `…Figures` field.';
const SUPPRESSED = ' Small counts suppressed above the ward (docs/security.md).';

@Resolver(() => ReintegrationStats)
export class ReintegrationFiguresResolver {
  @FieldResolver(() => EmploymentBreakdown, { description: RETURNED + REFUSED })
  returned(@Root() stats: ReintegrationStats, @Ctx() ctx: RequestContext): Promise<EmploymentBreakdown> {
    return guarded(ctx, stats.returned);
  }

  @FieldResolver(() => EmploymentBreakdown, { description: IN_CASELOAD + REFUSED })
  inCaseload(@Root() stats: ReintegrationStats, @Ctx() ctx: RequestContext): Promise<EmploymentBreakdown> {
    return guarded(ctx, stats.inCaseload);
  }

  @FieldResolver(() => ReportedBreakdown, { description: RETURNED + SUPPRESSED })
  returnedFigures(@Root() stats: ReintegrationStats, @Ctx() ctx: RequestContext): Promise<ReportedBreakdown> {
    return view(ctx, stats.returned);
  }

  @FieldResolver(() => ReportedBreakdown, { description: IN_CASELOAD + SUPPRESSED })
  inCaseloadFigures(@Root() stats: ReintegrationStats, @Ctx() ctx: RequestContext): Promise<ReportedBreakdown> {
    return view(ctx, stats.inCaseload);
  }
}

@Resolver(() => CaseloadPoint)
export class CaseloadPointResolver {
  @FieldResolver(() => EmploymentBreakdown, { description: `The caseload on \`on\`.${REFUSED}` })
  inCaseload(@Root() point: CaseloadPoint, @Ctx() ctx: RequestContext): Promise<EmploymentBreakdown> {
    return guarded(ctx, point.inCaseload);
  }

  @FieldResolver(() => ReportedBreakdown, { description: `The caseload on \`on\`.${SUPPRESSED}` })
  inCaseloadFigures(@Root() point: CaseloadPoint, @Ctx() ctx: RequestContext): Promise<ReportedBreakdown> {
    return view(ctx, point.inCaseload);
  }
}
