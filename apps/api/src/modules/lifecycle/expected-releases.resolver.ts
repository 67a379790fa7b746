import { Permission } from '@hoanhap/shared';
import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { LocalDate } from '../../common/scalars.js';
import type { RequestContext } from '../../context.js';
import { ReleaseNotice } from './release-notice.entity.js';
import { Returnee } from '../returnees/returnee.entity.js';
import { expectedReleasesService } from './expected-releases.service.js';

/** Releases the prisons have announced, for the dashboard and the month's planning. */
@Resolver(() => ReleaseNotice)
export class ExpectedReleasesResolver {
  @Authorized(Permission.READ_CASES)
  @Query(() => [ReleaseNotice], {
    description:
      'Prison notices whose expected release is between `from` and `to` (inclusive, at most 366 days) and whose person has no release recorded since; earliest first. A helper sees only the people assigned to them.',
  })
  expectedReleases(
    @Arg('from', () => LocalDate) from: string,
    @Arg('to', () => LocalDate) to: string,
    @Arg('unitCode', () => String, {
      nullable: true,
      description: 'Defaults to the caller’s unit; must be within the caller’s scope.',
    })
    unitCode: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ReleaseNotice[]> {
    return expectedReleasesService.list(ctx, { from, to, unitCode });
  }

  /**
   * The person announced. A notice is only ever reached through its person or a scoped list, so
   * whoever sees the notice may see the person; the person's own fields keep their own checks.
   */
  @FieldResolver(() => Returnee, { description: 'The person the notice is about.' })
  async returnee(@Root() notice: ReleaseNotice, @Ctx() ctx: RequestContext): Promise<Returnee> {
    const returnee = await ctx.loaders.returneeById.load(notice.returneeId);
    if (!returnee) throw new Error('release notice without person');
    return returnee;
  }
}
