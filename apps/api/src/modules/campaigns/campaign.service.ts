import { requireActor } from '../../common/access.js';
import { appError, badInput, ErrorCode, notFound } from '../../common/errors.js';
import { bindTo, keysetOrder, keysetPage, readEntityPage } from '../../common/pagination/index.js';
import { saveNew } from '../../common/records.js';
import { withTransaction } from '../../common/transaction.js';
import { notInFuture } from '../../common/validation.js';
import type { RequestContext } from '../../context.js';
import { auditChange, givenFields } from '../audit/audit.service.js';
import { unitsService } from '../units/units.service.js';
import { findVisibleCampaign, visibleFrom } from './campaign-access.js';
import { Campaign } from './campaign.entity.js';
import type { CreateCampaignInput, UpdateCampaignInput } from './campaign.inputs.js';
import type { CampaignConnection } from './campaign.types.js';

const NEWEST_FIRST = keysetOrder('campaigns', 'DESC', ['created_at', 'timestamptz'], ['id', 'uuid']);

const campaignNotFound = () => notFound('NOT_FOUND.campaign');

/** Trimmed text, or null when blank. */
const clean = (text: string | null | undefined) => text?.trim() || null;

function requireName(field: string, name: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw badInput(field, 'REQUIRED');
  return trimmed;
}

export class CampaignService {
  /** The campaigns seen from a unit in scope (default: the actor's own), newest first. */
  async list(
    ctx: RequestContext,
    unitCode: string | null,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<CampaignConnection> {
    const actor = requireActor(ctx);
    const page = keysetPage(NEWEST_FIRST, first, after);
    const unit = unitCode ? await unitsService.findInScope(ctx, unitCode) : { id: actor.unitId };
    if (!unit) throw notFound('NOT_FOUND.unit');
    const params: unknown[] = [];
    const from = bindTo(params)(unit.id);
    const list = { table: 'campaign', alias: 'c', where: [visibleFrom(from)], params };
    return readEntityPage(ctx.db, ctx.db.getRepository(Campaign), page, list);
  }

  async find(ctx: RequestContext, id: string): Promise<Campaign | null> {
    return findVisibleCampaign(ctx, id);
  }

  /** A campaign of a unit in scope (officer, admin), with its audit row. */
  async create(ctx: RequestContext, input: CreateCampaignInput): Promise<Campaign> {
    notInFuture('input.decisionDate', input.decisionDate);
    const name = requireName('input.name', input.name);
    return withTransaction(ctx, async (ctx) => {
      const unit = await unitsService.findInScope(ctx, input.unitCode);
      if (!unit) throw badInput('input.unitCode', 'NOT_FOUND.unit');
      const campaign = await saveNew(ctx, Campaign, {
        unitId: unit.id,
        kind: input.kind,
        name,
        decisionNumber: clean(input.decisionNumber),
        decisionDate: input.decisionDate ?? null,
        notes: clean(input.notes),
      });
      await auditChange(ctx, 'createCampaign', campaign, givenFields(input));
      return campaign;
    });
  }

  /** From the version read (CONFLICT otherwise); only a campaign of a unit in the actor's scope. */
  async update(ctx: RequestContext, input: UpdateCampaignInput): Promise<Campaign> {
    notInFuture('input.decisionDate', input.decisionDate);
    const name = input.name == null ? null : requireName('input.name', input.name);
    return withTransaction(ctx, async (ctx) => {
      const campaign = await findVisibleCampaign(ctx, input.id, { owned: true, lock: true });
      if (!campaign) throw campaignNotFound();
      if (campaign.version !== input.version) {
        throw appError(ErrorCode.CONFLICT, 'CONFLICT.campaign', { currentVersion: campaign.version });
      }
      if (input.kind) campaign.kind = input.kind;
      if (name) campaign.name = name;
      if (input.decisionNumber !== undefined) campaign.decisionNumber = clean(input.decisionNumber);
      if (input.decisionDate !== undefined) campaign.decisionDate = input.decisionDate ?? null;
      if (input.notes !== undefined) campaign.notes = clean(input.notes);
      const saved = await ctx.db.getRepository(Campaign).save(campaign);
      await auditChange(ctx, 'updateCampaign', saved, givenFields(input, ['id', 'version']));
      return saved;
    });
  }
}

export const campaignService = new CampaignService();
