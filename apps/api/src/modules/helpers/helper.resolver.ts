import { Permission } from '@hoanhap/shared';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { AssignHelperInput, AssignHelperToManyInput, EndHelperAssignmentInput } from './helper.inputs.js';
import { helperService } from './helper.service.js';
import { HelperAccount } from './helper-account.types.js';
import { HelperAssignment } from './helper-assignment.entity.js';

@Resolver(() => HelperAssignment)
export class HelperAssignmentResolver {
  @Authorized(Permission.WRITE_CASES)
  @Query(() => [HelperAccount], {
    description:
      'Helper accounts that may be linked when assigning a helper to this person (officer): HELPER accounts of the units serving them, by name. NOT_FOUND for a person out of scope.',
  })
  helperAccounts(
    @Arg('returneeId', () => ID) returneeId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<HelperAccount[]> {
    return helperService.accounts(ctx, returneeId);
  }

  @Authorized(Permission.WRITE_CASES)
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

  @Authorized(Permission.WRITE_CASES)
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

  @Authorized(Permission.WRITE_CASES)
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
    const organisation = await ctx.loaders.organisationById.load(a.organisationId);
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
