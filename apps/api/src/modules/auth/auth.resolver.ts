import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { AdministrativeUnit } from '../units/administrative-unit.entity.js';
import { LoginInput } from './auth.inputs.js';
import { authService } from './auth.service.js';
import { LoginResult } from './auth.types.js';
import { User } from './user.entity.js';

@Resolver(() => User)
export class AuthResolver {
  @Mutation(() => LoginResult, {
    description: 'Signs in and sets the session cookie. Any failure gives INVALID_CREDENTIALS.',
  })
  async login(@Arg('input', () => LoginInput) input: LoginInput, @Ctx() ctx: RequestContext): Promise<LoginResult> {
    return { user: await authService.login(ctx, input.email, input.password) };
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Ends the current session and clears its cookie.' })
  logout(@Ctx() ctx: RequestContext): Promise<boolean> {
    return authService.logout(ctx);
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description:
      'Tells the server the phone app has just finished a sync (called at the end of each). After 3 days without one the user is notified (SYNC_STALE).',
  })
  reportDeviceSync(@Ctx() ctx: RequestContext): Promise<boolean> {
    return authService.reportDeviceSync(ctx);
  }

  @Authorized()
  @Query(() => User, { description: 'The signed-in user.' })
  me(@Ctx() ctx: RequestContext): Promise<User> {
    return authService.me(ctx);
  }

  @FieldResolver(() => AdministrativeUnit, { description: 'The unit the user works for.' })
  async unit(@Root() user: User, @Ctx() ctx: RequestContext): Promise<AdministrativeUnit> {
    const unit = await ctx.loaders.unitById.load(user.unitId);
    if (!unit) throw new Error('user without unit');
    return unit;
  }
}
