import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { LocalDate } from '../../common/scalars.js';
import type { RequestContext } from '../../context.js';
import { statisticsService } from './statistics.service.js';
import { CaseloadPoint, ReintegrationStats } from './statistics.types.js';

@Resolver(() => ReintegrationStats)
export class StatisticsResolver {
  @Authorized()
  @Query(() => ReintegrationStats, {
    description:
      'Returned since a date and still in the caseload on a date, by employment status, for a unit and everything below or merged into it.',
  })
  reintegrationStats(
    @Arg('returnedSince', () => LocalDate) returnedSince: string,
    @Arg('asOf', () => LocalDate, { nullable: true, description: 'Defaults to today (Việt Nam time).' })
    asOf: string | null,
    @Arg('unitCode', () => String, {
      nullable: true,
      description: 'Defaults to the caller’s unit; must be within the caller’s scope.',
    })
    unitCode: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ReintegrationStats> {
    return statisticsService.reintegrationStats(ctx, { returnedSince, asOf, unitCode });
  }

  @FieldResolver(() => [CaseloadPoint], {
    description:
      'The caseload at the end of each month of the period and on `asOf` (the latest 36 points), counted as `inCaseload` is: ' +
      'for the month-by-month chart. One statement for all points.',
  })
  caseloadByMonth(@Root() stats: ReintegrationStats, @Ctx() ctx: RequestContext): Promise<CaseloadPoint[]> {
    return statisticsService.caseloadByMonth(ctx, stats);
  }
}
