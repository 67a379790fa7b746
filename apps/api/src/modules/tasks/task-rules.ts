import { addWorkingDays, TASK_KIND_LABELS } from '@hoanhap/shared';
import type { RequestContext } from '../../context.js';
import { withTransaction } from '../../common/transaction.js';
import { audit } from '../audit/audit.service.js';
import { ON_PROBATION_ON_SQL } from '../statistics/caseload-rule.js';
import { LIVE_RETURNEE_SQL } from '../returnees/returnee-access.js';
import { loadWorkingCalendar } from './working-calendar.js';

/** Working days given to follow up a no-contact alert. */
export const NO_CONTACT_FOLLOW_UP_WORKING_DAYS = 3;

/**
 * Day of the month by which a parolee's monthly assessment is due: in the first 5 days of each month
 * (Circular 65/2019/TT-BCA on managing parolees; not Circular 10/2024).
 */
export const PAROLE_ASSESSMENT_DAY = 5;

/**
 * NO_CONTACT: a person in the caseload (returned, not closed, not a parolee still on probation:
 * statistics/caseload-rule.ts) whose latest contact, or return when there is none, is more than
 * their unit's `noContactDays` before today, and that has no open no-contact task yet. Owned by the
 * person's active primary helper when they have an account (helpers need these reminders), else
 * by the unit. A parolee on probation is followed by the monthly assessment instead.
 */
const NO_CONTACT_SQL = `
  INSERT INTO task (unit_id, returnee_id, kind, title, due_on, owner_id, rule_key, version)
  SELECT r.unit_id, r.id, 'NO_CONTACT', $3 || ' (quá ' || u.no_contact_days || ' ngày)', $2::date,
    (SELECT h.helper_user_id FROM helper_assignment h JOIN app_user a ON a.id = h.helper_user_id
      WHERE h.returnee_id = r.id AND h.role = 'PRIMARY' AND a.disabled_at IS NULL
        AND (h.ended_on IS NULL OR h.ended_on >= $1::date)
      ORDER BY h.started_on DESC LIMIT 1),
    'no-contact:' || r.id || ':' || to_char($1::date, 'YYYY-MM'), 1
  FROM returnee r JOIN administrative_unit u ON u.id = r.unit_id
  WHERE r.status <> 'CLOSED' AND r.returned_on IS NOT NULL AND r.returned_on <= $1::date AND ${LIVE_RETURNEE_SQL}
    AND NOT ${ON_PROBATION_ON_SQL('r.id', '$1::date')}
    AND $1::date - COALESCE(
      (SELECT max(c.contacted_on) FROM contact c WHERE c.returnee_id = r.id AND c.contacted_on <= $1::date),
      r.returned_on) > u.no_contact_days
    AND NOT EXISTS (SELECT 1 FROM task t WHERE t.returnee_id = r.id AND t.kind = 'NO_CONTACT' AND t.completed_at IS NULL)
  ON CONFLICT (rule_key) WHERE rule_key IS NOT NULL DO NOTHING
  RETURNING id, returnee_id`;

/**
 * PAROLE_ASSESSMENT: every person ON_PROBATION who was home before this month is assessed in the
 * first 5 days of the month (Circular 65/2019/TT-BCA), due on the 5th. Owned by the unit.
 */
const PAROLE_SQL = `
  INSERT INTO task (unit_id, returnee_id, kind, title, due_on, owner_id, rule_key, version)
  SELECT r.unit_id, r.id, 'PAROLE_ASSESSMENT', $3, $2::date, NULL,
    'parole-assessment:' || r.id || ':' || to_char($1::date, 'YYYY-MM'), 1
  FROM returnee r
  WHERE r.status = 'ON_PROBATION' AND r.returned_on IS NOT NULL AND r.returned_on < date_trunc('month', $1::date)::date
    AND ${LIVE_RETURNEE_SQL}
  ON CONFLICT (rule_key) WHERE rule_key IS NOT NULL DO NOTHING
  RETURNING id, returnee_id`;

/**
 * The periodic task rules, in the caller's transaction or a new one. Idempotent through `ruleKey`
 * (one task per rule, person and month), so it can run at every start and on a schedule. Every task
 * created gets its own `createTask` audit row, with the caller as actor (none when the product runs
 * the rules itself). Returns how many tasks were created.
 */
export function runTaskRules(ctx: RequestContext, today: string): Promise<number> {
  return withTransaction(ctx, async (ctx) => {
    const year = Number(today.slice(0, 4));
    const calendar = await loadWorkingCalendar(ctx.db, year, year + 1);
    const noContact: CreatedTask[] = await ctx.db.query(NO_CONTACT_SQL, [
      today,
      addWorkingDays(today, NO_CONTACT_FOLLOW_UP_WORKING_DAYS, calendar),
      TASK_KIND_LABELS.NO_CONTACT.vi,
    ]);
    const parole: CreatedTask[] = await ctx.db.query(PAROLE_SQL, [
      today,
      `${today.slice(0, 8)}${String(PAROLE_ASSESSMENT_DAY).padStart(2, '0')}`,
      TASK_KIND_LABELS.PAROLE_ASSESSMENT.vi,
    ]);
    const created = [...noContact, ...parole];
    await audit(
      ctx,
      created.map((task) => ({
        action: 'createTask',
        objectType: 'Task',
        objectId: task.id,
        returneeId: task.returnee_id,
        fields: RULE_TASK_FIELDS,
      })),
    );
    return created.length;
  });
}

interface CreatedTask {
  id: string;
  returnee_id: string;
}

/** What a rule writes on a task (names only, as every audit row). */
const RULE_TASK_FIELDS = ['kind', 'title', 'dueOn', 'ownerId', 'ruleKey'];
