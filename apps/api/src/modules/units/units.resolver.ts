import { Permission } from '@hoanhap/shared';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { AdministrativeUnit } from './administrative-unit.entity.js';
import { UpdateUnitSettingsInput } from './units.inputs.js';
import { unitsService } from './units.service.js';

@Resolver(() => AdministrativeUnit)
export class UnitResolver {
  @Authorized()
  @Query(() => [AdministrativeUnit], {
    description:
      'The units in your scope (your own, everything below it and everything merged into it), from the top level down, ' +
      'then by name; units that no longer exist come after the current ones of their level.',
  })
  async units(@Ctx() ctx: RequestContext): Promise<AdministrativeUnit[]> {
    return unitsService.listInScope(ctx);
  }

  @Authorized(Permission.ADMINISTER)
  @Mutation(() => AdministrativeUnit, {
    description:
      'Changes a unit’s no-contact threshold, report-in days and note (admin, a unit in your scope; others answer ' +
      'NOT_FOUND). The last write wins.',
  })
  updateUnitSettings(
    @Arg('input', () => UpdateUnitSettingsInput) input: UpdateUnitSettingsInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AdministrativeUnit> {
    return unitsService.updateSettings(ctx, input);
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
