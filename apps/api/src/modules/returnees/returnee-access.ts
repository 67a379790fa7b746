import { Role } from '@hoanhap/shared';
import { notFound } from '../../common/errors.js';
import type { RequestContext } from '../../context.js';
import { Returnee } from './returnee.entity.js';
import { UUID } from '../../common/uuid.js';

export const personNotFound = () => notFound('NOT_FOUND.returnee');

/**
 * SQL condition (on alias `r`) limiting returnees to what the actor may see: their unit scope,
 * and for a helper only the people currently assigned to them. `$scope` and `$helper` are the
 * parameter numbers of the scope array and of the helper's user id (null for other roles), or
 * their names for a TypeORM query builder.
 */
export function visibleReturneeSql(scope: number | string, helper: number | string): string {
  return `${scopedReturneeSql(scope, helper)} AND ${LIVE_RETURNEE_SQL}`;
}

/**
 * SQL condition (on alias `r`): the record was not merged into another one. A merged record holds
 * nothing any more and answers with its survivor (returnee-merge.ts): every list, search, count,
 * rule and statistic reads live records only.
 */
export const LIVE_RETURNEE_SQL = 'r.merged_into_id IS NULL';

/** As visibleReturneeSql, merged records included: for the merge itself, which refuses them by name. */
function scopedReturneeSql(scope: number | string, helper: number | string): string {
  const [s, h] = [scope, helper].map((p) => (typeof p === 'number' ? `$${p}` : `:${p}`));
  return `r.unit_id = ANY(${s}::uuid[]) AND (${h}::uuid IS NULL OR ${assignedToHelperSql(h as string)})`;
}

/** SQL condition (on alias `r`): the person has a live assignment to the helper whose user id is `helper`. */
export function assignedToHelperSql(helper: string): string {
  return `EXISTS (
    SELECT 1 FROM helper_assignment h WHERE h.returnee_id = r.id AND h.helper_user_id = ${helper}::uuid
      AND (h.ended_on IS NULL OR h.ended_on >= (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date))`;
}

/** The helper's user id when the actor is a helper (their view is limited to assignments). */
export function helperFilter(ctx: RequestContext): string | null {
  return ctx.actor?.role === Role.HELPER ? ctx.actor.userId : null;
}

export interface ReturneeLock {
  /**
   * Lock the row for the rest of the transaction: `true` (FOR UPDATE) for a change to the case
   * itself, so writes to one case are serialised and lifecycle checks cannot race; `'share'` (FOR
   * SHARE) for a record added beside it (a contact, a support): such writes run side by side, and
   * a change to the case waits for them.
   */
  lock?: boolean | 'share';
  /** Find a record merged into another one too (by default it looks missing). */
  merged?: boolean;
}

/** The person with this id if the actor may see them, else null: out of scope looks exactly like missing. */
export async function findVisibleReturnee(
  ctx: RequestContext,
  id: string,
  options: ReturneeLock = {},
): Promise<Returnee | null> {
  if (!ctx.actor || !UUID.test(id)) return null;
  const query = ctx.db
    .getRepository(Returnee)
    .createQueryBuilder('r')
    .where(`r.id = :id AND ${(options.merged ? scopedReturneeSql : visibleReturneeSql)('scope', 'helper')}`, {
      id,
      scope: await ctx.unitScope(),
      helper: helperFilter(ctx),
    });
  if (options.lock) query.setLock(options.lock === 'share' ? 'pessimistic_read' : 'pessimistic_write');
  return query.getOne();
}

/** As findVisibleReturnee, but NOT_FOUND when the person is missing or out of scope. */
export async function requireVisibleReturnee(
  ctx: RequestContext,
  id: string,
  options: ReturneeLock = {},
): Promise<Returnee> {
  const returnee = await findVisibleReturnee(ctx, id, options);
  if (!returnee) throw personNotFound();
  return returnee;
}
