import { Permission } from '@hoanhap/shared';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AfterArg, FirstArg } from '../../common/pagination/index.js';
import type { RequestContext } from '../../context.js';
import { AdministrativeUnit } from '../units/administrative-unit.entity.js';
import { Campaign } from './campaign.entity.js';
import { CreateCampaignInput, UpdateCampaignInput } from './campaign.inputs.js';
import { campaignNotices } from './campaign-notices.js';
import { campaignTotals, campaignWards } from './campaign-progress.js';
import { campaignService } from './campaign.service.js';
import {
  CampaignConnection,
  CampaignNoticeConnection,
  CampaignProgress,
  CampaignWardProgress,
} from './campaign.types.js';

/** One grouped statement per campaign and request, shared by `wards` and `totals`. */
const wardsRead = new WeakMap<RequestContext, Map<string, Promise<CampaignWardProgress[]>>>();
function wardsOf(ctx: RequestContext, campaignId: string): Promise<CampaignWardProgress[]> {
  const byCampaign = wardsRead.get(ctx) ?? new Map<string, Promise<CampaignWardProgress[]>>();
  wardsRead.set(ctx, byCampaign);
  const wards = byCampaign.get(campaignId) ?? campaignWards(ctx, campaignId);
  byCampaign.set(campaignId, wards);
  return wards;
}

@Resolver(() => Campaign)
export class CampaignResolver {
  @Authorized(Permission.READ_CAMPAIGNS)
  @Query(() => CampaignConnection, {
    description:
      'Campaigns seen from a unit of your scope (default: yours): those of the units in its scope and of the units above it; newest first.',
  })
  campaigns(
    @Arg('unitCode', () => String, { nullable: true }) unitCode: string | null,
    @FirstArg() first: number | null,
    @AfterArg() after: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<CampaignConnection> {
    return campaignService.list(ctx, unitCode, first, after);
  }

  @Authorized(Permission.READ_CAMPAIGNS)
  @Query(() => Campaign, { nullable: true, description: 'One campaign; null when missing or not yours to see.' })
  campaign(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Campaign | null> {
    return campaignService.find(ctx, id);
  }

  @Authorized(Permission.WRITE_CAMPAIGNS)
  @Mutation(() => Campaign, { description: 'Opens a campaign of a unit in your scope (officer, admin).' })
  createCampaign(
    @Arg('input', () => CreateCampaignInput) input: CreateCampaignInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Campaign> {
    return campaignService.create(ctx, input);
  }

  @Authorized(Permission.WRITE_CAMPAIGNS)
  @Mutation(() => Campaign, {
    description: 'Changes a campaign of a unit in your scope; a stale version gives CONFLICT, any other NOT_FOUND.',
  })
  updateCampaign(
    @Arg('input', () => UpdateCampaignInput) input: UpdateCampaignInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Campaign> {
    return campaignService.update(ctx, input);
  }

  @FieldResolver(() => AdministrativeUnit, { description: 'The unit that owns the campaign.' })
  async unit(@Root() campaign: Campaign, @Ctx() ctx: RequestContext): Promise<AdministrativeUnit> {
    const unit = await ctx.loaders.unitById.load(campaign.unitId);
    if (!unit) throw new Error('campaign without unit');
    return unit;
  }

  @FieldResolver(() => [CampaignWardProgress], {
    description: 'Progress in each ward of your scope that has people of this campaign, by ward name.',
  })
  wards(@Root() campaign: Campaign, @Ctx() ctx: RequestContext): Promise<CampaignWardProgress[]> {
    return wardsOf(ctx, campaign.id);
  }

  @FieldResolver(() => CampaignProgress, { description: 'The sums over `wards`.' })
  async totals(@Root() campaign: Campaign, @Ctx() ctx: RequestContext): Promise<CampaignProgress> {
    return campaignTotals(await wardsOf(ctx, campaign.id));
  }

  @Authorized(Permission.READ_CASES)
  @FieldResolver(() => CampaignNoticeConnection, {
    description: 'The campaign’s notices about people of one ward of your scope (for bulk helper assignment).',
  })
  notices(
    @Root() campaign: Campaign,
    @Arg('unitCode', () => String) unitCode: string,
    @FirstArg() first: number | null,
    @AfterArg() after: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<CampaignNoticeConnection> {
    return campaignNotices(ctx, campaign.id, unitCode, first, after);
  }
}
