import { NotificationKind } from '@hoanhap/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { withTransaction } from '../../src/common/transaction.js';
import { deliverDue } from '../../src/modules/notifications/delivery.js';
import { notify } from '../../src/modules/notifications/notify.js';
import { CASEWORK_SPEC } from '../utils/casework.js';
import { withDemoServer } from '../utils/demo-server.js';
import { znsEventSignature } from '../../src/modules/notifications/zalo-zns-receipt.js';
import { withZnsServer } from '../utils/notification-servers.js';
import { testSystemContext } from '../utils/system-context.js';

/*
 * Zalo ZNS: the administrator configures the official account's token and a template per event;
 * a notification for a user who gave a phone number is sent as a template message to a local server
 * that keeps Zalo's contract, and its error codes end the delivery or retry it.
 */
const TOKEN = 'zns-access-token-kept-secret';
const zns = withZnsServer(TOKEN);
// The deployment keeps its secrets sealed under DEPLOYMENT_KEY_SECRET (common/stored-secret.ts).
const KEY_SECRET = 'a-deployment-key-secret-of-32-chars!';
const demo = withDemoServer({
  ...CASEWORK_SPEC,
  logins: ['admin', 'officer', 'helper'],
  deployment: { keySecret: KEY_SECRET },
});
const { client, db, one, sql } = demo;
const ctx = () => ({ ...testSystemContext(db.dataSource), deployment: { keySecret: KEY_SECRET } });
let officer = '';

const CONFIGURE = `mutation ($input: ConfigureNotificationChannelInput!) {
  configureNotificationChannel(input: $input) { channel enabled baseUrl templates { kind templateId } secretSet }
}`;

async function configure(overrides: Record<string, unknown> = {}) {
  return client('admin').request(CONFIGURE, {
    input: {
      channel: 'ZALO_ZNS',
      enabled: true,
      baseUrl: zns.url,
      appId: '1234567890',
      secret: TOKEN,
      templates: [{ kind: 'RELEASE_NOTICE', templateId: '248079' }],
      ...overrides,
    },
  });
}

let subjects = 0;
async function releaseNotice(): Promise<string> {
  subjects += 1;
  const [id] = await withTransaction(ctx(), (tx) =>
    notify(tx, { kind: NotificationKind.RELEASE_NOTICE, recipientIds: [officer], subject: `zns-${subjects}` }),
  );
  return id as string;
}

const znsDelivery = (notification: string) =>
  one<{ id: string; status: string; attempts: number; last_error: string | null; provider_message_id: string | null }>(
    `SELECT id, status, attempts, last_error, provider_message_id FROM notification_delivery
     WHERE notification_id = $1 AND channel = 'ZALO_ZNS'`,
    [notification],
  );

beforeAll(async () => {
  officer = await demo.ids.user('congan.lamha@hoanhap.local');
  const res = await client('officer').request(
    `mutation { updateNotificationPreferences(input: { phone: "0912 345 678", quietStartHour: 0, quietEndHour: 0 }) { phone } }`,
  );
  expect(res.data).toEqual({ updateNotificationPreferences: { phone: '84912345678' } });
});

describe('configuring Zalo ZNS', () => {
  it('is the administrator’s, and the token is never shown again', async () => {
    expect(
      (await client('officer').request(CONFIGURE, { input: { channel: 'ZALO_ZNS', enabled: false } })).errors?.[0]
        ?.extensions?.code,
    ).toBe('FORBIDDEN');
    const res = await configure();
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      configureNotificationChannel: {
        channel: 'ZALO_ZNS',
        enabled: true,
        baseUrl: zns.url,
        templates: [{ kind: 'RELEASE_NOTICE', templateId: '248079' }],
        secretSet: true,
      },
    });
    // Stored sealed: the table alone does not give the token away.
    const stored = await one<{ secret: string }>(
      `SELECT secret FROM notification_channel_setting WHERE channel = 'ZALO_ZNS'`,
    );
    expect(stored.secret).toMatch(/^enc1:/);
    expect(stored.secret).not.toContain(TOKEN);
    const listed = await client('admin').request(
      '{ notificationChannels { channel enabled fromEnvironment secretSet appId } }',
    );
    expect(JSON.stringify(listed)).not.toContain(TOKEN);
    expect(listed.data).toEqual({
      notificationChannels: [
        { channel: 'EMAIL', enabled: false, fromEnvironment: true, secretSet: false, appId: null },
        { channel: 'ZALO_ZNS', enabled: true, fromEnvironment: false, secretSet: true, appId: '1234567890' },
        { channel: 'SMS', enabled: false, fromEnvironment: false, secretSet: false, appId: null },
      ],
    });
  });

  it('refuses a phone number that is not a Vietnamese mobile', async () => {
    const res = await client('helper').request(
      'mutation { updateNotificationPreferences(input: { phone: "12345" }) { phone } }',
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.phone' });
  });
});

describe('a template message', () => {
  it('is posted with the access token, the 84 phone, the template and only a count and a link', async () => {
    const notification = await releaseNotice();
    await deliverDue(ctx());
    const delivery = await znsDelivery(notification);
    expect(delivery).toMatchObject({ status: 'SENT', attempts: 1, last_error: null });
    const request = zns.requests.at(-1);
    expect(request).toMatchObject({ method: 'POST', path: '/message/template' });
    expect(request?.headers.access_token).toBe(TOKEN);
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.body).toEqual({
      phone: '84912345678',
      template_id: '248079',
      template_data: { count: '1', link: '/alerts' },
      tracking_id: delivery.id,
    });
    expect(delivery.provider_message_id).toBe(`msg-${zns.requests.length}`);
  });

  it('fails for good, saying why, when the deployment lost the key its token was sealed with', async () => {
    const before = zns.requests.length;
    const notification = await releaseNotice();
    await deliverDue(testSystemContext(db.dataSource));
    expect(await znsDelivery(notification)).toMatchObject({
      status: 'FAILED',
      last_error: expect.stringMatching(/^SECRET_UNREADABLE: /),
    });
    expect(zns.requests.length).toBe(before);
  });

  it('fails for good on a wrong phone number (-108), with the code and its meaning', async () => {
    zns.answers.push({ error: -108, message: 'Phone number is invalid' });
    const notification = await releaseNotice();
    await deliverDue(ctx());
    expect(await znsDelivery(notification)).toMatchObject({
      status: 'FAILED',
      attempts: 1,
      last_error: 'ZNS_-108: phone number invalid',
    });
  });

  it('fails for good on a code it does not know, keeping Zalo’s words', async () => {
    zns.answers.push({ error: -139, message: 'User refused to receive ZNS' });
    const notification = await releaseNotice();
    await deliverDue(ctx());
    expect(await znsDelivery(notification)).toMatchObject({
      status: 'FAILED',
      last_error: 'ZNS_-139: User refused to receive ZNS',
    });
  });

  it('is tried again after an unknown error (-100) or a server error, then sent', async () => {
    zns.answers.push({ error: -100, message: 'Unknown error' }, { status: 503 });
    const notification = await releaseNotice();
    await deliverDue(ctx());
    expect(await znsDelivery(notification)).toMatchObject({
      status: 'PENDING',
      attempts: 1,
      last_error: 'ZNS_-100: Unknown error',
    });
    await deliverDue(ctx(), new Date(Date.now() + 3600_000));
    expect(await znsDelivery(notification)).toMatchObject({ status: 'SENT', attempts: 3, last_error: null });
  });

  it('fails with the token’s error when the token is wrong, and is resent by the administrator once fixed', async () => {
    await configure({ secret: 'an-old-token' });
    const notification = await releaseNotice();
    await deliverDue(ctx());
    const failed = await znsDelivery(notification);
    expect(failed).toMatchObject({ status: 'FAILED', last_error: 'ZNS_-124: access token invalid or expired' });

    const log = await client('admin').request<{ notificationDeliveries: { edges: Array<{ node: { id: string } }> } }>(
      `{ notificationDeliveries(filter: { status: FAILED, channel: ZALO_ZNS }, first: 10) {
          totalCount edges { node { id kind channel status attempts lastError } } } }`,
    );
    expect(log.errors).toBeUndefined();
    expect(log.data?.notificationDeliveries.edges[0]?.node).toEqual({
      id: failed.id,
      kind: 'RELEASE_NOTICE',
      channel: 'ZALO_ZNS',
      status: 'FAILED',
      attempts: 1,
      lastError: 'ZNS_-124: access token invalid or expired',
    });

    await configure(); // the right token again
    const resent = await client('admin').request(
      'mutation ($id: ID!) { resendNotificationDelivery(id: $id) { status attempts } }',
      { id: failed.id },
    );
    expect(resent.data).toEqual({ resendNotificationDelivery: { status: 'PENDING', attempts: 0 } });
    await deliverDue(ctx());
    expect(await znsDelivery(notification)).toMatchObject({ status: 'SENT', attempts: 1 });
    expect(
      await one(`SELECT fields FROM audit_event WHERE action = 'resendNotificationDelivery' AND object_id = $1`, [
        failed.id,
      ]),
    ).toEqual({ fields: ['status'] });
  });

  it('is not sent for an event without a template', async () => {
    const before = zns.requests.length;
    const [notification] = await withTransaction(ctx(), (tx) =>
      notify(tx, { kind: NotificationKind.EXPUNGEMENT_SOON, recipientIds: [officer], subject: 'no-template' }),
    );
    await deliverDue(ctx());
    expect(await znsDelivery(notification as string)).toMatchObject({
      status: 'FAILED',
      last_error: 'NO_TEMPLATE: no ZNS template for EXPUNGEMENT_SOON',
    });
    expect(zns.requests.length).toBe(before);
    expect(
      await sql('SELECT 1 FROM notification_delivery WHERE channel = $1 AND status = $2', ['ZALO_ZNS', 'PENDING']),
    ).toEqual([]);
  });
});

describe('a delivery receipt from Zalo', () => {
  const OA_SECRET = 'oa-secret-key-of-the-official-account';
  const APP_ID = '1234567890';

  /** Posts a `user_received_message` event as Zalo does, signed with `secret` unless told otherwise. */
  async function receipt(
    message: Record<string, unknown>,
    {
      secret = OA_SECRET,
      event = 'user_received_message',
      signature,
    }: { secret?: string; event?: string; signature?: string } = {},
  ) {
    const timestamp = String(Date.now());
    const body = JSON.stringify({
      app_id: APP_ID,
      event_name: event,
      sender: { id: 'oa-id' },
      recipient: { id: 'user-id-by-app' },
      message,
      timestamp,
    });
    const res = await fetch(`${demo.server.url}/notification-receipts/zalo`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-zevent-signature': signature ?? znsEventSignature(APP_ID, body, timestamp, secret),
      },
      body,
    });
    return { status: res.status, body: (await res.json()) as { outcome: string } };
  }

  async function sent(): Promise<{ id: string; provider_message_id: string | null }> {
    const notification = await releaseNotice();
    await deliverDue(ctx());
    const delivery = await znsDelivery(notification);
    expect(delivery.status).toBe('SENT');
    return delivery;
  }

  const deliveredAt = async (id: string) =>
    one<{ status: string; delivered_at: Date | null }>(
      'SELECT status, delivered_at FROM notification_delivery WHERE id = $1',
      [id],
    );

  it('is refused until the administrator saves the official account’s secret key, and the key is never shown', async () => {
    const delivery = await sent();
    expect(await receipt({ msg_id: delivery.provider_message_id, tracking_id: delivery.id })).toEqual({
      status: 404,
      body: { outcome: 'NOT_CONFIGURED' },
    });
    const res = await configure({ receiptSecret: OA_SECRET });
    expect(res.errors).toBeUndefined();
    const listed = await client('admin').request<{
      notificationChannels: Array<{ channel: string; receiptSecretSet: boolean; receiptUrl: string | null }>;
    }>('{ notificationChannels { channel receiptSecretSet receiptUrl } }');
    expect(JSON.stringify(listed)).not.toContain(OA_SECRET);
    expect(listed.data?.notificationChannels).toEqual([
      { channel: 'EMAIL', receiptSecretSet: false, receiptUrl: null },
      { channel: 'ZALO_ZNS', receiptSecretSet: true, receiptUrl: '/notification-receipts/zalo' },
      { channel: 'SMS', receiptSecretSet: false, receiptUrl: null },
    ]);
    const stored = await one<{ receipt_secret: string }>(
      `SELECT receipt_secret FROM notification_channel_setting WHERE channel = 'ZALO_ZNS'`,
    );
    expect(stored.receipt_secret).toMatch(/^enc1:/);
    expect(
      await one(
        `SELECT fields FROM audit_event WHERE action = 'configureNotificationChannel' ORDER BY id DESC LIMIT 1`,
      ),
    ).toEqual({ fields: ['enabled', 'baseUrl', 'appId', 'templates', 'secret', 'receiptSecret'] });
    // Saving the channel again without the key keeps it.
    await configure();
    expect((await client('admin').request('{ notificationChannels { receiptSecretSet } }')).data).toMatchObject({
      notificationChannels: [{}, { receiptSecretSet: true }, {}],
    });
  });

  it('makes a sent template message DELIVERED at the time Zalo gives, once', async () => {
    const delivery = await sent();
    const when = Date.parse('2026-12-01T02:03:04.000Z');
    const message = { msg_id: delivery.provider_message_id, tracking_id: delivery.id, delivery_time: String(when) };
    expect(await receipt(message)).toEqual({ status: 200, body: { outcome: 'RECORDED' } });
    expect(await deliveredAt(delivery.id)).toEqual({ status: 'DELIVERED', delivered_at: new Date(when) });
    // Zalo repeats an event it thinks was not received: the second changes nothing.
    expect(await receipt({ ...message, delivery_time: String(when + 60_000) })).toEqual({
      status: 200,
      body: { outcome: 'IGNORED' },
    });
    expect(await deliveredAt(delivery.id)).toEqual({ status: 'DELIVERED', delivered_at: new Date(when) });

    const log = await client('admin').request<{
      notificationDeliveries: { edges: Array<{ node: { id: string; status: string; deliveredAt: string } }> };
    }>(`{ notificationDeliveries(filter: { status: DELIVERED, channel: ZALO_ZNS }, first: 5) {
          edges { node { id status deliveredAt } } } }`);
    expect(log.data?.notificationDeliveries.edges.map((e) => e.node)).toContainEqual({
      id: delivery.id,
      status: 'DELIVERED',
      deliveredAt: new Date(when).toISOString(),
    });
  });

  it('that overtakes the send’s own record still makes the message DELIVERED', async () => {
    const when = Date.parse('2026-12-02T03:04:05.000Z');
    let answered: { status: number; body: { outcome: string } } | undefined;
    // Zalo posts the receipt before it answers the send: the delivery is still PENDING, claimed.
    zns.beforeSuccess = async ({ trackingId, msgId }) => {
      answered = await receipt({ msg_id: msgId, tracking_id: trackingId, delivery_time: String(when) });
    };
    const notification = await releaseNotice();
    await deliverDue(ctx());
    expect(answered).toEqual({ status: 200, body: { outcome: 'RECORDED' } });
    const delivery = await znsDelivery(notification);
    expect(delivery).toMatchObject({ status: 'DELIVERED', attempts: 1, last_error: null });
    expect(await deliveredAt(delivery.id)).toEqual({ status: 'DELIVERED', delivered_at: new Date(when) });

    // Sent again by the administrator, it is SENT until a new receipt comes.
    await client('admin').request('mutation ($id: ID!) { resendNotificationDelivery(id: $id) { id } }', {
      id: delivery.id,
    });
    await deliverDue(ctx());
    expect(await deliveredAt(delivery.id)).toEqual({ status: 'SENT', delivered_at: null });
  });

  it('is refused with a wrong signature, a wrong key or an altered body, and changes nothing', async () => {
    const delivery = await sent();
    const message = { msg_id: delivery.provider_message_id, tracking_id: delivery.id };
    expect(await receipt(message, { secret: 'someone-else’s-key' })).toEqual({
      status: 401,
      body: { outcome: 'BAD_SIGNATURE' },
    });
    expect(await receipt(message, { signature: 'mac=0000' })).toEqual({
      status: 401,
      body: { outcome: 'BAD_SIGNATURE' },
    });
    expect(await receipt(message, { signature: '' })).toEqual({ status: 401, body: { outcome: 'BAD_SIGNATURE' } });
    const timestamp = String(Date.now());
    const signed = JSON.stringify({ app_id: APP_ID, event_name: 'user_received_message', message, timestamp });
    const altered = signed.replace('user_received_message', 'user_received_message ');
    const res = await fetch(`${demo.server.url}/notification-receipts/zalo`, {
      method: 'POST',
      headers: { 'x-zevent-signature': znsEventSignature(APP_ID, signed, timestamp, OA_SECRET) },
      body: altered,
    });
    expect(res.status).toBe(401);
    expect((await deliveredAt(delivery.id)).status).toBe('SENT');
  });

  it('changes nothing for another event, another message id, or a delivery that failed', async () => {
    const delivery = await sent();
    expect(
      await receipt({ msg_id: delivery.provider_message_id, tracking_id: delivery.id }, { event: 'user_seen_message' }),
    ).toEqual({ status: 200, body: { outcome: 'IGNORED' } });
    expect(await receipt({ msg_id: 'msg-of-another-message', tracking_id: delivery.id })).toEqual({
      status: 200,
      body: { outcome: 'IGNORED' },
    });
    expect(await receipt({ msg_id: 'x', tracking_id: 'not-a-delivery' })).toEqual({
      status: 200,
      body: { outcome: 'IGNORED' },
    });
    expect((await deliveredAt(delivery.id)).status).toBe('SENT');

    zns.answers.push({ error: -108, message: 'Phone number is invalid' });
    const notification = await releaseNotice();
    await deliverDue(ctx());
    const failed = await znsDelivery(notification);
    expect(await receipt({ tracking_id: failed.id })).toEqual({ status: 200, body: { outcome: 'IGNORED' } });
    expect((await deliveredAt(failed.id)).status).toBe('FAILED');
  });
});
