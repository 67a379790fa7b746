import { Permission } from '@hoanhap/shared';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { listCost } from '../../common/query-cost.js';
import { Sensitive } from '../../common/sensitive.js';
import type { RequestContext } from '../../context.js';
import { Conviction } from './conviction.entity.js';
import { Obligation } from './obligation.entity.js';
import { Returnee } from '../returnees/returnee.entity.js';
import { SupplementaryPenalty } from './supplementary-penalty.entity.js';
import {
  RecordConvictionInput,
  RecordObligationInput,
  RecordSupplementaryPenaltyInput,
  SettleObligationInput,
} from './judgments.inputs.js';
import { judgmentsService } from './judgments.service.js';

@Resolver(() => Conviction)
export class ConvictionResolver {
  @Authorized(Permission.WRITE_CASES)
  @Mutation(() => Conviction, {
    description:
      'Records a judgment (officer only). The latest judgment restarts the expungement clock and its eligibility task.',
  })
  recordConviction(
    @Arg('input', () => RecordConvictionInput) input: RecordConvictionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Conviction> {
    return judgmentsService.recordConviction(ctx, input);
  }

  @Authorized(Permission.WRITE_CASES)
  @Mutation(() => SupplementaryPenalty, {
    description:
      'Records a supplementary penalty of a judgment (officer only); the expungement clock waits for its end.',
  })
  recordSupplementaryPenalty(
    @Arg('input', () => RecordSupplementaryPenaltyInput) input: RecordSupplementaryPenaltyInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SupplementaryPenalty> {
    return judgmentsService.recordSupplementaryPenalty(ctx, input);
  }

  @Authorized(Permission.WRITE_CASES)
  @Mutation(() => Obligation, {
    description: 'Records a civil obligation of a judgment (officer only); while unsettled it blocks expungement.',
  })
  recordObligation(
    @Arg('input', () => RecordObligationInput) input: RecordObligationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Obligation> {
    return judgmentsService.recordObligation(ctx, input);
  }

  @Authorized(Permission.WRITE_CASES)
  @Mutation(() => Obligation, { description: 'Marks an obligation settled (officer only).' })
  settleObligation(
    @Arg('input', () => SettleObligationInput) input: SettleObligationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Obligation> {
    return judgmentsService.settleObligation(ctx, input);
  }

  // A judgment adds few of the supplementary penalties of Penal Code 2015 art. 32(2).
  @FieldResolver(() => [SupplementaryPenalty], {
    complexity: listCost(3),
    description: 'Sensitive: empty unless your role may see it.',
  })
  @Sensitive<Conviction>({ person: (c) => c.returneeId, hidden: [] })
  supplementaryPenalties(@Root() c: Conviction, @Ctx() ctx: RequestContext): Promise<SupplementaryPenalty[]> {
    return ctx.loaders.supplementaryPenaltiesByConviction.load(c.id);
  }

  // Fines, compensation and court fees of one judgment.
  @FieldResolver(() => [Obligation], {
    complexity: listCost(5),
    description: 'Sensitive: empty unless your role may see it.',
  })
  @Sensitive<Conviction>({ person: (c) => c.returneeId, hidden: [] })
  obligations(@Root() c: Conviction, @Ctx() ctx: RequestContext): Promise<Obligation[]> {
    return ctx.loaders.obligationsByConviction.load(c.id);
  }
}

@Resolver(() => Returnee)
export class ReturneeJudgmentsResolver {
  // A person's judgments: usually one, a few for some.
  @FieldResolver(() => [Conviction], {
    complexity: listCost(5),
    description: 'Judgments, latest first. Sensitive: empty unless your role may see convictions.',
  })
  @Sensitive<Returnee>({ person: (r) => r.id, hidden: [] })
  convictions(@Root() r: Returnee, @Ctx() ctx: RequestContext): Promise<Conviction[]> {
    return ctx.loaders.convictionsByReturnee.load(r.id);
  }
}
