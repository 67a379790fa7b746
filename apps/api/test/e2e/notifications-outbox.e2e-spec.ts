import { setTimeout as sleep } from 'node:timers/promises';
import { NotificationKind } from '@hoanhap/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTransaction } from '../../src/common/transaction.js';
import { configureNotifications } from '../../src/modules/notifications/channels/channel-registry.js';
import { deliverDue, MAX_ATTEMPTS } from '../../src/modules/notifications/delivery.js';
import { notificationDeliveryJob } from '../../src/modules/notifications/notification.jobs.js';
import { notify } from '../../src/modules/notifications/notify.js';
import { CASEWORK_SPEC } from '../utils/casework.js';
import { withDemoServer } from '../utils/demo-server.js';
import { withJobWorkers } from '../utils/job-workers.js';
import { withSmtpServer } from '../utils/notification-servers.js';
import { testSystemContext } from '../utils/system-context.js';

/*
 * The outbox: a notification and its deliveries are written in the event's transaction, and the
 * delivery job sends each email once into a real SMTP server, whatever the number of processes
 * working the queue and across a restart; a failing address is retried with back-off, then FAILED
 * with the reason. Messages say how many things there are to do, and nothing about anyone.
 */
const smtp = withSmtpServer();
const demo = withDemoServer({ ...CASEWORK_SPEC, logins: ['officer', 'helper'] });
const { db, client, one, sql } = demo;
const workers = withJobWorkers(db, [notificationDeliveryJob], 2);
const ctx = () => testSystemContext(db.dataSource);
const ids = { officer: '', helper: '' };
const OFFICER_EMAIL = 'congan.lamha@hoanhap.local';
const HELPER_EMAIL = 'phunu.lamha@hoanhap.local';

beforeAll(async () => {
  configureNotifications({
    mail: { smtpUrl: `smtp://127.0.0.1:${smtp.port}`, mailFrom: 'Hòa Nhập <khongtraloi@hoanhap.local>' },
    publicUrl: 'https://hoanhap.example.vn',
  });
  ids.officer = await demo.ids.user(OFFICER_EMAIL);
  ids.helper = await demo.ids.user(HELPER_EMAIL);
  // No quiet hours, so that a message asked for at any time of the test run leaves at once.
  for (const who of ['officer', 'helper']) {
    const res = await client(who).request(
      'mutation { updateNotificationPreferences(input: { quietStartHour: 0, quietEndHour: 0 }) { quietStartHour } }',
    );
    expect(res.errors).toBeUndefined();
  }
});
afterAll(() => configureNotifications({ mail: null, publicUrl: null }));

let subjects = 0;
/** Release notices for the officer, each in a transaction of its own, as events happen. */
async function notices(n: number, recipient = ids.officer): Promise<string[]> {
  const written: string[] = [];
  for (let i = 0; i < n; i += 1) {
    subjects += 1;
    const notification = await withTransaction(ctx(), (tx) =>
      notify(tx, { kind: NotificationKind.RELEASE_NOTICE, recipientIds: [recipient], subject: `notice-${subjects}` }),
    );
    written.push(...notification);
  }
  return written;
}

async function emailDeliveries(notifications: string[]) {
  return sql<{ id: string; status: string; attempts: number; last_error: string | null }>(
    `SELECT id, status, attempts, last_error FROM notification_delivery
     WHERE notification_id = ANY($1::uuid[]) AND channel = 'EMAIL' ORDER BY created_at`,
    [notifications],
  );
}

async function untilSent(notifications: string[]) {
  const until = Date.now() + 20_000;
  for (;;) {
    const rows = await emailDeliveries(notifications);
    if (rows.length === notifications.length && rows.every((row) => row.status === 'SENT')) return rows;
    if (Date.now() > until) throw new Error(`deliveries still ${JSON.stringify(rows.map((r) => r.status))}`);
    await sleep(200);
  }
}

const mailsFor = (deliveryIds: string[]) =>
  smtp.mails.filter((mail) => deliveryIds.includes(String(mail.parsed.headers.get('x-hoanhap-delivery'))));

describe('the outbox', () => {
  it('writes the bell’s entry delivered and the email pending, in the event’s transaction', async () => {
    const [notification] = await notices(1);
    expect(
      await sql('SELECT channel, status FROM notification_delivery WHERE notification_id = $1 ORDER BY channel', [
        notification,
      ]),
    ).toEqual([
      { channel: 'IN_APP', status: 'DELIVERED' },
      { channel: 'EMAIL', status: expect.stringMatching(/PENDING|SENT/) },
    ]);
    await untilSent([notification as string]);
  });

  it('writes nothing when the event’s transaction rolls back', async () => {
    const before = await one<{ n: number }>('SELECT count(*)::int AS n FROM notification');
    await expect(
      withTransaction(ctx(), async (tx) => {
        await notify(tx, {
          kind: NotificationKind.RELEASE_NOTICE,
          recipientIds: [ids.officer],
          subject: 'rolled-back',
        });
        throw new Error('the event failed');
      }),
    ).rejects.toThrow('the event failed');
    expect(await one('SELECT count(*)::int AS n FROM notification')).toEqual(before);
  });

  it('notifies once for the same event told twice the same day', async () => {
    const event = { kind: NotificationKind.RELEASE_NOTICE, recipientIds: [ids.officer, ids.officer], subject: 'twice' };
    expect(await withTransaction(ctx(), (tx) => notify(tx, event))).toHaveLength(1);
    expect(await withTransaction(ctx(), (tx) => notify(tx, event))).toHaveLength(0);
  });

  it('sends each email exactly once with two workers and two more rounds racing them', async () => {
    const written = await notices(8);
    await Promise.all([deliverDue(ctx()), deliverDue(ctx())]);
    const rows = await untilSent(written);
    const deliveryIds = rows.map((row) => row.id);
    await sleep(1500); // a late duplicate would have arrived by now
    const mails = mailsFor(deliveryIds);
    expect(mails).toHaveLength(8);
    expect(new Set(mails.map((m) => m.parsed.headers.get('x-hoanhap-delivery'))).size).toBe(8);
    expect(rows.every((row) => row.attempts === 1)).toBe(true);
  });

  it('loses nothing across a restart: what was written or claimed while no process ran is sent once after', async () => {
    await workers.stop();
    const written = await notices(3);
    // A process claimed one and died before sending it: its lease has run out.
    await sql(
      `UPDATE notification_delivery SET attempts = 1, next_attempt_at = now() - interval '1 second'
       WHERE notification_id = $1 AND channel = 'EMAIL'`,
      [written[0]],
    );
    expect((await emailDeliveries(written)).map((row) => row.status)).toEqual(['PENDING', 'PENDING', 'PENDING']);
    await workers.start();
    const rows = await untilSent(written);
    await sleep(1500);
    expect(mailsFor(rows.map((row) => row.id))).toHaveLength(3);
  });
});

describe('an email', () => {
  it('says how many things there are and where to see them, and nothing about anyone', async () => {
    const [notification] = await notices(1);
    const [row] = await untilSent([notification as string]);
    const [mail] = mailsFor([row?.id as string]);
    expect(mail?.to).toEqual([OFFICER_EMAIL]);
    expect(mail?.parsed.from?.value).toEqual([{ name: 'Hòa Nhập', address: 'khongtraloi@hoanhap.local' }]);
    expect(mail?.parsed.subject).toBe('[Hòa Nhập] Có thông báo ra trại');
    expect(mail?.parsed.text).toContain('Đơn vị có 1 thông báo ra trại mới trên Hòa Nhập.');
    expect(mail?.parsed.text).toContain('Xem tại: https://hoanhap.example.vn/alerts');
    const names = await sql<{ full_name: string; citizen_id: string | null }>(
      'SELECT full_name, citizen_id FROM returnee',
    );
    for (const { full_name, citizen_id } of names) {
      expect(mail?.parsed.text).not.toContain(full_name);
      if (citizen_id) expect(mail?.parsed.text).not.toContain(citizen_id);
    }
    expect(mail?.parsed.text?.toLowerCase()).not.toMatch(/tội|án tích|bản án/);
  });

  it('is not written when email is not configured, as in development', async () => {
    configureNotifications({ mail: null, publicUrl: null });
    try {
      const [notification] = await notices(1);
      expect(await sql('SELECT channel FROM notification_delivery WHERE notification_id = $1', [notification])).toEqual(
        [{ channel: 'IN_APP' }],
      );
    } finally {
      configureNotifications({
        mail: { smtpUrl: `smtp://127.0.0.1:${smtp.port}`, mailFrom: 'Hòa Nhập <khongtraloi@hoanhap.local>' },
        publicUrl: 'https://hoanhap.example.vn',
      });
    }
  });

  it('is not written for a channel the user muted', async () => {
    const res = await client('helper').request(
      'mutation { updateNotificationPreferences(input: { mutedChannels: [EMAIL] }) { mutedChannels } }',
    );
    expect(res.data).toEqual({ updateNotificationPreferences: { mutedChannels: ['EMAIL'] } });
    const [notification] = await notices(1, ids.helper);
    expect(await emailDeliveries([notification as string])).toEqual([]);
    await client('helper').request(
      'mutation { updateNotificationPreferences(input: { mutedChannels: [] }) { mutedChannels } }',
    );
  });
});

describe('a failing address', () => {
  beforeAll(() => workers.stop());
  afterAll(() => workers.start());

  it('is retried with back-off while the server says try later, then FAILED with its reason', async () => {
    smtp.refuse.set(HELPER_EMAIL, { code: 451, message: 'Mailbox busy, try later' });
    try {
      const [notification] = await notices(1, ids.helper);
      await deliverDue(ctx());
      const first = await one<{ status: string; attempts: number; wait: number; last_error: string }>(
        `SELECT status, attempts, last_error, extract(epoch FROM next_attempt_at - now())::int AS wait
         FROM notification_delivery WHERE notification_id = $1 AND channel = 'EMAIL'`,
        [notification],
      );
      expect(first).toMatchObject({ status: 'PENDING', attempts: 1 });
      expect(first.last_error).toMatch(/^SMTP_451: /);
      expect(first.wait).toBeGreaterThan(50);
      expect(first.wait).toBeLessThanOrEqual(60);
      // Nothing more now: the next attempt waits for its time.
      expect(await deliverDue(ctx())).toBe(0);
      // A day later, every attempt has been made.
      await deliverDue(ctx(), new Date(Date.now() + 24 * 3600_000));
      const last = await emailDeliveries([notification as string]);
      expect(last).toEqual([expect.objectContaining({ status: 'FAILED', attempts: MAX_ATTEMPTS })]);
      expect(last[0]?.last_error).toMatch(/^SMTP_451: /);
    } finally {
      smtp.refuse.delete(HELPER_EMAIL);
    }
  });

  it('is FAILED at once when the server says the mailbox does not exist', async () => {
    smtp.refuse.set(HELPER_EMAIL, { code: 550, message: 'No such user' });
    try {
      const [notification] = await notices(1, ids.helper);
      await deliverDue(ctx());
      const [row] = await emailDeliveries([notification as string]);
      expect(row).toMatchObject({ status: 'FAILED', attempts: 1 });
      expect(row?.last_error).toMatch(/^SMTP_550: /);
    } finally {
      smtp.refuse.delete(HELPER_EMAIL);
    }
  });
});
