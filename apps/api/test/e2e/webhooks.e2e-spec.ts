import { setTimeout as sleep } from 'node:timers/promises';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTransaction } from '../../src/common/transaction.js';
import type { WebhookSettings } from '../../src/config.js';
import { recordEvent } from '../../src/modules/events/events.service.js';
import { purgeWebhookLog, webhookDeliverJob, webhookDispatchJob } from '../../src/modules/webhooks/webhook.jobs.js';
import { withDemoServer } from '../utils/demo-server.js';
import { withJobWorkers } from '../utils/job-workers.js';
import { lifecycleSteps } from '../utils/lifecycle.js';
import { testSystemContext } from '../utils/system-context.js';
import { type Received, startWebhookReceiver } from '../utils/webhook-receiver.js';

/*
 * Departments' webhooks, end to end: events written with the change they record, dispatched by
 * two workers (two API processes), signed as Standard Webhooks says and checked by a receiver
 * with the library's own `verify`. Retries wait a second here instead of minutes.
 */
const webhooks: WebhookSettings = {
  allowHttpLocalhost: true,
  timeoutMs: 3000,
  retrySeconds: [1, 1, 1],
  disableAfterFailures: 5,
};
const { client, db, sql, one, ids } = withDemoServer({ webhooks });
const admin = client('admin');
const officer = client('officer');
withJobWorkers(db, [webhookDispatchJob, webhookDeliverJob], 2, { webhooks });

// `/flaky` fails its first attempt with a 500, `/gone` answers 410, `/down` always 503.
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
beforeAll(async () => {
  receiver = await startWebhookReceiver((path, nth) => {
    if (path.startsWith('/flaky')) return nth === 1 ? 500 : 204;
    if (path.startsWith('/gone')) return 410;
    if (path.startsWith('/down')) return 503;
    return 200;
  });
});
afterAll(() => receiver?.close());

interface Endpoint {
  id: string;
  status: string;
  disabledReason: string | null;
  consecutiveFailures: number;
}
const ENDPOINT = 'id status disabledReason consecutiveFailures';

/** An agreement with a department over `unitCode`'s scope, in force unless told otherwise. */
async function agreement(unitCode: string, status = 'ACTIVE'): Promise<string> {
  const row = await one<{ id: string }>(
    `INSERT INTO data_sharing_agreement (unit_id, counterpart, legal_basis_number, purpose, starts_on, ends_on, status, version)
     VALUES ($1, 'Sở Lao động Hải Phòng', '125/QĐ-UBND', 'Hỗ trợ việc làm', current_date - 30, current_date + 365, $2, 1)
     RETURNING id`,
    [await ids.unit(unitCode), status],
  );
  return row.id;
}

async function subscribe(agreementId: string, path: string, eventTypes: string[]) {
  const res = await admin.request<{ createWebhookEndpoint: { endpoint: Endpoint; secret: string } }>(
    `mutation ($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { endpoint { ${ENDPOINT} } secret } }`,
    { input: { agreementId, url: receiver.url(path), eventTypes } },
  );
  expect(res.errors).toBeUndefined();
  return res.data?.createWebhookEndpoint as { endpoint: Endpoint; secret: string };
}

/** An event written in a transaction of its own, as a service would write it with its change. */
async function happened(type: 'case.closed' | 'report.submitted', unitCode: string, subjectId: string) {
  const unitId = await ids.unit(unitCode);
  await withTransaction(testSystemContext(db.dataSource), (ctx) => recordEvent(ctx, { type, subjectId, unitId }));
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > end) throw new Error(`not reached in time: ${JSON.stringify(value)}`);
    await sleep(200);
  }
}

const arrived = (path: string, n: number) =>
  until(
    async () => receiver.received(path),
    (r) => r.length >= n,
  );
const payloadOf = (r: Received) =>
  JSON.parse(r.body) as { type: string; timestamp: string; data: Record<string, string> };
const headersOf = (r: Received) => r.headers as Record<string, string>;
const endpoint = (id: string) =>
  one<{ status: string; disabled_reason: string | null }>(
    'SELECT status, disabled_reason FROM webhook_endpoint WHERE id = $1',
    [id],
  );

describe('webhooks for departments', () => {
  it('delivers a committed change once, thin and signed, and the receiver verifies it with the library', async () => {
    const { endpoint: ep, secret } = await subscribe(await agreement('lam-ha'), '/ok', [
      'person.received',
      'case.closed',
    ]);
    const person = await lifecycleSteps({ sql, one }, officer).personAt('CLOSED');
    // Sent side by side, so in either order: receivers order by occurredAt.
    const [first, second] = (await arrived('/ok', 2)).sort((a, b) =>
      payloadOf(b).type.localeCompare(payloadOf(a).type),
    );
    await sleep(2500); // time for a duplicate to show up, if there were one
    expect(receiver.received('/ok')).toHaveLength(2);
    for (const r of [first, second] as Received[]) {
      expect(() => new Webhook(secret).verify(r.body, headersOf(r))).not.toThrow();
      expect(headersOf(r)['webhook-id']).toMatch(/^msg_/);
    }
    expect(payloadOf(first as Received)).toMatchObject({
      type: 'person.received',
      data: { id: person, unitCode: 'lam-ha' },
    });
    expect(payloadOf(second as Received)).toMatchObject({
      type: 'case.closed',
      data: { id: person, unitCode: 'lam-ha' },
    });
    expect(Object.keys(payloadOf(second as Received).data).sort()).toEqual(['id', 'occurredAt', 'unitCode']);
    expect((await endpoint(ep.id)).status).toBe('ENABLED');
  });

  it('sends nothing for a change that rolled back', async () => {
    await subscribe(await agreement('lam-ha'), '/rolled-back', ['case.closed']);
    const unitId = await ids.unit('lam-ha');
    await expect(
      withTransaction(testSystemContext(db.dataSource), async (ctx) => {
        await recordEvent(ctx, { type: 'case.closed', subjectId: await ids.person('lam-ha'), unitId });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    await happened('case.closed', 'lam-ha', await ids.person('lam-ha'));
    await arrived('/rolled-back', 1);
    await sleep(2500);
    expect(receiver.received('/rolled-back')).toHaveLength(1);
  });

  it('retries after a 500 and then delivers, with the same webhook-id, each attempt in the log', async () => {
    const { endpoint: ep, secret } = await subscribe(await agreement('lam-ha'), '/flaky', ['report.submitted']);
    await happened('report.submitted', 'lam-ha', await ids.unit('lam-ha'));
    const [failed, delivered] = (await arrived('/flaky', 2)) as [Received, Received];
    expect(headersOf(delivered)['webhook-id']).toBe(headersOf(failed)['webhook-id']);
    expect(() => new Webhook(secret).verify(delivered.body, headersOf(delivered))).not.toThrow();
    const log = await until(
      () =>
        admin.request<{ webhookDeliveries: { edges: Array<{ node: Record<string, unknown> }> } }>(
          `query ($id: ID!) { webhookDeliveries(endpointId: $id) { edges { node { status attempts lastStatusCode attemptLog { statusCode } } } } }`,
          { id: ep.id },
        ),
      (res) => res.data?.webhookDeliveries.edges[0]?.node.status === 'SUCCEEDED',
    );
    expect(log.data?.webhookDeliveries.edges[0]?.node).toMatchObject({
      status: 'SUCCEEDED',
      attempts: 2,
      lastStatusCode: 204,
      attemptLog: [{ statusCode: 204 }, { statusCode: 500 }],
    });
  });

  it('stops at a 410 and disables the endpoint: later events are not sent to it', async () => {
    const { endpoint: ep } = await subscribe(await agreement('lam-ha'), '/gone', ['case.closed']);
    await happened('case.closed', 'lam-ha', await ids.person('lam-ha'));
    await arrived('/gone', 1);
    expect(
      await until(
        () => endpoint(ep.id),
        (e) => e.status === 'DISABLED',
      ),
    ).toEqual({
      status: 'DISABLED',
      disabled_reason: 'GONE',
    });
    await happened('case.closed', 'lam-ha', await ids.person('lam-ha'));
    await sleep(3000);
    expect(receiver.received('/gone')).toHaveLength(1);
    expect(
      (await sql(`SELECT 1 FROM audit_event WHERE action = 'disableWebhookEndpoint' AND object_id = $1`, [ep.id]))
        .length,
    ).toBe(1);
  });

  it('signs with both secrets while a rotation overlaps, so either verifies', async () => {
    const { endpoint: ep, secret: old } = await subscribe(await agreement('lam-ha'), '/rotated', ['case.closed']);
    const res = await admin.request<{ rotateWebhookSecret: { secret: string } }>(
      `mutation ($id: ID!) { rotateWebhookSecret(id: $id) { secret endpoint { id } } }`,
      { id: ep.id },
    );
    const fresh = res.data?.rotateWebhookSecret.secret as string;
    expect(fresh).toMatch(/^whsec_/);
    expect(fresh).not.toBe(old);
    await happened('case.closed', 'lam-ha', await ids.person('lam-ha'));
    const [r] = (await arrived('/rotated', 1)) as [Received];
    expect(headersOf(r)['webhook-signature']?.split(' ')).toHaveLength(2);
    expect(() => new Webhook(old).verify(r.body, headersOf(r))).not.toThrow();
    expect(() => new Webhook(fresh).verify(r.body, headersOf(r))).not.toThrow();
  });

  it('sends nothing about units outside the agreement, nor under a suspended agreement', async () => {
    await subscribe(await agreement('lam-ha'), '/scoped', ['case.closed']);
    await subscribe(await agreement('lam-ha', 'SUSPENDED'), '/suspended', ['case.closed']);
    await happened('case.closed', 'van-dau', await ids.person('van-dau'));
    await happened('case.closed', 'lam-ha', await ids.person('lam-ha'));
    const [r] = (await arrived('/scoped', 1)) as [Received];
    await sleep(2500);
    expect(receiver.received('/scoped')).toHaveLength(1);
    expect(payloadOf(r).data.unitCode).toBe('lam-ha');
    expect(receiver.received('/suspended')).toHaveLength(0);
  });

  it('tells a city-wide agreement about every ward below it', async () => {
    await subscribe(await agreement('hai-phong'), '/city', ['case.closed']);
    await happened('case.closed', 'van-dau', await ids.person('van-dau'));
    const [r] = (await arrived('/city', 1)) as [Received];
    expect(payloadOf(r).data.unitCode).toBe('van-dau');
  });

  it('delivers each of many events exactly once with two workers dispatching', async () => {
    await subscribe(await agreement('lam-ha'), '/many', ['report.submitted']);
    const unit = await ids.unit('lam-ha');
    await Promise.all(Array.from({ length: 30 }, () => happened('report.submitted', 'lam-ha', unit)));
    await arrived('/many', 30);
    await sleep(3000);
    const seen = receiver.received('/many').map((r) => headersOf(r)['webhook-id']);
    expect(seen).toHaveLength(30);
    expect(new Set(seen).size).toBe(30);
  });

  it('sends a test event on request', async () => {
    const { endpoint: ep, secret } = await subscribe(await agreement('lam-ha'), '/test', ['case.closed']);
    const res = await admin.request(`mutation ($id: ID!) { sendTestWebhookEvent(id: $id) { id status } }`, {
      id: ep.id,
    });
    expect(res.errors).toBeUndefined();
    const [r] = (await arrived('/test', 1)) as [Received];
    expect(payloadOf(r)).toMatchObject({ type: 'test', data: { unitCode: 'lam-ha' } });
    expect(() => new Webhook(secret).verify(r.body, headersOf(r))).not.toThrow();
  });

  it('refuses endpoints that are not https or point inside the network', async () => {
    const agreementId = await agreement('lam-ha');
    for (const url of [
      'http://example.com/hook',
      'https://10.0.0.8/hook',
      'https://169.254.169.254/',
      'https://intranet/x',
    ]) {
      const res = await admin.request(
        `mutation ($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret } }`,
        { input: { agreementId, url, eventTypes: ['case.closed'] } },
      );
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.url' });
    }
  });

  it('leaves webhooks to administrators of the agreement’s scope', async () => {
    const agreementId = await agreement('lam-ha');
    const res = await officer.request(`query ($id: ID!) { webhookEndpoints(agreementId: $id) { id } }`, {
      id: agreementId,
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('forgets finished deliveries and dispatched events after 90 days, never a pending one', async () => {
    await sql(`UPDATE webhook_delivery SET created_at = now() - interval '100 days'`);
    await sql(
      `UPDATE domain_event SET webhooks_dispatched_at = now() - interval '100 days' WHERE webhooks_dispatched_at IS NOT NULL`,
    );
    const pending = await one<{ n: number }>(
      `SELECT count(*)::int AS n FROM webhook_delivery WHERE status = 'PENDING'`,
    );
    const purged = await purgeWebhookLog(testSystemContext(db.dataSource));
    expect(purged.deliveries).toBeGreaterThan(0);
    expect(purged.events).toBeGreaterThan(0);
    expect(await one<{ n: number }>('SELECT count(*)::int AS n FROM webhook_delivery')).toEqual(pending);
    expect(
      (
        await one<{ n: number }>(
          'SELECT count(*)::int AS n FROM webhook_attempt a LEFT JOIN webhook_delivery d ON d.id = a.delivery_id WHERE d.id IS NULL',
        )
      ).n,
    ).toBe(0);
  });
});
