import { Role } from '@hoanhap/shared';
import { notFound } from '../../common/errors.js';
import type { RequestContext } from '../../context.js';
import { Returnee } from './returnee.entity.js';
import { UUID } from '../../common/uuid.js';

export const personNotFound = () => notFound('NOT_FOUND.returnee');

/**
 * SQL condition (on alias `r`) limiting returnees to what the actor may see: their unit scope,
 * and for a helper only the people currently assigned to them. `$scope` and `$helper` are the
 * parameter numbers of the scope array and of the helper's user id (null for other roles).
 */
export function visibleReturneeSql(scope: number, helper: number): string {
  return `r.unit_id = ANY($${scope}::uuid[]) AND ($${helper}::uuid IS NULL OR ${assignedToHelperSql(`$${helper}`)})`;
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

/**
 * The person with this id if the actor may see them, else null: out of scope looks exactly like
 * missing. With `lock`, the row is locked for the rest of the transaction (writes to one case are
 * serialised, so lifecycle checks cannot race).
 */
export async function findVisibleReturnee(
  ctx: RequestContext,
  id: string,
  options: { lock?: boolean } = {},
): Promise<Returnee | null> {
  if (!ctx.actor || !UUID.test(id)) return null;
  const rows: Array<{ id: string }> = await ctx.db.query(
    `SELECT r.id FROM returnee r WHERE r.id = $1 AND ${visibleReturneeSql(2, 3)}${options.lock ? ' FOR UPDATE' : ''}`,
    [id, await ctx.unitScope(), helperFilter(ctx)],
  );
  if (rows.length === 0) return null;
  return ctx.db.getRepository(Returnee).findOneByOrFail({ id });
}

/** As findVisibleReturnee, but NOT_FOUND when the person is missing or out of scope. */
export async function requireVisibleReturnee(
  ctx: RequestContext,
  id: string,
  options: { lock?: boolean } = {},
): Promise<Returnee> {
  const returnee = await findVisibleReturnee(ctx, id, options);
  if (!returnee) throw personNotFound();
  return returnee;
}
