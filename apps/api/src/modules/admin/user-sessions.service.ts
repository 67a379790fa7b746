import { Role } from '@hoanhap/shared';
import { requireActor } from '../../common/access.js';
import { badInput, notFound } from '../../common/errors.js';
import { withTransaction } from '../../common/transaction.js';
import { UUID } from '../../common/uuid.js';
import type { RequestContext } from '../../context.js';
import { audit } from '../audit/audit.service.js';

/**
 * Ends every session of another account: a helper's lost phone. The phone wipes its local store
 * when its next sync is refused (apps/web/src/phone/sync.ts), so ending the sessions is enough.
 * An administrator reaches any account of their units; an officer only the helpers of theirs, and
 * any other account answers NOT_FOUND as an unknown id would, so the scope leaks nothing.
 * Returns the number of sessions ended.
 */
export async function endUserSessions(ctx: RequestContext, userId: string): Promise<number> {
  const actor = requireActor(ctx);
  if (userId === actor.userId) throw badInput('userId', 'SELF.endSessions');
  if (!UUID.test(userId)) throw notFound('NOT_FOUND.user');
  const helpersOnly = actor.role !== Role.ADMIN;
  return withTransaction(ctx, async (ctx) => {
    // The row lock orders this with a concurrent disable or password reset of the same account.
    const users: unknown[] = await ctx.db.query(
      `SELECT 1 FROM app_user
        WHERE id = $1 AND unit_id = ANY($2::uuid[]) AND (NOT $3::boolean OR role = 'HELPER')
        FOR UPDATE`,
      [userId, await ctx.unitScope(), helpersOnly],
    );
    if (users.length === 0) throw notFound('NOT_FOUND.user');
    // A SELECT around the DELETE: TypeORM answers a bare DELETE with [rows, count], not rows.
    const [ended]: Array<{ n: number }> = await ctx.db.query(
      'WITH ended AS (DELETE FROM session WHERE user_id = $1 RETURNING 1) SELECT count(*)::int AS n FROM ended',
      [userId],
    );
    await audit(ctx, { action: 'endUserSessions', objectType: 'User', objectId: userId, fields: ['sessions'] });
    return ended?.n ?? 0;
  });
}
