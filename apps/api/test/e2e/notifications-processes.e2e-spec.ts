import { setTimeout as sleep } from 'node:timers/promises';
import { NotificationKind } from '@hoanhap/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTransaction } from '../../src/common/transaction.js';
import { configureNotifications } from '../../src/modules/notifications/channels/channel-registry.js';
import { notify } from '../../src/modules/notifications/notify.js';
import { type ApiProcess, startApiProcess } from '../utils/api-process.js';
import { DEMO_ACCOUNTS, withDemoServer } from '../utils/demo-server.js';
import { withSmtpServer } from '../utils/notification-servers.js';
import { testSystemContext } from '../utils/system-context.js';

/*
 * Issue 16 §2: nothing is sent twice or lost on a restart. Two real API processes on one database
 * work the outbox and send into a real SMTP server; one is stopped while more notifications are
 * written, another starts, and every email has arrived exactly once.
 */
const smtp = withSmtpServer();
const { db, one } = withDemoServer({ serve: false, demoCasework: false });
const ctx = () => testSystemContext(db.dataSource);
let env: Record<string, string> = {};
let a: ApiProcess | undefined;
let b: ApiProcess | undefined;
let c: ApiProcess | undefined;
let recipients: string[] = [];

beforeAll(async () => {
  env = {
    SESSION_SECRET: 's'.repeat(40),
    SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
    MAIL_FROM: 'Hòa Nhập <khongtraloi@hoanhap.local>',
  };
  // This process writes the notifications, configured as every API process is (the same environment).
  configureNotifications({ mail: { smtpUrl: env.SMTP_URL ?? '', mailFrom: env.MAIL_FROM ?? '' }, publicUrl: null });
  const rows: Array<{ id: string }> = await db.dataSource.query(
    'SELECT id FROM app_user WHERE email = ANY($1::text[]) ORDER BY email',
    [[DEMO_ACCOUNTS.officer, DEMO_ACCOUNTS.helper, DEMO_ACCOUNTS.committee]],
  );
  recipients = rows.map((row) => row.id);
  // No quiet hours, so that what is written at any hour of the run leaves at once.
  await db.dataSource.query(
    `INSERT INTO notification_preference (user_id, quiet_start_hour, quiet_end_hour)
     SELECT unnest($1::uuid[]), 0, 0`,
    [recipients],
  );
  [a, b] = await Promise.all([startApiProcess(db.url, env), startApiProcess(db.url, env)]);
}, 240_000);
afterAll(async () => {
  configureNotifications({ mail: null, publicUrl: null });
  await Promise.all([a?.stop(), b?.stop(), c?.stop()]);
});

let subjects = 0;
async function write(n: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i += 1) {
    subjects += 1;
    ids.push(
      ...(await withTransaction(ctx(), (tx) =>
        notify(tx, { kind: NotificationKind.RELEASE_NOTICE, recipientIds: recipients, subject: `p-${subjects}` }),
      )),
    );
  }
  return ids;
}

async function sentOnce(notifications: string[]) {
  const until = Date.now() + 60_000;
  for (;;) {
    const { pending } = await one<{ pending: number }>(
      `SELECT count(*) FILTER (WHERE status <> 'SENT')::int AS pending FROM notification_delivery
       WHERE notification_id = ANY($1::uuid[]) AND channel = 'EMAIL'`,
      [notifications],
    );
    if (pending === 0) break;
    if (Date.now() > until) throw new Error(`${pending} deliveries not sent`);
    await sleep(250);
  }
  await sleep(2000); // a duplicate would have arrived by now
  const deliveries: Array<{ id: string }> = await db.dataSource.query(
    `SELECT id FROM notification_delivery WHERE notification_id = ANY($1::uuid[]) AND channel = 'EMAIL'`,
    [notifications],
  );
  const wanted = new Set(deliveries.map((d) => d.id));
  const mails = smtp.mails.filter((m) => wanted.has(String(m.parsed.headers.get('x-hoanhap-delivery'))));
  return {
    deliveries: wanted.size,
    mails: mails.length,
    distinct: new Set(mails.map((m) => m.parsed.headers.get('x-hoanhap-delivery'))).size,
  };
}

describe('the outbox with two API processes', () => {
  it('sends every email once', async () => {
    const written = await write(10);
    expect(await sentOnce(written)).toEqual({ deliveries: 30, mails: 30, distinct: 30 });
  }, 90_000);

  it('loses nothing and repeats nothing across a stop and a start', async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    a = undefined;
    b = undefined;
    const written = await write(5);
    const { waiting } = await one<{ waiting: number }>(
      `SELECT count(*)::int AS waiting FROM notification_delivery WHERE notification_id = ANY($1::uuid[]) AND status = 'PENDING'`,
      [written],
    );
    expect(waiting).toBe(15);
    c = await startApiProcess(db.url, env);
    expect(await sentOnce(written)).toEqual({ deliveries: 15, mails: 15, distinct: 15 });
  }, 240_000);
});
