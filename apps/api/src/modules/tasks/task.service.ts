import { can, NotificationKind, Permission, Role, TaskKind, todayInVietnam } from '@hoanhap/shared';
import { requireActor } from '../../common/access.js';
import { appError, badInput, ErrorCode, notFound } from '../../common/errors.js';
import type { RequestContext } from '../../context.js';
import { audit, auditChange } from '../audit/audit.service.js';
import { activeUserIn, isUuid, TODAY_SQL, unitsServing } from '../helpers/helper-scope.js';
import { requireVisibleReturnee } from '../returnees/returnee-access.js';
import { unitsService } from '../units/units.service.js';
import type { CompleteTaskInput, CreateTaskInput } from './task.inputs.js';
import { Task } from './task.entity.js';
import { runTaskRules } from './task-rules.js';
import { withTransaction } from '../../common/transaction.js';
import { saveNew } from '../../common/records.js';
import { notify } from '../notifications/notify.js';

const taskNotFound = () => notFound('NOT_FOUND.task');

export class TaskService {
  /**
   * Tasks in the actor's scope matching `where` (SQL on alias `t`, named parameters), earliest due
   * first. A helper only ever sees their own.
   */
  private async list(ctx: RequestContext, where: string, params: Record<string, unknown>): Promise<Task[]> {
    const actor = requireActor(ctx);
    return ctx.db
      .getRepository(Task)
      .createQueryBuilder('t')
      .where('t.unit_id = ANY(CAST(:scope AS uuid[]))', { scope: await ctx.unitScope() })
      .andWhere('(CAST(:helper AS uuid) IS NULL OR t.owner_id = CAST(:helper AS uuid))', {
        helper: actor.role === Role.HELPER ? actor.userId : null,
      })
      .andWhere(where, params)
      .orderBy('t.due_on', 'ASC')
      .addOrderBy('t.created_at', 'ASC')
      .addOrderBy('t.id', 'ASC')
      .getMany();
  }

  /** My tasks; for an officer also the unit's tasks nobody owns (rule tasks such as parole assessments). */
  myTasks(ctx: RequestContext, open: boolean | null): Promise<Task[]> {
    const actor = requireActor(ctx);
    return this.list(
      ctx,
      `(t.owner_id = CAST(:me AS uuid) OR (CAST(:officer AS boolean) AND t.owner_id IS NULL))
       AND (CAST(:open AS boolean) IS NULL OR (t.completed_at IS NULL) = CAST(:open AS boolean))`,
      { me: actor.userId, officer: actor.role === Role.OFFICER, open: open ?? null },
    );
  }

  overdueTasks(ctx: RequestContext): Promise<Task[]> {
    return this.list(ctx, `t.completed_at IS NULL AND t.due_on < ${TODAY_SQL}`, {});
  }

  /** The tasks of a unit in scope (with the units merged into it); NOT_FOUND outside your scope. */
  async unitTasks(ctx: RequestContext, unitCode: string | null, open: boolean | null): Promise<Task[]> {
    const actor = requireActor(ctx);
    const unit = unitCode ? await unitsService.findInScope(ctx, unitCode) : { id: actor.unitId };
    if (!unit) throw notFound('NOT_FOUND.unit');
    const units = await unitsService.scopeOf(ctx.db, unit.id);
    return this.list(
      ctx,
      `t.unit_id = ANY(CAST(:units AS uuid[]))
       AND (CAST(:open AS boolean) IS NULL OR (t.completed_at IS NULL) = CAST(:open AS boolean))`,
      { units, open: open ?? null },
    );
  }

  async complete(ctx: RequestContext, input: CompleteTaskInput): Promise<Task> {
    const actor = requireActor(ctx);
    return withTransaction(ctx, async (ctx) => {
      if (!isUuid(input.taskId)) throw taskNotFound();
      const repo = ctx.db.getRepository(Task);
      const task = await repo.findOne({ where: { id: input.taskId }, lock: { mode: 'pessimistic_write' } });
      const scope = await ctx.unitScope();
      if (!task || !scope.includes(task.unitId)) throw taskNotFound();
      if (actor.role !== Role.OFFICER && task.ownerId !== actor.userId) throw taskNotFound();
      if (task.completedAt) {
        throw appError(ErrorCode.INVALID_TRANSITION, 'INVALID_TRANSITION.taskDone', {
          from: 'DONE',
          to: 'DONE',
        });
      }
      task.completedAt = new Date();
      task.completedById = actor.userId;
      task.note = input.note?.trim() || null;
      const saved = await repo.save(task);
      await auditChange(ctx, 'completeTask', saved, ['completedAt', ...(saved.note ? ['note'] : [])], saved.returneeId);
      return saved;
    });
  }

  async create(ctx: RequestContext, input: CreateTaskInput): Promise<Task> {
    const actor = requireActor(ctx);
    if (input.dueOn < todayInVietnam()) {
      throw badInput('input.dueOn', 'IN_PAST.dueOn');
    }
    return withTransaction(ctx, async (ctx) => {
      const returnee = await requireVisibleReturnee(ctx, input.returneeId, { lock: true });
      let ownerId = actor.userId;
      if (input.ownerId && input.ownerId !== actor.userId) {
        const owner = await activeUserIn(ctx, input.ownerId, await unitsServing(ctx, returnee.unitId));
        if (!owner || !can(owner.role, Permission.WORK_TASKS)) {
          throw badInput('input.ownerId', 'NOT_FOUND.owner');
        }
        if (owner.role === Role.HELPER) {
          const assigned: unknown[] = await ctx.db.query(
            `SELECT 1 FROM helper_assignment WHERE returnee_id = $1 AND helper_user_id = $2
               AND (ended_on IS NULL OR ended_on >= ${TODAY_SQL})`,
            [returnee.id, owner.id],
          );
          if (assigned.length === 0) {
            throw badInput('input.ownerId', 'NOT_ASSIGNED');
          }
        }
        ownerId = owner.id;
      }
      const saved = await saveNew(ctx, Task, {
        unitId: returnee.unitId,
        returneeId: returnee.id,
        kind: TaskKind.MANUAL,
        title: input.title.trim(),
        dueOn: input.dueOn,
        ownerId,
        ruleKey: null,
        completedAt: null,
        completedById: null,
        note: null,
      });
      await auditChange(
        ctx,
        'createTask',
        saved,
        Object.keys(input).filter((k) => (input as unknown as Record<string, unknown>)[k] != null),
        returnee.id,
      );
      // Told in the same transaction: the owner hears of the task exactly when it exists.
      if (ownerId !== actor.userId) {
        await notify(ctx, { kind: NotificationKind.TASK_ASSIGNED, recipientIds: [ownerId], subject: saved.id });
      }
      return saved;
    });
  }

  /** The periodic rules on demand (admin); one audit row for the run. */
  async runRules(ctx: RequestContext): Promise<number> {
    return withTransaction(ctx, async (ctx) => {
      const created = await runTaskRules(ctx, todayInVietnam());
      await audit(ctx, { action: 'runTaskRules', objectType: 'Task', fields: [] });
      return created;
    });
  }
}

export const taskService = new TaskService();
