import { Permission } from '@hoanhap/shared';
import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { AfterArg, FirstArg } from '../../common/pagination/index.js';
import type { RequestContext } from '../../context.js';
import { RevealSensitiveInput } from './reveal.inputs.js';
import { revealService } from './reveal.service.js';
import { SensitiveRevealConnection } from './reveal.types.js';
import { SensitiveReveal } from './sensitive-reveal.entity.js';

@Resolver(() => SensitiveReveal)
export class RevealResolver {
  @Authorized(Permission.REQUEST_REVEAL)
  @Mutation(() => SensitiveReveal, {
    description:
      'Committee and viewer users: states why you need one person’s sensitive fields and shows them to you for 30 minutes (audited).',
  })
  revealSensitive(
    @Arg('input', () => RevealSensitiveInput) input: RevealSensitiveInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SensitiveReveal> {
    return revealService.reveal(ctx, input);
  }

  @Authorized(Permission.ADMINISTER)
  @Query(() => SensitiveRevealConnection, { description: 'Reveals about people in your scope, for review (admin).' })
  sensitiveReveals(
    @FirstArg('20 by default, at most 100.') first: number | null,
    @AfterArg() after: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<SensitiveRevealConnection> {
    return revealService.list(ctx, first, after);
  }
}
