import { Permission, ReportPeriodKind } from '@hoanhap/shared';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { LocalDate } from '../../common/scalars.js';
import type { RequestContext } from '../../context.js';
import { AdministrativeUnit } from '../units/administrative-unit.entity.js';
import { differences, figuresToday, viewFigures } from './report-figures.js';
import { ReportSubmission } from './report-submission.entity.js';
import { SubmitReportInput } from './report-submission.inputs.js';
import { reportSubmissionService } from './report-submission.service.js';
import { FigureDifference, ReportFigures, SubmittedReports } from './report.types.js';
import { submittedReports } from './submitted-reports.service.js';

@Resolver(() => ReportSubmission)
export class ReportSubmissionResolver {
  @Authorized(Permission.SUBMIT_REPORTS)
  @Mutation(() => ReportSubmission, {
    description:
      'Submits the ward’s statistics report for a period (the ward’s officer or committee): the figures are computed now ' +
      'and frozen with the signer. Submitting again for the same period adds the next revision and keeps the earlier ones.',
  })
  submitReport(
    @Arg('input', () => SubmitReportInput) input: SubmitReportInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ReportSubmission> {
    return reportSubmissionService.submit(ctx, input);
  }

  @Authorized(Permission.READ_SUBMITTED_REPORTS)
  @Query(() => ReportSubmission, { description: 'One submitted report of a unit in your scope.' })
  reportSubmission(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<ReportSubmission> {
    return reportSubmissionService.get(ctx, id);
  }

  @Authorized(Permission.READ_SUBMITTED_REPORTS)
  @Query(() => [ReportSubmission], {
    description:
      'Submitted reports of a unit (default yours) and the units in it, every revision: newest period first, then ' +
      'latest revision first; at most 500. `from`/`to` bound the period’s first day.',
  })
  reportSubmissions(
    @Arg('unitCode', () => String, { nullable: true }) unitCode: string | null,
    @Arg('periodKind', () => ReportPeriodKind, { nullable: true }) periodKind: ReportPeriodKind | null,
    @Arg('from', () => LocalDate, { nullable: true }) from: string | null,
    @Arg('to', () => LocalDate, { nullable: true }) to: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ReportSubmission[]> {
    return reportSubmissionService.list(ctx, { unitCode, periodKind, from, to });
  }

  @Authorized(Permission.READ_SUBMITTED_REPORTS)
  @Query(() => SubmittedReports, {
    description:
      'For a unit above the ward (default yours): what its wards submitted for one period, their sums and who has not ' +
      'submitted. Small counts are suppressed above the ward (docs/security.md).',
  })
  submittedReports(
    @Arg('unitCode', () => String, { nullable: true }) unitCode: string | null,
    @Arg('periodKind', () => ReportPeriodKind) periodKind: ReportPeriodKind,
    @Arg('periodStart', () => LocalDate) periodStart: string,
    @Arg('periodEnd', () => LocalDate, { nullable: true, description: 'Only for CUSTOM.' }) periodEnd: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<SubmittedReports> {
    return submittedReports(ctx, { unitCode, periodKind, periodStart, periodEnd });
  }

  @FieldResolver(() => AdministrativeUnit)
  async unit(@Root() row: ReportSubmission, @Ctx() ctx: RequestContext): Promise<AdministrativeUnit> {
    const unit = await ctx.loaders.unitById.load(row.unitId);
    if (!unit) throw new Error('report submission without unit');
    return unit;
  }

  @FieldResolver(() => String, { description: 'The account that submitted it (its display name).' })
  async submittedBy(@Root() row: ReportSubmission, @Ctx() ctx: RequestContext): Promise<string> {
    return (await ctx.loaders.userById.load(row.submittedById))?.displayName ?? '';
  }

  @FieldResolver(() => ReportFigures, { description: 'The figures as submitted; they never change.' })
  figures(@Root() row: ReportSubmission, @Ctx() ctx: RequestContext): Promise<ReportFigures> {
    return viewFigures(ctx, row.figures);
  }

  @FieldResolver(() => ReportFigures, {
    description: 'The same report (unit, cohort start, day) computed from the data as it is today.',
  })
  async asOfToday(@Root() row: ReportSubmission, @Ctx() ctx: RequestContext): Promise<ReportFigures> {
    return viewFigures(ctx, await figuresToday(ctx, row.unitId, row.figures));
  }

  @FieldResolver(() => [FigureDifference], {
    description: 'The cells where `figures` (as submitted) and `asOfToday` differ: later corrections to the records.',
  })
  async differences(@Root() row: ReportSubmission, @Ctx() ctx: RequestContext): Promise<FigureDifference[]> {
    const [submitted, current] = await Promise.all([
      viewFigures(ctx, row.figures),
      figuresToday(ctx, row.unitId, row.figures).then((f) => viewFigures(ctx, f)),
    ]);
    return differences(submitted, current);
  }
}
