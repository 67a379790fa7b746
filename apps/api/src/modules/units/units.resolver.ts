import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { requireActor } from '../../common/access.js';
import type { RequestContext } from '../../context.js';
import { AdministrativeUnit } from './administrative-unit.entity.js';
import { unitsService } from './units.service.js';

@Resolver(() => AdministrativeUnit)
export class UnitResolver {
  @Query(() => [AdministrativeUnit], {
    description:
      'The units in your scope (your own, everything below it and everything merged into it), from the top level down, ' +
      'then by name; units that no longer exist come after the current ones of their level.',
  })
  async units(@Ctx() ctx: RequestContext): Promise<AdministrativeUnit[]> {
    requireActor(ctx);
    return unitsService.listInScope(ctx);
  }

  @FieldResolver(() => AdministrativeUnit, { nullable: true, description: 'The unit this one belongs to.' })
  parent(@Root() unit: AdministrativeUnit, @Ctx() ctx: RequestContext): Promise<AdministrativeUnit | null> | null {
    return unit.parentId ? ctx.loaders.unitById.load(unit.parentId) : null;
  }

  @FieldResolver(() => AdministrativeUnit, { nullable: true, description: 'The unit this one was merged into.' })
  successor(@Root() unit: AdministrativeUnit, @Ctx() ctx: RequestContext): Promise<AdministrativeUnit | null> | null {
    return unit.successorId ? ctx.loaders.unitById.load(unit.successorId) : null;
  }
}
