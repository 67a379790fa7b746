import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { AdministrativeUnit } from './administrative-unit.entity.js';

@Resolver(() => AdministrativeUnit)
export class UnitResolver {
  @FieldResolver(() => AdministrativeUnit, { nullable: true, description: 'The unit this one belongs to.' })
  parent(@Root() unit: AdministrativeUnit, @Ctx() ctx: RequestContext): Promise<AdministrativeUnit | null> | null {
    return unit.parentId ? ctx.loaders.unitById.load(unit.parentId) : null;
  }

  @FieldResolver(() => AdministrativeUnit, { nullable: true, description: 'The unit this one was merged into.' })
  successor(@Root() unit: AdministrativeUnit, @Ctx() ctx: RequestContext): Promise<AdministrativeUnit | null> | null {
    return unit.successorId ? ctx.loaders.unitById.load(unit.successorId) : null;
  }
}
