import { addDays, hourInVietnam, lastDueDateOverdueBy, NotificationKind, SYNC_STALE_DAYS } from '@hoanhap/shared';
import type { RequestContext } from '../../context.js';
import { withTransaction } from '../../common/transaction.js';
import { loadWorkingCalendar } from '../tasks/working-calendar.js';
import { type NotificationMessage, notifyAll } from './notify.js';
import { officersServing } from './recipients.js';

/** How far ahead an expungement eligibility is announced (issue 16 §2). */
export const EXPUNGEMENT_NOTICE_DAYS = 30;

/**
 * How many days late an event is still told, when the rules did not run on its day (the API was
 * stopped): an event of day E is told while E >= today - CATCH_UP_DAYS. A task that fell overdue
 * or was escalatable more than a week ago is on the task lists, not news. The window is what keeps
 * each hourly run to the tasks of a few days instead of every open task.
 */
export const CATCH_UP_DAYS = 7;

/** An event found by a rule: its kind, the task it is about, the day it belongs to. */
interface Found {
  kind: NotificationKind;
  subject: string;
  day: string;
}

/** A message not yet written: who is told of what (the kind's dedupe key is not in `notification`). */
const NOT_TOLD = `NOT EXISTS (SELECT 1 FROM notification n
  WHERE n.recipient_id = f.recipient AND n.dedupe_key = f.kind || ':' || f.subject || ':' || f.day)`;

/**
 * Task events told to the task's owner: due tomorrow; overdue (from the day after it fell due, up
 * to CATCH_UP_DAYS late); a new no-contact task (to the primary helper, its owner). $1 today,
 * $2 CATCH_UP_DAYS. Each branch reads open tasks by their due date (index `IDX_task_open_due`).
 */
const OWNER_EVENTS_SQL = `
  WITH found (kind, subject, day, recipient) AS (
    SELECT 'TASK_DUE_TOMORROW', t.id::text, t.due_on, t.owner_id FROM task t
     WHERE t.completed_at IS NULL AND t.due_on = $1::date + 1 AND t.owner_id IS NOT NULL
       AND t.kind <> 'EXPUNGEMENT_ELIGIBILITY'
    UNION ALL
    SELECT 'TASK_OVERDUE', t.id::text, t.due_on, t.owner_id FROM task t
     WHERE t.completed_at IS NULL AND t.due_on < $1::date AND t.due_on >= $1::date - $2::int - 1
       AND t.owner_id IS NOT NULL AND t.kind <> 'EXPUNGEMENT_ELIGIBILITY'
    UNION ALL
    SELECT 'NO_CONTACT', t.id::text, t.due_on, t.owner_id FROM task t
     WHERE t.completed_at IS NULL AND t.due_on >= $1::date - $2::int AND t.kind = 'NO_CONTACT'
       AND t.owner_id IS NOT NULL
  ), f AS (SELECT kind, subject, to_char(day, 'YYYY-MM-DD') AS day, recipient FROM found)
  SELECT kind, subject, day, recipient FROM f WHERE ${NOT_TOLD}`;

/**
 * Task events told to the officers of the task's unit: an expungement eligibility due within 30
 * days; a new no-contact task nobody with an account helps; a task still open after its unit's
 * overdueEscalationDays working days (holidays and weekends skipped, the editable calendar), each
 * unit's days turned into a range of due dates (`lastDueDateOverdueBy`) passed as $4 (days), $5
 * (after) and $6 (up to). $1 today, $2 CATCH_UP_DAYS, $3 EXPUNGEMENT_NOTICE_DAYS.
 */
const OFFICER_EVENTS_SQL = `
  WITH found (kind, subject, day, unit_id) AS (
    SELECT 'EXPUNGEMENT_SOON', t.id::text, t.due_on, t.unit_id FROM task t
     WHERE t.completed_at IS NULL AND t.due_on BETWEEN $1::date AND $1::date + $3::int
       AND t.kind = 'EXPUNGEMENT_ELIGIBILITY'
    UNION ALL
    SELECT 'NO_CONTACT', t.id::text, t.due_on, t.unit_id FROM task t
     WHERE t.completed_at IS NULL AND t.due_on >= $1::date - $2::int AND t.kind = 'NO_CONTACT'
       AND t.owner_id IS NULL
    UNION ALL
    SELECT CASE WHEN t.kind = 'NO_CONTACT' THEN 'NO_CONTACT_ESCALATED' ELSE 'TASK_ESCALATED' END,
           t.id::text, t.due_on, t.unit_id
      FROM unnest($4::int[], $5::date[], $6::date[]) AS e (days, after, up_to)
      JOIN task t ON t.completed_at IS NULL AND t.due_on > e.after AND t.due_on <= e.up_to AND t.due_on < $1::date
       AND t.kind <> 'EXPUNGEMENT_ELIGIBILITY'
      JOIN administrative_unit u ON u.id = t.unit_id AND u.overdue_escalation_days = e.days
  )
  SELECT kind, subject, to_char(day, 'YYYY-MM-DD') AS day, unit_id FROM found`;

/**
 * The notifications that follow from the clock, run hourly by the `notification-rules` job in the
 * job's one transaction. Each rule is one set-based statement over the few days it concerns, and
 * what it finds is written in a few statements (`notifyAll`), so a run costs the same whether a
 * ward or the nation has open tasks. Every message is deduplicated (kind, subject, day), so a
 * rerun tells no one twice:
 * - task events to the task's owner (OWNER_EVENTS_SQL) and to the unit's officers
 *   (OFFICER_EVENTS_SQL);
 * - the daily digest to each user whose digest hour has come (`now`, Việt Nam time);
 * - a phone not synced for 3 days, to its user, once a day until it syncs again.
 * Returns how many notifications were written.
 */
export function runNotificationRules(ctx: RequestContext, today: string, now: Date = new Date()): Promise<number> {
  return withTransaction(ctx, async (ctx) => {
    const owners: Array<Found & { recipient: string }> = await ctx.db.query(OWNER_EVENTS_SQL, [today, CATCH_UP_DAYS]);
    const messages: NotificationMessage[] = owners.map(({ recipient, ...found }) => ({
      ...found,
      recipientId: recipient,
    }));
    messages.push(...(await officerMessages(ctx, today)));
    const written = (await notifyAll(ctx, messages)).length;
    return written + (await writeDigests(ctx, today, hourInVietnam(now))) + (await writeSyncStale(ctx, today, now));
  });
}

/** OFFICER_EVENTS_SQL's events, each to the officers answering for the task's unit (recipients.ts). */
async function officerMessages(ctx: RequestContext, today: string): Promise<NotificationMessage[]> {
  const year = Number(today.slice(0, 4));
  const calendar = await loadWorkingCalendar(ctx.db, year - 1, year);
  const settings: Array<{ days: number }> = await ctx.db.query(
    'SELECT DISTINCT overdue_escalation_days AS days FROM administrative_unit',
  );
  const days = settings.map((s) => s.days);
  const found: Array<Found & { unit_id: string }> = await ctx.db.query(OFFICER_EVENTS_SQL, [
    today,
    CATCH_UP_DAYS,
    EXPUNGEMENT_NOTICE_DAYS,
    days,
    // Escalatable already the day before the window: told then (or too late to tell now).
    days.map((n) => lastDueDateOverdueBy(addDays(today, -CATCH_UP_DAYS - 1), n, calendar)),
    days.map((n) => lastDueDateOverdueBy(today, n, calendar)),
  ]);
  const officers = await officersServing(
    ctx,
    found.map((f) => f.unit_id),
  );
  return found.flatMap(({ unit_id, ...event }) =>
    (officers.get(unit_id) ?? []).map((recipientId) => ({ ...event, recipientId })),
  );
}

/**
 * The daily digest: for each active user whose digest hour has come today and who has open tasks
 * due by today (their own; an officer also the unit's unowned ones), one message by email, Zalo or
 * SMS counting them. The bell already lists each task's events, so the digest has no bell entry.
 */
async function writeDigests(ctx: RequestContext, today: string, hour: number): Promise<number> {
  const due: Array<{ user_id: string; n: number }> = await ctx.db.query(
    `SELECT a.id AS user_id, count(t.id)::int AS n
     FROM app_user a LEFT JOIN notification_preference p ON p.user_id = a.id
     JOIN task t ON t.completed_at IS NULL AND t.due_on <= $1::date
       AND (t.owner_id = a.id OR (t.owner_id IS NULL AND a.role = 'OFFICER' AND t.unit_id = a.unit_id))
     WHERE a.disabled_at IS NULL AND COALESCE(p.digest_hour, 7) <= $2
       AND NOT EXISTS (SELECT 1 FROM notification n WHERE n.recipient_id = a.id AND n.dedupe_key = $3 || a.id || ':' || $1)
     GROUP BY a.id`,
    [today, hour, `${NotificationKind.DAILY_DIGEST}:digest-`],
  );
  const messages = due.map(({ user_id, n }) => ({
    kind: NotificationKind.DAILY_DIGEST,
    recipientId: user_id,
    subject: `digest-${user_id}`,
    count: n,
    day: today,
    skipInApp: true,
  }));
  return (await notifyAll(ctx, messages)).length;
}

/**
 * SYNC_STALE to each active user whose phone app last synced more than 3 days before `now` (users
 * who never synced do not use it and are left alone). The subject is the user, so the day's
 * dedupe tells them once a day; the first sync after it (`reportDeviceSync`) ends the reminders.
 */
async function writeSyncStale(ctx: RequestContext, today: string, now: Date): Promise<number> {
  const stale: Array<{ user_id: string }> = await ctx.db.query(
    `SELECT a.id AS user_id FROM app_user a
     WHERE a.disabled_at IS NULL AND a.last_synced_at < $1::timestamptz - make_interval(days => $2)
       AND NOT EXISTS (SELECT 1 FROM notification n WHERE n.recipient_id = a.id AND n.dedupe_key = $3 || a.id || ':' || $4)`,
    [now, SYNC_STALE_DAYS, `${NotificationKind.SYNC_STALE}:sync-`, today],
  );
  const messages = stale.map(({ user_id }) => ({
    kind: NotificationKind.SYNC_STALE,
    recipientId: user_id,
    subject: `sync-${user_id}`,
    day: today,
  }));
  return (await notifyAll(ctx, messages)).length;
}
