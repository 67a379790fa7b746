import {
  addDays,
  hourInVietnam,
  NotificationKind,
  SYNC_STALE_DAYS,
  TaskKind,
  workingDaysBetween,
} from '@hoanhap/shared';
import type { RequestContext } from '../../context.js';
import { withTransaction } from '../../common/transaction.js';
import { loadWorkingCalendar } from '../tasks/working-calendar.js';
import { notify } from './notify.js';
import { officersOf } from './recipients.js';

/** How far ahead an expungement eligibility is announced (issue 16 §2). */
export const EXPUNGEMENT_NOTICE_DAYS = 30;

interface OpenTask {
  id: string;
  unit_id: string;
  kind: TaskKind;
  owner_id: string | null;
  due_on: string;
  escalation_days: number;
}

/**
 * The notifications that follow from the clock, run hourly by the `notification-rules` job, each
 * in the job's one transaction; every one is deduplicated (kind, subject, day) so a rerun tells no
 * one twice:
 * - a task due tomorrow, and a task overdue (once, on the day after it fell due), to its owner;
 * - an open task still overdue after the unit's `overdueEscalationDays` working days (holidays
 *   and weekends skipped, the editable calendar) to the unit's officers, once;
 * - a new no-contact task to the person's primary helper (its owner), or to the officers when no
 *   helper has an account; its escalation goes to the officers like any overdue task;
 * - an expungement eligibility task due within 30 days, to the unit's officers, once;
 * - the daily digest to each user whose digest hour has come (`now`, Việt Nam time);
 * - a phone not synced for 3 days, to its user, once a day until it syncs again.
 * Returns how many notifications were written.
 */
export function runNotificationRules(ctx: RequestContext, today: string, now: Date = new Date()): Promise<number> {
  return withTransaction(ctx, async (ctx) => {
    let written = 0;
    const tell = async (...args: Parameters<typeof notify>[1][]) => {
      for (const event of args) written += (await notify(ctx, event)).length;
    };
    const open: OpenTask[] = await ctx.db.query(
      `SELECT t.id, t.unit_id, t.kind, t.owner_id, to_char(t.due_on, 'YYYY-MM-DD') AS due_on,
         u.overdue_escalation_days AS escalation_days
       FROM task t JOIN administrative_unit u ON u.id = t.unit_id
       WHERE t.completed_at IS NULL AND (t.due_on <= $1::date OR t.kind = $2)`,
      [addDays(today, EXPUNGEMENT_NOTICE_DAYS), TaskKind.NO_CONTACT],
    );
    const year = Number(today.slice(0, 4));
    const calendar = await loadWorkingCalendar(ctx.db, year - 1, year);
    const officers = memo((unitId: string) => officersOf(ctx, unitId));
    for (const task of open) {
      const ownerOrOfficers = async () => (task.owner_id ? [task.owner_id] : officers(task.unit_id));
      if (task.kind === TaskKind.EXPUNGEMENT_ELIGIBILITY) {
        if (task.due_on >= today) {
          await tell({
            kind: NotificationKind.EXPUNGEMENT_SOON,
            recipientIds: await officers(task.unit_id),
            subject: task.id,
            day: task.due_on,
          });
        }
        continue;
      }
      if (task.kind === TaskKind.NO_CONTACT) {
        await tell({
          kind: NotificationKind.NO_CONTACT,
          recipientIds: await ownerOrOfficers(),
          subject: task.id,
          day: task.due_on,
        });
      }
      if (task.due_on === addDays(today, 1) && task.owner_id) {
        await tell({
          kind: NotificationKind.TASK_DUE_TOMORROW,
          recipientIds: [task.owner_id],
          subject: task.id,
          day: task.due_on,
        });
      }
      if (task.due_on < today) {
        if (task.owner_id) {
          await tell({
            kind: NotificationKind.TASK_OVERDUE,
            recipientIds: [task.owner_id],
            subject: task.id,
            day: task.due_on,
          });
        }
        if (workingDaysBetween(task.due_on, today, calendar) >= task.escalation_days) {
          const kind =
            task.kind === TaskKind.NO_CONTACT ? NotificationKind.NO_CONTACT_ESCALATED : NotificationKind.TASK_ESCALATED;
          await tell({ kind, recipientIds: await officers(task.unit_id), subject: task.id, day: task.due_on });
        }
      }
    }
    written += await writeDigests(ctx, today, hourInVietnam(now));
    written += await writeSyncStale(ctx, today, now);
    return written;
  });
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
  let written = 0;
  for (const { user_id, n } of due) {
    const ids = await notify(ctx, {
      kind: NotificationKind.DAILY_DIGEST,
      recipientIds: [user_id],
      subject: `digest-${user_id}`,
      count: n,
      day: today,
      skipInApp: true,
    });
    written += ids.length;
  }
  return written;
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
  let written = 0;
  for (const { user_id } of stale) {
    const ids = await notify(ctx, {
      kind: NotificationKind.SYNC_STALE,
      recipientIds: [user_id],
      subject: `sync-${user_id}`,
      day: today,
    });
    written += ids.length;
  }
  return written;
}

function memo<T>(load: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const cache = new Map<string, Promise<T>>();
  return (key) => {
    const known = cache.get(key);
    if (known) return known;
    const value = load(key);
    cache.set(key, value);
    return value;
  };
}
