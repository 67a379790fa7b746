import { Permission } from '@hoanhap/shared';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AfterArg, connectionAsked, FirstArg } from '../../common/pagination/index.js';
import { Sensitive } from '../../common/sensitive.js';
import type { RequestContext } from '../../context.js';
import { ExpungementForecast } from '../expungement/expungement.types.js';
import { AdministrativeUnit } from '../units/administrative-unit.entity.js';
import { EmploymentPeriod } from '../employment/employment-period.entity.js';
import { RegisterReturneeInput, UpdateReturneeInput } from './returnee.inputs.js';
import { Returnee } from './returnee.entity.js';
import { forecastFromInputs } from './returnee.loaders.js';
import { returneeService } from './returnee.service.js';
import { FamilyContactType } from './returnee.types.js';
import { listReturnees } from './returnee-list.service.js';
import { ReturneeConnection, ReturneeFilter } from './returnee-list.types.js';

@Resolver(() => Returnee)
export class ReturneeResolver {
  @Authorized(Permission.READ_CASES)
  @Query(() => Returnee, { nullable: true, description: 'One person; null when missing or outside your scope.' })
  async returnee(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Returnee | null> {
    return returneeService.open(ctx, id, info);
  }

  @Authorized(Permission.READ_CASES)
  @Query(() => ReturneeConnection, {
    description:
      'People in your scope (a helper: those assigned to you), filtered, searched and paged with keyset cursors.',
  })
  returnees(
    @Arg('filter', () => ReturneeFilter, { nullable: true }) filter: ReturneeFilter | null,
    @FirstArg() first: number | null,
    @AfterArg() after: string | null,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ReturneeConnection> {
    return listReturnees(ctx, filter, first, after, connectionAsked(info));
  }

  @Authorized(Permission.WRITE_CASES)
  @Mutation(() => Returnee, {
    description: 'Adds a person to the unit’s records (from a prison notice, or on arrival).',
  })
  registerReturnee(
    @Arg('input', () => RegisterReturneeInput) input: RegisterReturneeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Returnee> {
    return returneeService.register(ctx, input);
  }

  @Authorized(Permission.WRITE_CASES)
  @Mutation(() => Returnee, {
    description: 'Changes a person’s details; a stale `version` gives CONFLICT and changes nothing.',
  })
  updateReturnee(
    @Arg('input', () => UpdateReturneeInput) input: UpdateReturneeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Returnee> {
    return returneeService.update(ctx, input);
  }

  @FieldResolver(() => AdministrativeUnit)
  async unit(@Root() r: Returnee, @Ctx() ctx: RequestContext): Promise<AdministrativeUnit> {
    const unit = await ctx.loaders.unitById.load(r.unitId);
    if (!unit) throw new Error('returnee without unit');
    return unit;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Personal identification number (số định danh cá nhân, the 12 digits on the identity card, thẻ căn cước; Identity Law 2023). Sensitive: null unless your role may see it.',
  })
  @Sensitive<Returnee>({ person: (r) => r.id, hidden: null })
  citizenId(@Root() r: Returnee): string | null {
    return r.citizenId;
  }

  @FieldResolver(() => [FamilyContactType])
  familyContacts(@Root() r: Returnee): FamilyContactType[] {
    return r.familyContacts ?? [];
  }

  @FieldResolver(() => EmploymentPeriod, { nullable: true, description: 'The employment period covering today.' })
  currentEmployment(@Root() r: Returnee, @Ctx() ctx: RequestContext): Promise<EmploymentPeriod | null> {
    return ctx.loaders.currentEmployment.load(r.id);
  }

  @FieldResolver(() => Int, { description: 'Tasks about this person not yet done.' })
  openTaskCount(@Root() r: Returnee, @Ctx() ctx: RequestContext): Promise<number> {
    return ctx.loaders.openTaskCount.load(r.id);
  }

  @FieldResolver(() => ExpungementForecast, {
    nullable: true,
    description:
      'The expungement clock applied to every conviction not yet expunged (Penal Code art. 73(2): a new conviction restarts the old clock), as expungementPreview computes it for the same judgments; null without a conviction, while a main penalty is not completed, or when your role may not see convictions.',
  })
  // Derived from the judgment but not the judgment itself: hidden like it, not audited as a read of it.
  @Sensitive<Returnee>({ person: (r) => r.id, hidden: null, audited: false })
  async expungementForecast(@Root() r: Returnee, @Ctx() ctx: RequestContext): Promise<ExpungementForecast | null> {
    return forecastFromInputs(await ctx.loaders.forecastInputs.load(r.id));
  }
}
