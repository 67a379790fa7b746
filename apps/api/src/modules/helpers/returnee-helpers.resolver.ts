import { CASE_FILE_CONTACTS, Role, todayInVietnam } from '@hoanhap/shared';
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { Returnee } from '../returnees/returnee.entity.js';
import { Support } from '../support/support.entity.js';
import { Task } from '../tasks/task.entity.js';
import { Contact } from './contact.entity.js';
import { HelperAssignment } from './helper-assignment.entity.js';

/** Casework lists on a person, each batched by person id (one statement per list for a whole page). */
@Resolver(() => Returnee)
export class ReturneeHelpersResolver {
  @FieldResolver(() => [HelperAssignment], {
    description:
      'Helpers assigned to the person, primary first: active ones by default, ended ones with false, all with null.',
  })
  async helpers(
    @Root() r: Returnee,
    @Arg('active', () => Boolean, { nullable: true, defaultValue: true }) active: boolean | null,
    @Ctx() ctx: RequestContext,
  ): Promise<HelperAssignment[]> {
    const all = await ctx.loaders.helperAssignmentsByReturnee.load(r.id);
    if (active == null) return all;
    const today = todayInVietnam();
    return all.filter((a) => (a.endedOn === null || a.endedOn >= today) === active);
  }

  @FieldResolver(() => [Contact], {
    description: `Contacts with the person, newest first: the latest ${CASE_FILE_CONTACTS}.`,
  })
  contacts(@Root() r: Returnee, @Ctx() ctx: RequestContext): Promise<Contact[]> {
    return ctx.loaders.contactsByReturnee.load(r.id);
  }

  @FieldResolver(() => [Support], { description: 'Support actions for the person, latest start first.' })
  supports(@Root() r: Returnee, @Ctx() ctx: RequestContext): Promise<Support[]> {
    return ctx.loaders.supportsByReturnee.load(r.id);
  }

  @FieldResolver(() => [Task], {
    description: 'Tasks about the person, earliest due first (a helper: only their own); `open` filters.',
  })
  async tasks(
    @Root() r: Returnee,
    @Arg('open', () => Boolean, { nullable: true }) open: boolean | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Task[]> {
    const all = await ctx.loaders.tasksByReturnee.load(r.id);
    const actor = ctx.actor;
    return all.filter(
      (t) =>
        (open === null || open === undefined || (t.completedAt === null) === open) &&
        (actor?.role !== Role.HELPER || t.ownerId === actor.userId),
    );
  }
}
