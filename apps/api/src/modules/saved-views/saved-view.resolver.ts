import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { User } from '../auth/user.entity.js';
import { SavedView, SavedViewList } from './saved-view.entity.js';
import { DeleteSavedViewInput, SaveViewInput, UpdateSavedViewInput } from './saved-view.inputs.js';
import { savedViewService } from './saved-view.service.js';

@Resolver(() => SavedView)
export class SavedViewResolver {
  @Authorized()
  @Query(() => [SavedView], {
    description: 'Your saved views of a list, then those colleagues of your unit shared; yours first, then by name.',
  })
  savedViews(@Arg('list', () => SavedViewList) list: SavedViewList, @Ctx() ctx: RequestContext): Promise<SavedView[]> {
    return savedViewService.list(ctx, list);
  }

  @Authorized()
  @Mutation(() => SavedView, {
    description: 'Saves a view of a list. A name you already use for that list: field input.name, reason DUPLICATE.',
  })
  saveView(@Arg('input', () => SaveViewInput) input: SaveViewInput, @Ctx() ctx: RequestContext): Promise<SavedView> {
    return savedViewService.save(ctx, input);
  }

  @Authorized()
  @Mutation(() => SavedView, {
    description: 'Changes one of your saved views; a stale version gives CONFLICT, another user’s view NOT_FOUND.',
  })
  updateSavedView(
    @Arg('input', () => UpdateSavedViewInput) input: UpdateSavedViewInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SavedView> {
    return savedViewService.update(ctx, input);
  }

  @Authorized()
  @Mutation(() => ID, { description: 'Deletes one of your saved views and answers its id; another user’s: NOT_FOUND.' })
  deleteSavedView(
    @Arg('input', () => DeleteSavedViewInput) input: DeleteSavedViewInput,
    @Ctx() ctx: RequestContext,
  ): Promise<string> {
    return savedViewService.delete(ctx, input);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you saved it (only yours can be changed).' })
  mine(@Root() view: SavedView, @Ctx() ctx: RequestContext): boolean {
    return view.ownerId === ctx.actor?.userId;
  }

  @FieldResolver(() => User, { description: 'Who saved it.' })
  async owner(@Root() view: SavedView, @Ctx() ctx: RequestContext): Promise<User> {
    const user = await ctx.loaders.userById.load(view.ownerId);
    if (!user) throw new Error('saved view without owner');
    return user;
  }
}
