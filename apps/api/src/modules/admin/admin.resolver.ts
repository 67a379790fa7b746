import { Role, Permission } from '@hoanhap/shared';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AfterArg, FirstArg } from '../../common/pagination/index.js';
import type { RequestContext } from '../../context.js';
import { User } from '../auth/user.entity.js';
import { ChangePasswordInput, CreateUserInput, DisableUserInput, ResetUserPasswordInput } from './admin.inputs.js';
import { adminService } from './admin.service.js';
import { UserConnection } from './admin.types.js';
import { endUserSessions } from './user-sessions.service.js';

@Resolver(() => User)
export class AdminUserResolver {
  @Authorized(Permission.ADMINISTER)
  @Query(() => UserConnection, { description: 'User accounts of units in your scope, by email (admin).' })
  users(
    @FirstArg('20 by default, at most 100.') first: number | null,
    @AfterArg() after: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<UserConnection> {
    return adminService.list(ctx, first, after);
  }

  @Authorized(Permission.ADMINISTER)
  @Mutation(() => User, { description: 'Creates a user with a role and unit (admin).' })
  createUser(@Arg('input', () => CreateUserInput) input: CreateUserInput, @Ctx() ctx: RequestContext): Promise<User> {
    return adminService.create(ctx, input);
  }

  @Authorized(Permission.ADMINISTER)
  @Mutation(() => User, { description: 'Disables a user and ends their sessions (admin). Users are never deleted.' })
  disableUser(
    @Arg('input', () => DisableUserInput) input: DisableUserInput,
    @Ctx() ctx: RequestContext,
  ): Promise<User> {
    return adminService.disable(ctx, input);
  }

  @Authorized(Permission.ADMINISTER)
  @Mutation(() => User, { description: 'Sets a new password for a user and ends their sessions (admin).' })
  resetUserPassword(
    @Arg('input', () => ResetUserPasswordInput) input: ResetUserPasswordInput,
    @Ctx() ctx: RequestContext,
  ): Promise<User> {
    return adminService.resetPassword(ctx, input);
  }

  @Authorized(Permission.END_SESSIONS)
  @Mutation(() => Int, {
    description:
      'Signs a user out of every device, e.g. a lost phone, and answers how many sessions ended: an admin any user of their units, an officer the helpers of theirs (any other user is NOT_FOUND). The phone app wipes its data at its next sync.',
  })
  endUserSessions(@Arg('userId', () => ID) userId: string, @Ctx() ctx: RequestContext): Promise<number> {
    return endUserSessions(ctx, userId);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Changes your password; your other sessions end, this one stays.' })
  changePassword(
    @Arg('input', () => ChangePasswordInput) input: ChangePasswordInput,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    return adminService.changePassword(ctx, input);
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description: 'When the account was disabled; null while active. Shown to admins and to the user.',
  })
  disabledAt(@Root() user: User, @Ctx() ctx: RequestContext): Date | null {
    const actor = ctx.actor;
    return actor?.role === Role.ADMIN || actor?.userId === user.id ? user.disabledAt : null;
  }
}
