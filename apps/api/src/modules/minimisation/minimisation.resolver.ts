import { can, Permission } from '@hoanhap/shared';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { Returnee } from '../returnees/returnee.entity.js';
import { minimisationService } from './minimisation.service.js';
import { Minimisation, PlaceLegalHoldInput, ReleaseLegalHoldInput } from './minimisation.types.js';

@Resolver(() => Returnee)
export class MinimisationResolver {
  // Null rather than refused for other roles: the person's page asks for it whoever reads it, and
  // the hold's reason concerns a proceeding only the case officers handle.
  @FieldResolver(() => Minimisation, {
    nullable: true,
    description:
      'What will be minimised on this file and when, and any legal hold (docs/security.md, Retention). Null for roles that do not work cases.',
  })
  minimisation(@Root() r: Returnee, @Ctx() ctx: RequestContext): Promise<Minimisation | null> {
    if (!ctx.actor || !can(ctx.actor.role, Permission.WRITE_CASES)) return Promise.resolve(null);
    return minimisationService.read(ctx, r.id);
  }

  @Authorized(Permission.WRITE_CASES)
  @Mutation(() => Minimisation, { description: 'Pauses the minimisation of a person’s file, with the reason.' })
  placeLegalHold(
    @Arg('input', () => PlaceLegalHoldInput) input: PlaceLegalHoldInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Minimisation> {
    return minimisationService.placeLegalHold(ctx, input);
  }

  @Authorized(Permission.WRITE_CASES)
  @Mutation(() => Minimisation, { description: 'Releases a legal hold: the minimisation goes ahead when due.' })
  releaseLegalHold(
    @Arg('input', () => ReleaseLegalHoldInput) input: ReleaseLegalHoldInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Minimisation> {
    return minimisationService.releaseLegalHold(ctx, input);
  }
}
