import type { TaskKind } from '@hoanhap/shared';
import type { RequestContext } from '../../context.js';
import { audit } from '../audit/audit.service.js';

/*
 * Deadline tasks the lifecycle creates and completes. Written with SQL inside the caller's
 * transaction; `rule_key` is unique, so a rule task is never created twice.
 */

export interface RuleTask {
  unitId: string;
  returneeId: string;
  kind: TaskKind;
  title: string;
  dueOn: string;
  ruleKey: string;
}

/**
 * Creates the task unless one with the same rule key exists (then does nothing); a task created
 * gets its own `createTask` audit row beside the change that caused it.
 */
export async function createRuleTask(ctx: RequestContext, task: RuleTask): Promise<void> {
  const created: Array<{ id: string }> = await ctx.db.query(
    `INSERT INTO task (unit_id, returnee_id, kind, title, due_on, rule_key, version)
     VALUES ($1, $2, $3, $4, $5, $6, 1) ON CONFLICT DO NOTHING RETURNING id`,
    [task.unitId, task.returneeId, task.kind, task.title, task.dueOn, task.ruleKey],
  );
  await audit(
    ctx,
    created.map(({ id }) => ({
      action: 'createTask',
      objectType: 'Task',
      objectId: id,
      returneeId: task.returneeId,
      fields: ['kind', 'title', 'dueOn', 'ruleKey'],
    })),
  );
}

/** Marks open tasks done: by rule key, or every open task of a kind for the person. */
export async function completeTasks(
  ctx: RequestContext,
  by: { ruleKey: string } | { returneeId: string; kind: TaskKind },
  completedById: string,
): Promise<void> {
  const [where, params] =
    'ruleKey' in by ? ['rule_key = $2', [by.ruleKey]] : ['returnee_id = $2 AND kind = $3', [by.returneeId, by.kind]];
  await ctx.db.query(
    `UPDATE task SET completed_at = now(), completed_by_id = $1, updated_at = now(), version = version + 1
     WHERE ${where} AND completed_at IS NULL`,
    [completedById, ...params],
  );
}
