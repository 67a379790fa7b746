import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { AssignHelperInput, AssignHelperToManyInput, EndHelperAssignmentInput } from './helper.inputs.js';
import { helperService } from './helper.service.js';
import { HelperAssignment } from './helper-assignment.entity.js';

@Resolver(() => HelperAssignment)
export class HelperAssignmentResolver {
  @Mutation(() => HelperAssignment, {
    description:
      'Assigns a helper to a person (officer). A second active PRIMARY is refused: field input.role, reason PRIMARY_TAKEN.',
  })
  assignHelper(
    @Arg('input', () => AssignHelperInput) input: AssignHelperInput,
    @Ctx() ctx: RequestContext,
  ): Promise<HelperAssignment> {
    return helperService.assign(ctx, input);
  }

  @Mutation(() => [HelperAssignment], {
    description:
      'Assigns one helper to 1–100 people at once (officer), all or nothing: a person who cannot be assigned fails the call with field input.returneeIds.<index> and the reason.',
  })
  assignHelperToMany(
    @Arg('input', () => AssignHelperToManyInput) input: AssignHelperToManyInput,
    @Ctx() ctx: RequestContext,
  ): Promise<HelperAssignment[]> {
    return helperService.assignMany(ctx, input);
  }

  @Mutation(() => HelperAssignment, {
    description: 'Ends an active assignment (officer); ending one twice gives INVALID_TRANSITION.',
  })
  endHelperAssignment(
    @Arg('input', () => EndHelperAssignmentInput) input: EndHelperAssignmentInput,
    @Ctx() ctx: RequestContext,
  ): Promise<HelperAssignment> {
    return helperService.end(ctx, input);
  }

  @FieldResolver(() => Organisation)
  async organisation(@Root() a: HelperAssignment, @Ctx() ctx: RequestContext): Promise<Organisation> {
    const organisation = await ctx.loaders.helperOrganisationById.load(a.organisationId);
    if (!organisation) throw new Error('assignment without organisation');
    return organisation;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The helper’s account, when they sign in.' })
  helperUserId(@Root() a: HelperAssignment): string | null {
    return a.helperUserId;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'Days since the latest contact recorded under this assignment (or since it started, when none); null once ended.',
  })
  daysSinceLastContact(@Root() a: HelperAssignment, @Ctx() ctx: RequestContext): Promise<number | null> {
    return ctx.loaders.daysSinceLastContact.load(a.id);
  }
}
