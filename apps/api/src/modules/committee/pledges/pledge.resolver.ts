import { PLEDGE_INDICATORS, totalScore, Permission } from '@hoanhap/shared';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AfterArg, FirstArg } from '../../../common/pagination/index.js';
import { listCost } from '../../../common/query-cost.js';
import type { RequestContext } from '../../../context.js';
import { Organisation } from '../../organisations/organisation.entity.js';
import { AdministrativeUnit } from '../../units/administrative-unit.entity.js';
import { Document } from '../documents/document.entity.js';
import { ReintegrationModel } from '../models/reintegration-model.entity.js';
import { AddPledgeTargetInput, PledgeFilter, ReviewPledgeInput, SignPledgeInput } from './pledge.inputs.js';
import { Pledge } from './pledge.entity.js';
import { pledgeService } from './pledge.service.js';
import { PledgeConnection, PledgeIndicatorInfo, PledgeScoreboardEntry } from './pledge.types.js';
import { PledgeReview, PledgeReviewItem } from './pledge-review.entity.js';
import { PledgeSignatory } from './pledge-signatory.entity.js';
import { PledgeTarget } from './pledge-target.entity.js';
import { pledgeScoreboard } from './scoreboard.service.js';

const SCORING =
  'Scoring: progress = actual / target for AT_LEAST (capped at 1); for AT_MOST 1 when actual <= target, else target / actual (a target of 0: 1 when actual is 0, else 0). score = weight × progress. total = sum of scores / sum of weights × 100, over the targets that could be measured.';

@Resolver(() => Pledge)
export class PledgeResolver {
  @Authorized(Permission.READ_COMMITTEE)
  @Query(() => PledgeConnection, { description: 'Pledges of the units in your scope, latest signed first.' })
  pledges(
    @Arg('filter', () => PledgeFilter, { nullable: true }) filter: PledgeFilter | null,
    @FirstArg() first: number | null,
    @AfterArg() after: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<PledgeConnection> {
    return pledgeService.list(ctx, filter, first, after);
  }

  @Authorized(Permission.READ_COMMITTEE)
  @Query(() => Pledge, { nullable: true, description: 'One pledge; null when missing or out of scope.' })
  pledge(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Pledge | null> {
    return pledgeService.find(ctx, id);
  }

  @Authorized(Permission.READ_COMMITTEE)
  @Query(() => [PledgeScoreboardEntry], {
    description: `The year's ranking of the organisations that signed EMULATION pledges in your scope. ${SCORING}`,
  })
  pledgeScoreboard(@Arg('year', () => Int) year: number, @Ctx() ctx: RequestContext): Promise<PledgeScoreboardEntry[]> {
    return pledgeScoreboard(ctx, year);
  }

  @Query(() => [PledgeIndicatorInfo], { description: 'The catalogue of indicators COMPUTED targets measure.' })
  pledgeIndicators(): PledgeIndicatorInfo[] {
    return Object.values(PLEDGE_INDICATORS).map((d) => ({
      code: d.code,
      labelVi: d.label.vi,
      labelEn: d.label.en,
      unitOfMeasure: d.unitOfMeasure,
      defaultDirection: d.defaultDirection,
      definitionVi: d.definition.vi,
      definitionEn: d.definition.en,
      needsDays: d.needsDays ?? false,
      takesSupportType: d.takesSupportType ?? false,
    }));
  }

  @Authorized(Permission.WRITE_COMMITTEE)
  @Mutation(() => Pledge, { description: 'Records a signed pledge of your unit, with signatories and targets.' })
  signPledge(@Arg('input', () => SignPledgeInput) input: SignPledgeInput, @Ctx() ctx: RequestContext): Promise<Pledge> {
    return pledgeService.sign(ctx, input);
  }

  @Authorized(Permission.WRITE_COMMITTEE)
  @Mutation(() => PledgeTarget, { description: 'Adds a target; its responsible organisation must be a signatory.' })
  addPledgeTarget(
    @Arg('input', () => AddPledgeTargetInput) input: AddPledgeTargetInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PledgeTarget> {
    return pledgeService.addTarget(ctx, input);
  }

  @Authorized(Permission.WRITE_COMMITTEE)
  @Mutation(() => PledgeReview, {
    description: `Freezes every target's actual and score at a 6-month or year-end review (one of each per year). ${SCORING}`,
  })
  reviewPledge(
    @Arg('input', () => ReviewPledgeInput) input: ReviewPledgeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PledgeReview> {
    return pledgeService.review(ctx, input);
  }

  @FieldResolver(() => AdministrativeUnit)
  async unit(@Root() p: Pledge, @Ctx() ctx: RequestContext): Promise<AdministrativeUnit> {
    const unit = await ctx.loaders.unitById.load(p.unitId);
    if (!unit) throw new Error('pledge without unit');
    return unit;
  }

  @FieldResolver(() => ReintegrationModel, { nullable: true })
  model(@Root() p: Pledge, @Ctx() ctx: RequestContext): Promise<ReintegrationModel | null> {
    return p.modelId ? ctx.db.getRepository(ReintegrationModel).findOneBy({ id: p.modelId }) : Promise.resolve(null);
  }

  // The returnee's family and the organisations that sign with them: a handful.
  @FieldResolver(() => [PledgeSignatory], { complexity: listCost(5) })
  signatories(@Root() p: Pledge, @Ctx() ctx: RequestContext): Promise<PledgeSignatory[]> {
    return ctx.loaders.signatoriesByPledge.load(p.id);
  }

  @FieldResolver(() => [PledgeTarget], { description: `Targets with their live result. ${SCORING}` })
  targets(@Root() p: Pledge, @Ctx() ctx: RequestContext): Promise<PledgeTarget[]> {
    return ctx.loaders.targetsByPledge.load(p.id);
  }

  @FieldResolver(() => Number, {
    nullable: true,
    description: 'Live total out of 100 (see `targets`); null when nothing can be measured yet.',
  })
  async totalScore(@Root() p: Pledge, @Ctx() ctx: RequestContext): Promise<number | null> {
    const targets = await ctx.loaders.targetsByPledge.load(p.id);
    const results = await Promise.all(targets.map((t) => ctx.loaders.liveTargetResult.load(t)));
    return totalScore(targets.map((t, i) => ({ weight: t.weight, progress: results[i]?.progress ?? null })));
  }

  // Two a year (six-month and year-end), over the pledge's term.
  @FieldResolver(() => [PledgeReview], { complexity: listCost(4), description: 'Reviews, oldest first.' })
  reviews(@Root() p: Pledge, @Ctx() ctx: RequestContext): Promise<PledgeReview[]> {
    return ctx.db.getRepository(PledgeReview).find({ where: { pledgeId: p.id }, order: { reviewedOn: 'ASC' } });
  }

  @FieldResolver(() => [Document])
  documents(@Root() p: Pledge, @Ctx() ctx: RequestContext): Promise<Document[]> {
    return ctx.db.getRepository(Document).find({ where: { pledgeId: p.id }, order: { issuedOn: 'ASC' } });
  }
}

@Resolver(() => PledgeTarget)
export class PledgeTargetResolver {
  @FieldResolver(() => Number, {
    nullable: true,
    description:
      'Live value: COMPUTED from casework from the period start to today (or the period end); MANUAL as frozen at the latest review. Null when it cannot be measured yet.',
  })
  async actual(@Root() t: PledgeTarget, @Ctx() ctx: RequestContext): Promise<number | null> {
    return (await ctx.loaders.liveTargetResult.load(t)).actual;
  }

  @FieldResolver(() => Number, { nullable: true, description: `From 0 to 1. ${SCORING}` })
  async progress(@Root() t: PledgeTarget, @Ctx() ctx: RequestContext): Promise<number | null> {
    const p = (await ctx.loaders.liveTargetResult.load(t)).progress;
    return p === null ? null : Math.round(p * 10_000) / 10_000;
  }

  @FieldResolver(() => Number, { description: 'weight × progress (0 when it cannot be measured).' })
  async score(@Root() t: PledgeTarget, @Ctx() ctx: RequestContext): Promise<number> {
    return Math.round((await ctx.loaders.liveTargetResult.load(t)).score * 10_000) / 10_000;
  }

  @FieldResolver(() => Organisation)
  async responsibleOrganisation(@Root() t: PledgeTarget, @Ctx() ctx: RequestContext): Promise<Organisation> {
    const org = await ctx.loaders.organisationById.load(t.responsibleOrganisationId);
    if (!org) throw new Error('target without organisation');
    return org;
  }
}

@Resolver(() => PledgeSignatory)
export class PledgeSignatoryResolver {
  @FieldResolver(() => Organisation)
  async organisation(@Root() s: PledgeSignatory, @Ctx() ctx: RequestContext): Promise<Organisation> {
    const org = await ctx.loaders.organisationById.load(s.organisationId);
    if (!org) throw new Error('signatory without organisation');
    return org;
  }
}

@Resolver(() => PledgeReview)
export class PledgeReviewResolver {
  @FieldResolver(() => [PledgeReviewItem], { description: 'Each target’s frozen result.' })
  items(@Root() r: PledgeReview, @Ctx() ctx: RequestContext): Promise<PledgeReviewItem[]> {
    return ctx.db.getRepository(PledgeReviewItem).findBy({ reviewId: r.id });
  }
}

@Resolver(() => PledgeReviewItem)
export class PledgeReviewItemResolver {
  @FieldResolver(() => PledgeTarget)
  async targetDefinition(@Root() i: PledgeReviewItem, @Ctx() ctx: RequestContext): Promise<PledgeTarget> {
    return ctx.db.getRepository(PledgeTarget).findOneByOrFail({ id: i.targetId });
  }
}
