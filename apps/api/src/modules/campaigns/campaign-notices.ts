import { notFound } from '../../common/errors.js';
import { keysetOrder, keysetPage, readEntityPage } from '../../common/pagination/index.js';
import type { RequestContext } from '../../context.js';
import { ReleaseNotice } from '../lifecycle/release-notice.entity.js';
import { unitsService } from '../units/units.service.js';
import type { CampaignNoticeConnection } from './campaign.types.js';

const FIRST_RECEIVED = keysetOrder('campaignNotices', 'ASC', ['received_on', 'date'], ['id', 'uuid']);

/**
 * The campaign's notices about people on record in one ward of the actor's scope (and the units
 * merged into it): the campaign page's list, from which an officer assigns a helper to several.
 */
export async function campaignNotices(
  ctx: RequestContext,
  campaignId: string,
  unitCode: string,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<CampaignNoticeConnection> {
  const page = keysetPage(FIRST_RECEIVED, first, after);
  const unit = await unitsService.findInScope(ctx, unitCode);
  if (!unit) throw notFound('NOT_FOUND.unit');
  const list = {
    table: 'release_notice',
    alias: 'n',
    where: [
      'n.campaign_id = $1',
      `n.returnee_id IN (SELECT r.id FROM returnee r
         WHERE r.unit_id IN (SELECT unit_id FROM unit_closure WHERE ancestor_id = $2))`,
    ],
    params: [campaignId, unit.id],
  };
  return readEntityPage(ctx.db, ctx.db.getRepository(ReleaseNotice), page, list);
}
