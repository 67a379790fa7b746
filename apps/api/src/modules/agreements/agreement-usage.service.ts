import { can, Permission, USAGE_MONTH } from '@hoanhap/shared';
import { requireActor } from '../../common/access.js';
import { badInput, notFound } from '../../common/errors.js';
import type { RequestContext } from '../../context.js';
import { agreementService } from './agreement.service.js';
import type { AgreementUsage } from './agreement-usage.types.js';

/**
 * The monthly usage report of an agreement, from its summary rows. The ward's administrator reads
 * it for agreements in scope; the counterpart reads its own with a key whose agreement it is.
 */
export async function agreementUsage(ctx: RequestContext, agreementId: string, month: string): Promise<AgreementUsage> {
  const actor = requireActor(ctx);
  if (!USAGE_MONTH.test(month)) throw badInput('month', 'INVALID.month');
  const own = actor.agreement?.id === agreementId;
  if (!own && !(can(actor.role, Permission.ADMINISTER) && (await agreementService.findInScope(ctx, agreementId)))) {
    throw notFound('NOT_FOUND.agreement');
  }
  const first = `${month}-01`;
  const operations: Array<{ operation: string; calls: number; refusals: number }> = await ctx.db.query(
    `SELECT operation, calls, refusals FROM agreement_usage WHERE agreement_id = $1 AND month = $2
     ORDER BY calls DESC, operation`,
    [agreementId, first],
  );
  const [people] = await ctx.db.query(
    'SELECT count(*)::int AS n FROM agreement_usage_person WHERE agreement_id = $1 AND month = $2',
    [agreementId, first],
  );
  return {
    agreementId,
    month,
    operations,
    calls: operations.reduce((sum, o) => sum + o.calls, 0),
    refusals: operations.reduce((sum, o) => sum + o.refusals, 0),
    peopleTouched: people?.n ?? 0,
  };
}
