import { Role, todayInVietnam, Permission } from '@hoanhap/shared';
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { User } from '../auth/user.entity.js';
import { Returnee } from '../returnees/returnee.entity.js';
import { AdministrativeUnit } from '../units/administrative-unit.entity.js';
import { CompleteTaskInput, CreateTaskInput } from './task.inputs.js';
import { Task } from './task.entity.js';
import { taskService } from './task.service.js';

@Resolver(() => Task)
export class TaskResolver {
  @Authorized(Permission.READ_TASKS)
  @Query(() => [Task], {
    description:
      'Your tasks, earliest due first; an officer also gets the unit’s tasks nobody owns. `open: null` gives all.',
  })
  myTasks(
    @Arg('open', () => Boolean, { nullable: true, defaultValue: true }) open: boolean | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Task[]> {
    return taskService.myTasks(ctx, open);
  }

  @Authorized(Permission.READ_TASKS)
  @Query(() => [Task], { description: 'Open tasks in your scope whose due date has passed, earliest due first.' })
  overdueTasks(@Ctx() ctx: RequestContext): Promise<Task[]> {
    return taskService.overdueTasks(ctx);
  }

  @Authorized(Permission.READ_TASKS)
  @Query(() => [Task], {
    description: 'The tasks of a unit in your scope (yours by default), earliest due first; `open` filters.',
  })
  unitTasks(
    @Arg('unitCode', () => String, { nullable: true }) unitCode: string | null,
    @Arg('open', () => Boolean, { nullable: true }) open: boolean | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Task[]> {
    return taskService.unitTasks(ctx, unitCode, open);
  }

  @Authorized(Permission.WORK_TASKS)
  @Mutation(() => Task, { description: 'Marks a task done; a second time gives INVALID_TRANSITION.' })
  completeTask(@Arg('input', () => CompleteTaskInput) input: CompleteTaskInput, @Ctx() ctx: RequestContext) {
    return taskService.complete(ctx, input);
  }

  @Authorized(Permission.WRITE_CASES)
  @Mutation(() => Task, { description: 'Writes a MANUAL task about a person (officer).' })
  createTask(@Arg('input', () => CreateTaskInput) input: CreateTaskInput, @Ctx() ctx: RequestContext) {
    return taskService.create(ctx, input);
  }

  @Authorized(Permission.ADMINISTER)
  @Mutation(() => Int, {
    description: 'Runs the periodic task rules now (no-contact alerts, parolee assessments); returns tasks created.',
  })
  runTaskRules(@Ctx() ctx: RequestContext): Promise<number> {
    return taskService.runRules(ctx);
  }

  @FieldResolver(() => Returnee, { nullable: true, description: 'The person, or null when outside your view.' })
  async returnee(@Root() t: Task, @Ctx() ctx: RequestContext): Promise<Returnee | null> {
    if (!t.returneeId || !ctx.actor) return null;
    const returnee = await ctx.loaders.returneeById.load(t.returneeId);
    if (!returnee || !(await ctx.unitScope()).includes(returnee.unitId)) return null;
    if (ctx.actor.role !== Role.HELPER) return returnee;
    const today = todayInVietnam();
    const assignments = await ctx.loaders.helperAssignmentsByReturnee.load(returnee.id);
    const mine = assignments.some(
      (a) => a.helperUserId === ctx.actor?.userId && (a.endedOn === null || a.endedOn >= today),
    );
    return mine ? returnee : null;
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who does it; null for a task of the whole unit.' })
  owner(@Root() t: Task, @Ctx() ctx: RequestContext): Promise<User | null> | null {
    return t.ownerId ? ctx.loaders.userById.load(t.ownerId) : null;
  }

  @FieldResolver(() => AdministrativeUnit)
  async unit(@Root() t: Task, @Ctx() ctx: RequestContext): Promise<AdministrativeUnit> {
    const unit = await ctx.loaders.unitById.load(t.unitId);
    if (!unit) throw new Error('task without unit');
    return unit;
  }
}
