import { OrganisationKind } from '@hoanhap/shared';
import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { AdministrativeUnit } from '../units/administrative-unit.entity.js';
import { Organisation } from './organisation.entity.js';
import { organisationService } from './organisation.service.js';

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Authorized()
  @Query(() => [Organisation], {
    description:
      'Organisations of the units in your scope, by name: the pickers for a helper’s organisation, a signatory, a ' +
      'committee member. `unitId` narrows to one unit (empty when it is not in your scope); `kinds` to some kinds.',
  })
  async organisations(
    @Ctx() ctx: RequestContext,
    @Arg('unitId', () => ID, { nullable: true }) unitId?: string | null,
    @Arg('kinds', () => [OrganisationKind], { nullable: true }) kinds?: OrganisationKind[] | null,
  ): Promise<Organisation[]> {
    return organisationService.list(ctx, { unitId: unitId ?? null, kinds: kinds ?? null });
  }

  @FieldResolver(() => AdministrativeUnit, { description: 'The unit the organisation works in.' })
  async unit(@Root() organisation: Organisation, @Ctx() ctx: RequestContext): Promise<AdministrativeUnit> {
    const unit = await ctx.loaders.unitById.load(organisation.unitId);
    if (!unit) throw new Error('organisation without unit');
    return unit;
  }
}
