import { can, Permission } from '@hoanhap/shared';
import { appError, badInput, ErrorCode } from '../../common/errors.js';
import { UUID } from '../../common/uuid.js';
import type { RequestContext } from '../../context.js';
import { Campaign } from './campaign.entity.js';

/*
 * Who sees a campaign: one owned by a unit in your scope (a city's officer sees its wards'
 * campaigns), or by a unit above yours (a ward sees the city's amnesty, whose people come to it).
 * Anything else answers exactly as a missing campaign does.
 */

/** SQL: campaign alias `c` is visible from unit `$n` (through the unit closure, both ways). */
export const visibleFrom = (unitParam: string) =>
  `(c.unit_id IN (SELECT unit_id FROM unit_closure WHERE ancestor_id = ${unitParam})
    OR c.unit_id IN (SELECT ancestor_id FROM unit_closure WHERE unit_id = ${unitParam}))`;

/** The campaign if the actor may see it, else null; `owned` also asks that its unit be in the actor's scope. */
export async function findVisibleCampaign(
  ctx: RequestContext,
  id: string,
  options: { owned?: boolean; lock?: boolean } = {},
): Promise<Campaign | null> {
  if (!ctx.actor || !UUID.test(id)) return null;
  const where = options.owned
    ? 'c.unit_id IN (SELECT unit_id FROM unit_closure WHERE ancestor_id = $2)'
    : visibleFrom('$2');
  const rows: Array<{ id: string }> = await ctx.db.query(`SELECT c.id FROM campaign c WHERE c.id = $1 AND ${where}`, [
    id,
    ctx.actor.unitId,
  ]);
  if (!rows[0]) return null;
  return ctx.db
    .getRepository(Campaign)
    .findOne({ where: { id }, ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
}

/**
 * The campaign a list is brought in for, checked when the import is asked for: one the actor sees
 * and whose people the actor's role may record (NOT_FOUND like a missing one otherwise).
 */
export async function campaignForIntake(ctx: RequestContext, id: string): Promise<string> {
  if (!ctx.actor || !can(ctx.actor.role, Permission.WRITE_CAMPAIGNS)) {
    throw appError(ErrorCode.FORBIDDEN, 'FORBIDDEN.campaignIntake');
  }
  const campaign = await findVisibleCampaign(ctx, id);
  if (!campaign) throw badInput('campaignId', 'NOT_FOUND.campaign');
  return campaign.id;
}
