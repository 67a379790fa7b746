import { todayInVietnam } from '@hoanhap/shared';
import { badInput, notFound, unauthenticated } from '../../common/errors.js';
import type { RequestContext } from '../../context.js';
import { unitsService } from '../units/units.service.js';
import { summaryCaseloadByDay, summaryFigures } from './statistics-summary.js';
import type { CaseloadPoint, ReintegrationStats } from './statistics.types.js';

export interface StatsArgs {
  returnedSince: string;
  asOf?: string | null;
  unitCode?: string | null;
}

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

    // Read from the summary tables (statistics-summary.ts); statistics.reference.ts is the definition.
    const figures = await summaryFigures(ctx.db, unit.id, args.returnedSince, asOf);
    return { unit, returnedSince: args.returnedSince, asOf, ...figures };
  }

  /** The caseload at the end of each month of the period (and on `asOf`), in one statement. */
  async caseloadByMonth(ctx: RequestContext, stats: ReintegrationStats): Promise<CaseloadPoint[]> {
    const days = monthEnds(stats.returnedSince, stats.asOf);
    return summaryCaseloadByDay(ctx.db, stats.unit.id, stats.returnedSince, days);
  }
}

export const statisticsService = new StatisticsService();
