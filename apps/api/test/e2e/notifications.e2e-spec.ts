import { addDays, hourInVietnam, NotificationKind, todayInVietnam } from '@hoanhap/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { withTransaction } from '../../src/common/transaction.js';
import { runNotificationRules } from '../../src/modules/notifications/notification-rules.js';
import { notifyAll } from '../../src/modules/notifications/notify.js';
import { officersServing } from '../../src/modules/notifications/recipients.js';
import { unitsServing } from '../../src/modules/helpers/helper-scope.js';
import { assignPrimaryHelper, CASEWORK_SPEC } from '../utils/casework.js';
import { withDemoServer } from '../utils/demo-server.js';
import { NOTICE, REGISTER } from '../utils/lifecycle.js';
import { mutateOk } from '../utils/assertions.js';
import { testSystemContext } from '../utils/system-context.js';

/*
 * What users are told, and when: a task given to someone else, a release notice for the ward's
 * other officers, overdue tasks escalated to the officers after the unit's working days (holidays
 * skipped), the daily digest by email in place of a message per task, and quiet hours. The bell
 * reads `notifications` and `unreadNotificationCount`.
 */
const demo = withDemoServer({ ...CASEWORK_SPEC, logins: ['officer', 'helper', 'admin'] });
const { client, db, one, sql } = demo;
const ctx = () => testSystemContext(db.dataSource);
const today = todayInVietnam();
const ids = { officer: '', helper: '', person: '', unit: '', secondOfficer: '' };

const BELL = `query ($first: Int, $after: String) {
  unreadNotificationCount
  notifications(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id kind count text link readAt } }
  }
}`;
interface Bell {
  unreadNotificationCount: number;
  notifications: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: { id: string; kind: string; count: number; text: string; link: string; readAt: string | null };
    }>;
  };
}
async function bell(who: string, first = 20, after: string | null = null): Promise<Bell> {
  const res = await client(who).request<Bell>(BELL, { first, after });
  expect(res.errors).toBeUndefined();
  return res.data as Bell;
}

beforeAll(async () => {
  ids.officer = await demo.ids.user('congan.lamha@hoanhap.local');
  ids.helper = await demo.ids.user('phunu.lamha@hoanhap.local');
  [ids.person] = (await demo.ids.openPeople('lam-ha')) as [string];
  ids.unit = (await one<{ unit_id: string }>('SELECT unit_id FROM app_user WHERE id = $1', [ids.officer])).unit_id;
  await assignPrimaryHelper(client('officer'), {
    returneeId: ids.person,
    organisationId: await demo.ids.organisation('Hội Phụ nữ phường Lãm Hà'),
    helperUserId: ids.helper,
    startedOn: addDays(today, -30),
  });
  // A second officer of the ward, to hear of what the first one records.
  ids.secondOfficer = (
    await one<{ id: string }>(
      `INSERT INTO app_user (email, display_name, role, unit_id, password_hash, version)
       SELECT 'congan2.lamha@hoanhap.local', 'Cán bộ thứ hai', role, unit_id, password_hash, 1 FROM app_user WHERE id = $1
       RETURNING id`,
      [ids.officer],
    )
  ).id;
});

describe('the bell', () => {
  it('tells a helper of a task an officer gives her, and says nothing about the person', async () => {
    const task = await mutateOk(
      client('officer'),
      'mutation ($input: CreateTaskInput!) { createTask(input: $input) { id } }',
      { returneeId: ids.person, title: 'Thăm hỏi tại nhà', dueOn: addDays(today, 5), ownerId: ids.helper },
    );
    const { unreadNotificationCount, notifications } = await bell('helper');
    expect(unreadNotificationCount).toBe(1);
    expect(notifications.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({
        kind: 'TASK_ASSIGNED',
        count: 1,
        text: 'Bạn được giao 1 việc mới trên Hòa Nhập',
        link: '/tasks',
        readAt: null,
      }),
    ]);
    const { full_name } = await one<{ full_name: string }>('SELECT full_name FROM returnee WHERE id = $1', [
      ids.person,
    ]);
    expect(JSON.stringify(notifications)).not.toContain(full_name);
    // Written with the task: same transaction, and the officer who gave it is not told.
    expect(await one('SELECT count(*)::int AS n FROM notification WHERE dedupe_key LIKE $1', [`%${task.id}%`])).toEqual(
      { n: 1 },
    );
    expect((await bell('officer')).unreadNotificationCount).toBe(0);
  });

  it('pages newest first, and marks read the ids given or all', async () => {
    for (const day of [1, 2, 3]) {
      await mutateOk(client('officer'), 'mutation ($input: CreateTaskInput!) { createTask(input: $input) { id } }', {
        returneeId: ids.person,
        title: `Việc ${day}`,
        dueOn: addDays(today, day),
        ownerId: ids.helper,
      });
    }
    const first = await bell('helper', 2);
    expect(first.notifications.totalCount).toBe(4);
    expect(first.notifications.pageInfo.hasNextPage).toBe(true);
    const rest = await bell('helper', 2, first.notifications.pageInfo.endCursor);
    const all = [...first.notifications.edges, ...rest.notifications.edges].map((e) => e.node.id);
    const newestFirst = await sql<{ id: string }>(
      'SELECT id FROM notification WHERE recipient_id = $1 ORDER BY created_at DESC, id DESC',
      [ids.helper],
    );
    expect(all).toEqual(newestFirst.map((r) => r.id));

    const one_ = await client('helper').request(
      'mutation ($ids: [ID!]) { markNotificationsRead(input: { ids: $ids }) }',
      {
        ids: [all[0]],
      },
    );
    expect(one_.data).toEqual({ markNotificationsRead: 1 });
    expect((await bell('helper')).unreadNotificationCount).toBe(3);
    // Someone else's ids change nothing.
    const theirs = await client('officer').request(
      'mutation ($ids: [ID!]) { markNotificationsRead(input: { ids: $ids }) }',
      {
        ids: all,
      },
    );
    expect(theirs.data).toEqual({ markNotificationsRead: 0 });
    const everything = await client('helper').request('mutation { markNotificationsRead(input: { all: true }) }');
    expect(everything.data).toEqual({ markNotificationsRead: 3 });
    expect((await bell('helper')).unreadNotificationCount).toBe(0);
  });

  it('refuses a caller who is not signed in', async () => {
    const res = await demo.anonymous().request('{ unreadNotificationCount }');
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('a release notice', () => {
  it('tells the ward’s other officers, in the notice’s transaction', async () => {
    const person = await mutateOk(client('officer'), REGISTER, { fullName: 'Người thử thông báo', returnedOn: null });
    await mutateOk(client('officer'), NOTICE, {
      returneeId: person.id,
      receivedOn: today,
      prison: 'Trại giam Xuân Nguyên',
      statedAddress: 'Tổ 3, phường Lãm Hà',
    });
    expect(
      await sql('SELECT recipient_id, kind, text, link FROM notification WHERE kind = $1', ['RELEASE_NOTICE']),
    ).toEqual([
      {
        recipient_id: ids.secondOfficer,
        kind: 'RELEASE_NOTICE',
        text: 'Đơn vị có 1 thông báo ra trại mới trên Hòa Nhập',
        link: '/alerts',
      },
    ]);
  });
});

describe('the officers answering for a unit', () => {
  it('are those of the units serving it, merged ones included, for every unit at once', async () => {
    const units = await sql<{ id: string }>('SELECT id FROM administrative_unit');
    const found = await officersServing(
      ctx(),
      units.map((u) => u.id),
    );
    let fromElsewhere = 0;
    for (const { id } of units) {
      const serving = await unitsServing(ctx(), id);
      const officers = await sql<{ id: string; unit_id: string }>(
        `SELECT id, unit_id FROM app_user WHERE role = 'OFFICER' AND disabled_at IS NULL AND unit_id = ANY($1::uuid[])
         ORDER BY id::text`,
        [serving],
      );
      expect(found.get(id) ?? []).toEqual(officers.map((o) => o.id));
      fromElsewhere += officers.filter((o) => o.unit_id !== id).length;
    }
    // The demo's merged wards: some people are answered for by another unit's officers.
    expect(fromElsewhere).toBeGreaterThan(0);
  });
});

describe('overdue tasks', () => {
  // Monday 28 April 2025 is due; 30/4 and 1/5 are days off: the 2nd working day after it is Friday 2 May.
  const due = '2025-04-28';
  let task = '';

  beforeAll(async () => {
    await sql(`DELETE FROM holiday WHERE day BETWEEN '2025-04-28' AND '2025-05-02'`);
    await sql(`INSERT INTO holiday (day, kind, name) VALUES ('2025-04-30', 'DAY_OFF', 'Ngày Giải phóng miền Nam'),
      ('2025-05-01', 'DAY_OFF', 'Ngày Quốc tế Lao động')`);
    task = (
      await one<{ id: string }>(
        `INSERT INTO task (unit_id, returnee_id, kind, title, due_on, owner_id, version)
         VALUES ($1, $2, 'MANUAL', 'Việc quá hạn', $3, $4, 1) RETURNING id`,
        [ids.unit, ids.person, due, ids.helper],
      )
    ).id;
  });

  const told = (kind: string) =>
    sql<{ recipient_id: string }>(
      `SELECT recipient_id FROM notification WHERE kind = $1 AND dedupe_key LIKE $2 ORDER BY recipient_id`,
      [kind, `%${task}%`],
    );

  it('tells the owner the day after, and the officers only after the unit’s working days, holidays skipped', async () => {
    await runNotificationRules(ctx(), '2025-04-29');
    expect(await told('TASK_OVERDUE')).toEqual([{ recipient_id: ids.helper }]);
    expect(await told('TASK_ESCALATED')).toEqual([]);
    // Thursday 1 May: one working day (Tuesday) since it fell due; without the holidays it would be three.
    await runNotificationRules(ctx(), '2025-05-01');
    expect(await told('TASK_ESCALATED')).toEqual([]);
    await runNotificationRules(ctx(), '2025-05-02');
    expect((await told('TASK_ESCALATED')).map((r) => r.recipient_id).sort()).toEqual(
      [ids.officer, ids.secondOfficer].sort(),
    );
    // Run again, and the next day: nobody is told twice.
    await runNotificationRules(ctx(), '2025-05-02');
    await runNotificationRules(ctx(), '2025-05-05');
    expect(await told('TASK_OVERDUE')).toHaveLength(1);
    expect(await told('TASK_ESCALATED')).toHaveLength(2);
  });

  it('waits as many working days as the unit says', async () => {
    await sql('UPDATE administrative_unit SET overdue_escalation_days = 4 WHERE id = $1', [ids.unit]);
    const later = (
      await one<{ id: string }>(
        `INSERT INTO task (unit_id, returnee_id, kind, title, due_on, owner_id, version)
         VALUES ($1, $2, 'MANUAL', 'Việc khác', '2025-04-28', $3, 1) RETURNING id`,
        [ids.unit, ids.person, ids.helper],
      )
    ).id;
    const escalated = () =>
      sql('SELECT 1 FROM notification WHERE kind = $1 AND dedupe_key LIKE $2', ['TASK_ESCALATED', `%${later}%`]);
    await runNotificationRules(ctx(), '2025-05-05'); // Tue, Fri, Mon: three working days
    expect(await escalated()).toHaveLength(0);
    await runNotificationRules(ctx(), '2025-05-06');
    expect(await escalated()).toHaveLength(2);
    await sql('UPDATE administrative_unit SET overdue_escalation_days = 2 WHERE id = $1', [ids.unit]);
  });
});

describe('the other clock rules, and how late they still tell', () => {
  // Tuesday 10 June 2025. The unit escalates after 2 working days.
  const on = '2025-06-10';
  const task = async (kind: string, due: string, owner: string | null) =>
    (
      await one<{ id: string }>(
        `INSERT INTO task (unit_id, returnee_id, kind, title, due_on, owner_id, version)
         VALUES ($1, $2, $3, 'Việc của quy tắc', $4, $5, 1) RETURNING id`,
        [ids.unit, ids.person, kind, due, owner],
      )
    ).id;
  const told = (id: string) =>
    sql<{ recipient_id: string; kind: string }>(
      `SELECT recipient_id, kind FROM notification WHERE dedupe_key LIKE $1 ORDER BY kind::text, recipient_id`,
      [`%:${id}:%`],
    );
  const officers = () => [ids.officer, ids.secondOfficer].sort();

  it('tells the officers of an expungement eligibility within 30 days, once, and not of a later one', async () => {
    const soon = await task('EXPUNGEMENT_ELIGIBILITY', '2025-06-20', null);
    const later = await task('EXPUNGEMENT_ELIGIBILITY', '2025-07-30', null);
    await runNotificationRules(ctx(), on);
    await runNotificationRules(ctx(), on);
    expect((await told(soon)).map((r) => `${r.kind}/${r.recipient_id}`)).toEqual(
      officers().map((o) => `EXPUNGEMENT_SOON/${o}`),
    );
    expect(await told(later)).toEqual([]);
  });

  it('tells the primary helper of a new no-contact task, or the officers when no helper has an account', async () => {
    const helped = await task('NO_CONTACT', '2025-06-12', ids.helper);
    const unhelped = await task('NO_CONTACT', '2025-06-12', null);
    await runNotificationRules(ctx(), on);
    expect(await told(helped)).toEqual([{ recipient_id: ids.helper, kind: 'NO_CONTACT' }]);
    expect((await told(unhelped)).map((r) => r.recipient_id)).toEqual(officers());
  });

  it('still tells of what fell due while the rules did not run, up to a week late, and no later', async () => {
    // Due Monday 2 June: overdue since Tuesday 3, a week before, and escalatable since Wednesday 4.
    const recent = await task('MANUAL', '2025-06-02', ids.helper);
    // Due 20 May: overdue and escalated three weeks ago, on the task lists since.
    const old = await task('MANUAL', '2025-05-20', ids.helper);
    await runNotificationRules(ctx(), on);
    expect((await told(recent)).map((r) => r.kind)).toEqual(['TASK_ESCALATED', 'TASK_ESCALATED', 'TASK_OVERDUE']);
    expect(await told(old)).toEqual([]);
  });

  it('writes thousands of messages in a few statements, each once, across its chunks', async () => {
    const messages = Array.from({ length: 5_001 }, (_, i) => ({
      kind: NotificationKind.TASK_ASSIGNED,
      recipientId: ids.helper,
      subject: `bulk-${i % 5_000}`,
      day: on,
    }));
    const written = await withTransaction(ctx(), (c) => notifyAll(c, messages));
    expect(written).toHaveLength(5_000);
    const bulk = `TASK_ASSIGNED:bulk-%:${on}`;
    expect(
      await one(
        `SELECT count(*)::int AS n, count(d.id)::int AS bell FROM notification n
         LEFT JOIN notification_delivery d ON d.notification_id = n.id AND d.channel = 'IN_APP'
         WHERE n.dedupe_key LIKE $1`,
        [bulk],
      ),
    ).toEqual({ n: 5_000, bell: 5_000 });
    await sql('DELETE FROM notification WHERE dedupe_key LIKE $1', [bulk]);
  });
});

describe('the daily digest and quiet hours', () => {
  beforeAll(async () => {
    await db.dataSource.query(
      `INSERT INTO notification_channel_setting (channel, enabled, settings, secret)
       VALUES ('SMS', true, '{"providerUrl": "http://127.0.0.1:9/sms", "brandname": "HOANHAP"}', 'key')`,
    );
  });

  it('counts the day’s open tasks in one message by SMS, and none per task', async () => {
    const hour = hourInVietnam();
    const res = await client('helper').request(
      `mutation { updateNotificationPreferences(input: { phone: "0987654321", digestHour: ${hour}, quietStartHour: 3, quietEndHour: 3 }) { digestHour phone } }`,
    );
    expect(res.data).toEqual({ updateNotificationPreferences: { digestHour: hour, phone: '84987654321' } });
    const open = await one<{ n: number }>(
      'SELECT count(*)::int AS n FROM task WHERE owner_id = $1 AND completed_at IS NULL AND due_on <= $2',
      [ids.helper, today],
    );
    expect(open.n).toBeGreaterThan(0);
    await runNotificationRules(ctx(), today);
    const digests = await sql<{ id: string; count: number; text: string; read_at: Date | null }>(
      `SELECT id, count, text, read_at FROM notification WHERE recipient_id = $1 AND kind = 'DAILY_DIGEST' AND dedupe_key LIKE $2`,
      [ids.helper, `%:${today}`],
    );
    expect(digests).toEqual([
      expect.objectContaining({ count: open.n, text: `Bạn có ${open.n} việc cần làm hôm nay trên Hòa Nhập` }),
    ]);
    expect(
      await sql('SELECT channel, status FROM notification_delivery WHERE notification_id = $1', [digests[0]?.id]),
    ).toEqual([{ channel: 'SMS', status: 'PENDING' }]);
    // Per-task events reached the bell only.
    expect(
      await sql(
        `SELECT DISTINCT d.channel FROM notification_delivery d JOIN notification n ON n.id = d.notification_id
         WHERE n.recipient_id = $1 AND n.kind IN ('TASK_ASSIGNED', 'TASK_OVERDUE', 'TASK_DUE_TOMORROW')`,
        [ids.helper],
      ),
    ).toEqual([{ channel: 'IN_APP' }]);
    // Not on the bell's list, and once a day.
    expect((await bell('helper')).notifications.edges.map((e) => e.node.kind)).not.toContain('DAILY_DIGEST');
    await runNotificationRules(ctx(), today);
    expect(
      await sql(`SELECT 1 FROM notification WHERE recipient_id = $1 AND kind = 'DAILY_DIGEST' AND dedupe_key LIKE $2`, [
        ids.helper,
        `%:${today}`,
      ]),
    ).toHaveLength(1);
  });

  it('holds a message by SMS until the quiet hours end, and puts it on the bell at once', async () => {
    const hour = hourInVietnam();
    const end = (hour + 2) % 24;
    await client('officer').request(
      `mutation { updateNotificationPreferences(input: { phone: "0912000111", quietStartHour: ${hour}, quietEndHour: ${end} }) { phone } }`,
    );
    const person = await mutateOk(client('officer'), REGISTER, {
      fullName: 'Người thử giờ yên tĩnh',
      returnedOn: null,
    });
    // The second officer records, so the first one is told.
    const second = await demo.signIn('congan2.lamha@hoanhap.local');
    await mutateOk(second, NOTICE, {
      returneeId: person.id,
      receivedOn: today,
      prison: 'Trại giam Ninh Khánh',
      statedAddress: 'Tổ 5',
    });
    const rows = await sql<{ channel: string; status: string; wait_hours: number }>(
      `SELECT d.channel, d.status, extract(epoch FROM d.next_attempt_at - n.created_at) / 3600 AS wait_hours
       FROM notification_delivery d JOIN notification n ON n.id = d.notification_id
       WHERE n.recipient_id = $1 AND n.kind = 'RELEASE_NOTICE' ORDER BY d.channel`,
      [ids.officer],
    );
    expect(rows.map((r) => [r.channel, r.status])).toEqual([
      ['IN_APP', 'DELIVERED'],
      ['SMS', 'PENDING'],
    ]);
    const smsWait = Number(rows[1]?.wait_hours);
    expect(smsWait).toBeGreaterThan(1);
    expect(smsWait).toBeLessThanOrEqual(2);
    expect(Number(rows[0]?.wait_hours)).toBeCloseTo(0, 3);
  });
});
