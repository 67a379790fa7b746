import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { NotificationKind } from '@hoanhap/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTransaction } from '../../src/common/transaction.js';
import { deliverDue } from '../../src/modules/notifications/delivery.js';
import { notify } from '../../src/modules/notifications/notify.js';
import { CASEWORK_SPEC } from '../utils/casework.js';
import { withDemoServer } from '../utils/demo-server.js';
import { testSystemContext } from '../utils/system-context.js';

/*
 * The SMS brandname channel behind the same interface: a generic HTTPS gateway, configured by the
 * administrator, given the number in the 84 form, the brandname and the message's words and link.
 */
const demo = withDemoServer({ ...CASEWORK_SPEC, logins: ['admin', 'officer'] });
const { client, db, one } = demo;
const ctx = () => testSystemContext(db.dataSource);
const gateway = {
  url: '',
  requests: [] as Array<{ headers: IncomingHttpHeaders; body: Record<string, unknown> }>,
  status: [] as number[],
};
let server: Server | undefined;
let officer = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => {
      raw += chunk;
    });
    req.on('end', () => {
      gateway.requests.push({ headers: req.headers, body: JSON.parse(raw) as Record<string, unknown> });
      const status = gateway.status.shift() ?? 200;
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(status === 200 ? { messageId: `sms-${gateway.requests.length}` } : { error: 'busy' }));
    });
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  gateway.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/send`;
  officer = await demo.ids.user('congan.lamha@hoanhap.local');
  const res = await client('officer').request(
    'mutation { updateNotificationPreferences(input: { phone: "+84 389 123 456", quietStartHour: 0, quietEndHour: 0 }) { phone } }',
  );
  expect(res.errors).toBeUndefined();
});
afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

const smsDelivery = (notification: string) =>
  one<{ status: string; attempts: number; last_error: string | null; provider_message_id: string | null }>(
    `SELECT status, attempts, last_error, provider_message_id FROM notification_delivery
     WHERE notification_id = $1 AND channel = 'SMS'`,
    [notification],
  );

describe('the SMS channel', () => {
  it('needs a key and a provider address before it can be turned on', async () => {
    const res = await client('admin').request(
      'mutation { configureNotificationChannel(input: { channel: SMS, enabled: true, brandname: "HOANHAP" }) { enabled } }',
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.secret' });
  });

  it('posts the 84 number, the brandname and the words with the key, retrying a busy gateway', async () => {
    const configured = await client('admin').request(
      `mutation ($url: String) { configureNotificationChannel(input: {
         channel: SMS, enabled: true, providerUrl: $url, brandname: "HOANHAP", secret: "sms-key" }) { enabled secretSet providerUrl } }`,
      { url: gateway.url },
    );
    expect(configured.data).toEqual({
      configureNotificationChannel: { enabled: true, secretSet: true, providerUrl: gateway.url },
    });
    gateway.status.push(503);
    const [notification] = await withTransaction(ctx(), (tx) =>
      notify(tx, { kind: NotificationKind.RELEASE_NOTICE, recipientIds: [officer], subject: 'sms-1' }),
    );
    await deliverDue(ctx());
    expect(await smsDelivery(notification as string)).toMatchObject({
      status: 'PENDING',
      attempts: 1,
      last_error: 'HTTP_503',
    });
    await deliverDue(ctx(), new Date(Date.now() + 3600_000));
    expect(await smsDelivery(notification as string)).toMatchObject({
      status: 'SENT',
      attempts: 2,
      provider_message_id: 'sms-2',
    });
    const last = gateway.requests.at(-1);
    expect(last?.headers.authorization).toBe('Bearer sms-key');
    expect(last?.body).toMatchObject({
      to: '84389123456',
      brandname: 'HOANHAP',
      text: 'Đơn vị có 1 thông báo ra trại mới trên Hòa Nhập: /alerts',
    });
  });

  it('fails for good when the gateway refuses the request', async () => {
    gateway.status.push(400);
    const [notification] = await withTransaction(ctx(), (tx) =>
      notify(tx, { kind: NotificationKind.RELEASE_NOTICE, recipientIds: [officer], subject: 'sms-2' }),
    );
    await deliverDue(ctx());
    expect(await smsDelivery(notification as string)).toMatchObject({
      status: 'FAILED',
      attempts: 1,
      last_error: 'HTTP_400',
    });
  });
});
