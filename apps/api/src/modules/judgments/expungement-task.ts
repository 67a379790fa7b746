import {
  addDays,
  CaseStatus,
  type ExpungementForecast,
  ExpungementRoute,
  formatDateVi,
  TaskKind,
  todayInVietnam,
} from '@hoanhap/shared';
import type { RequestContext } from '../../context.js';
import { audit } from '../audit/audit.service.js';
import type { Returnee } from '../returnees/returnee.entity.js';
import { FORECAST_INPUTS_SQL, type ForecastInputs, forecastFromInputs } from '../returnees/returnee.loaders.js';

/** One eligibility task per person: the rule key makes the upsert idempotent. */
export const expungementRuleKey = (returneeId: string) => `expungement:${returneeId}`;

/** How far ahead of the eligibility date the officer is reminded (to gather the proof in time). */
export const EXPUNGEMENT_NOTICE_DAYS = 30;

/**
 * Due 30 days before the person becomes eligible; when that day has already passed, due on the
 * eligibility date itself (a reminder dated in the past would only read as overdue).
 */
export function expungementTaskDueOn(eligibleOn: string, today: string = todayInVietnam()): string {
  const notice = addDays(eligibleOn, -EXPUNGEMENT_NOTICE_DAYS);
  return notice < today ? eligibleOn : notice;
}

/**
 * The person's forecast when it gives an eligibility date, the same one Returnee.expungementForecast
 * shows (every conviction not yet expunged, Penal Code art. 73(2)); null: no conviction, a main
 * penalty not completed, no record to expunge, unsettled obligations, or a closed case.
 */
export async function eligibleForecast(ctx: RequestContext, returnee: Returnee): Promise<ExpungementForecast | null> {
  if (returnee.status === CaseStatus.CLOSED) return null;
  const rows: Array<{ value: ForecastInputs }> = await ctx.db.query(
    `SELECT ${FORECAST_INPUTS_SQL('$1::uuid')} AS value`,
    [returnee.id],
  );
  const forecast = forecastFromInputs(rows[0]?.value ?? null);
  return forecast?.eligibleOn ? forecast : null;
}

/**
 * The task's title. By court (Penal Code art. 71) the person becomes eligible to apply to the
 * court, which decides: "đủ điều kiện đề nghị Tòa án xóa án tích", not "đủ điều kiện xóa án tích".
 */
export function expungementTaskTitle(route: ExpungementRoute, eligibleOn: string): string {
  const what =
    route === ExpungementRoute.COURT_DECISION ? 'đủ điều kiện đề nghị Tòa án xóa án tích' : 'đủ điều kiện xóa án tích';
  return `Dự kiến ${what} từ ${formatDateVi(eligibleOn)}`;
}

/**
 * Brings the person's EXPUNGEMENT_ELIGIBILITY task in line with the clock, inside the caller's
 * transaction (which holds the person's row lock, so two writes cannot race on the task):
 * creates it, moves its due date (reopening it, since a new date is a new thing to do), rewords it
 * when the route changes, or removes it while open when there is no eligibility date any more. A
 * completed task is kept as history.
 */
export async function refreshExpungementTask(ctx: RequestContext, returnee: Returnee): Promise<void> {
  const ruleKey = expungementRuleKey(returnee.id);
  const forecast = await eligibleForecast(ctx, returnee);
  const eligibleOn = forecast?.eligibleOn;
  if (!forecast || !eligibleOn) {
    // Wrapped in a SELECT: TypeORM answers a bare DELETE with [rows, count], not rows.
    const removed: Array<{ id: string }> = await ctx.db.query(
      'WITH d AS (DELETE FROM task WHERE rule_key = $1 AND completed_at IS NULL RETURNING id) SELECT id FROM d',
      [ruleKey],
    );
    for (const { id } of removed) {
      await audit(ctx, {
        action: 'removeExpungementTask',
        objectType: 'Task',
        objectId: id,
        returneeId: returnee.id,
      });
    }
    return;
  }
  const dueOn = expungementTaskDueOn(eligibleOn);
  const changed: Array<{ id: string }> = await ctx.db.query(
    `INSERT INTO task (unit_id, returnee_id, kind, title, due_on, owner_id, rule_key, version)
     VALUES ($1, $2, $3, $4, $5, $6, $7, 1)
     ON CONFLICT (rule_key) WHERE rule_key IS NOT NULL DO UPDATE
       SET due_on = EXCLUDED.due_on, title = EXCLUDED.title, unit_id = EXCLUDED.unit_id,
           -- A new date reopens the task; a new wording for the same date (the route changed) does not.
           completed_at = CASE WHEN task.due_on IS DISTINCT FROM EXCLUDED.due_on THEN NULL ELSE task.completed_at END,
           completed_by_id = CASE WHEN task.due_on IS DISTINCT FROM EXCLUDED.due_on THEN NULL ELSE task.completed_by_id END,
           version = task.version + 1, updated_at = now()
       WHERE task.due_on IS DISTINCT FROM EXCLUDED.due_on OR task.title IS DISTINCT FROM EXCLUDED.title
     RETURNING id`,
    [
      returnee.unitId,
      returnee.id,
      TaskKind.EXPUNGEMENT_ELIGIBILITY,
      expungementTaskTitle(forecast.route, eligibleOn),
      dueOn,
      null, // owned by the unit, like the other deadline tasks: whichever officer is in charge then
      ruleKey,
    ],
  );
  for (const { id } of changed) {
    await audit(ctx, {
      action: 'scheduleExpungementTask',
      objectType: 'Task',
      objectId: id,
      returneeId: returnee.id,
      fields: ['dueOn', 'title'],
    });
  }
}
