import { addDays, reasonMessage } from '@hoanhap/shared';
import { badInput, notFound } from '../../common/errors.js';
import type { RequestContext } from '../../context.js';
import { ReleaseNotice } from './release-notice.entity.js';
import { helperFilter, visibleReturneeSql } from '../returnees/returnee-access.js';
import { unitsService } from '../units/units.service.js';

/** The longest range one call may ask for: a (leap) year, so a yearly plan fits in one request. */
export const MAX_EXPECTED_RELEASE_DAYS = 366;

export interface ExpectedReleasesArgs {
  from: string;
  to: string;
  unitCode?: string | null;
}

/**
 * Notices whose expected release falls in the range, for people the actor may see, still waiting
 * for their release: a release certificate dated on or after the notice answers it (an older one
 * belongs to an earlier sentence), and a closed case is nobody's to receive any more.
 */
const expectedReleasesSql = (columns: string) => `
  SELECT ${columns}
  FROM release_notice n JOIN returnee r ON r.id = n.returnee_id
  WHERE ${visibleReturneeSql(1, 2)}
    AND n.expected_release_on BETWEEN $3::date AND $4::date
    AND r.status <> 'CLOSED'
    AND NOT EXISTS (SELECT 1 FROM release rl WHERE rl.returnee_id = n.returnee_id AND rl.released_on >= n.received_on)
  ORDER BY n.expected_release_on, r.search_name, n.id`;

export class ExpectedReleasesService {
  /** The prisons' announced releases in a date range, earliest first, in one statement. */
  async list(ctx: RequestContext, args: ExpectedReleasesArgs): Promise<ReleaseNotice[]> {
    if (args.to < args.from) {
      throw badInput('to', 'BEFORE_START.toBeforeFromRange');
    }
    if (args.to > addDays(args.from, MAX_EXPECTED_RELEASE_DAYS - 1)) {
      throw badInput('to', reasonMessage('OUT_OF_RANGE.expectedReleaseDays', { max: MAX_EXPECTED_RELEASE_DAYS }));
    }
    let scope = await ctx.unitScope();
    if (args.unitCode) {
      const unit = await unitsService.findInScope(ctx, args.unitCode);
      if (!unit) throw notFound('NOT_FOUND.unit');
      scope = await unitsService.scopeOf(ctx.db, unit.id);
    }
    // Columns under their property names, so the rows become entities without a second query.
    const columns = ctx.dataSource
      .getMetadata(ReleaseNotice)
      .columns.map((c) => `n.${c.databaseName} AS "${c.propertyName}"`)
      .join(', ');
    const rows: Array<Partial<ReleaseNotice>> = await ctx.db.query(expectedReleasesSql(columns), [
      scope,
      helperFilter(ctx),
      args.from,
      args.to,
    ]);
    return ctx.db.getRepository(ReleaseNotice).create(rows);
  }
}

export const expectedReleasesService = new ExpectedReleasesService();
