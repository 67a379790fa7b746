import { setTimeout as sleep } from 'node:timers/promises';
import { addDays, todayInVietnam } from '@hoanhap/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOB_QUEUE_SCHEMA } from '../../src/jobs/job-queue-schema.js';
import { taskRulesJob } from '../../src/modules/tasks/tasks.jobs.js';
import { type ApiProcess, startApiProcess } from '../utils/api-process.js';
import { createAgreement } from '../utils/agreements.js';
import { DEMO_ACCOUNTS, withDemoServer } from '../utils/demo-server.js';
import { errorCode, GqlClient } from '../utils/test-server.js';

/*
 * Issue 14 §1: the API keeps nothing that matters in its processes. Two real API processes on one
 * database share sessions, the sign-in throttle, a department key's hourly points and the schedule.
 */
const { db } = withDemoServer({ serve: false });
const ME = '{ me { email } }';
const SHARED = { SESSION_SECRET: 's'.repeat(40), SERVICE_KEY_POINTS_PER_HOUR: '10', LOG_LEVEL: 'info' };

let a: ApiProcess;
let b: ApiProcess;
beforeAll(async () => {
  // Started together: both apply the (no) pending migrations and ask for the start-up runs at once.
  [a, b] = await Promise.all([startApiProcess(db.url, SHARED), startApiProcess(db.url, SHARED)]);
}, 240_000);
afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
});

/** A client of `on` presenting the session cookie another client got elsewhere. */
function withCookieOf(client: GqlClient, on: ApiProcess): GqlClient {
  const other = new GqlClient(on.url);
  other.cookie = client.cookie;
  return other;
}

async function createKey(admin: GqlClient): Promise<string> {
  const res = await admin.request<{ createServiceAccount: { key: string } }>(
    `mutation ($input: CreateServiceAccountInput!) { createServiceAccount(input: $input) { key } }`,
    {
      input: {
        name: 'Sở LĐ-TB&XH – đồng bộ',
        role: 'VIEWER',
        unitCode: 'lam-ha',
        allowedOperations: ['returnees'],
        agreementId: await createAgreement(admin, { allowedOperations: ['returnees'] }),
        expiresOn: addDays(todayInVietnam(), 90),
      },
    },
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data?.createServiceAccount.key ?? '';
}

async function withKey(on: ApiProcess, key: string) {
  const res = await fetch(`${on.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
  await res.arrayBuffer();
  return { status: res.status, used: Number(res.headers.get('x-ratelimit-used')) };
}

describe('two API processes on one database', () => {
  it('run on ports of their own', () => {
    expect(a.port).not.toBe(b.port);
  });

  it('accept on one a session made on the other', async () => {
    const onA = new GqlClient(a.url);
    await onA.login(DEMO_ACCOUNTS.officer);
    const res = await withCookieOf(onA, b).request<{ me: { email: string } }>(ME);
    expect(res.errors).toBeUndefined();
    expect(res.data?.me.email).toBe(DEMO_ACCOUNTS.officer);
  });

  it('end the session on both when it is ended on one', async () => {
    const onA = new GqlClient(a.url);
    await onA.login(DEMO_ACCOUNTS.viewer);
    const onB = withCookieOf(onA, b);
    expect((await onB.request(ME)).errors).toBeUndefined();
    expect((await onB.request('mutation { logout }')).data).toEqual({ logout: true });
    expect(errorCode(await withCookieOf(onA, a).request(ME))).toBe('UNAUTHENTICATED');
    expect(errorCode(await withCookieOf(onA, b).request(ME))).toBe('UNAUTHENTICATED');
  });

  it('count failed sign-ins together: the sixth is refused whichever process takes it', async () => {
    for (const on of [a, b, a, b, a]) {
      const res = await new GqlClient(on.url).request(
        'mutation ($i: LoginInput!) { login(input: $i) { user { id } } }',
        { i: { email: DEMO_ACCOUNTS.committee, password: 'not-the-password' } },
      );
      expect(errorCode(res)).toBe('INVALID_CREDENTIALS');
    }
    const sixth = new GqlClient(b.url);
    await expect(sixth.login(DEMO_ACCOUNTS.committee)).rejects.toThrow(/TOO_MANY_ATTEMPTS/);
  });

  it('spend a department key’s hourly points from one budget', async () => {
    const admin = new GqlClient(a.url);
    await admin.login(DEMO_ACCOUNTS.admin);
    const key = await createKey(admin);
    for (let i = 1; i <= 6; i++) expect(await withKey(a, key)).toEqual({ status: 200, used: i });
    // The other process starts from what the first one spent: 10 points an hour in all.
    for (let i = 7; i <= 10; i++) expect(await withKey(b, key)).toEqual({ status: 200, used: i });
    expect((await withKey(a, key)).status).toBe(429);
    expect((await withKey(b, key)).status).toBe(429);
  });

  it('run a scheduled rule once, whichever process sees its time come', async () => {
    const q = (sql: string, params: unknown[] = []) => db.dataSource.query(sql, params);
    const pending = async () =>
      (
        await q(
          `SELECT count(*)::int AS n FROM ${JOB_QUEUE_SCHEMA}.job WHERE name = $1 AND state IN ('created', 'retry', 'active')`,
          [taskRulesJob.name],
        )
      )[0].n as number;
    // Both processes asked for a start-up run in the same minute: one was made. Let it finish.
    for (let i = 0; i < 60 && (await pending()) > 0; i++) await sleep(500);
    expect(await pending()).toBe(0);

    // The rule's time becomes the next minute, set at least 10 s before it starts, so each process's
    // clock has the whole minute to see it due (both may; one check counts every 10 s).
    const seconds = Number((await q('SELECT extract(second FROM now()) AS s'))[0].s);
    if (seconds > 50) await sleep((61 - seconds) * 1000);
    const [{ since, minute, hour }] = await q(
      `SELECT now() AS since, extract(minute FROM next)::int AS minute, extract(hour FROM next)::int AS hour
         FROM (SELECT (now() + interval '1 minute') AT TIME ZONE 'UTC' AS next) AS t`,
    );
    await q(`UPDATE ${JOB_QUEUE_SCHEMA}.schedule SET cron = $2, timezone = 'UTC' WHERE name = $1`, [
      taskRulesJob.name,
      `${minute} ${hour} * * *`,
    ]);
    const runs = async () =>
      (await q(`SELECT state FROM ${JOB_QUEUE_SCHEMA}.job WHERE name = $1 AND created_on >= $2`, [
        taskRulesJob.name,
        since,
      ])) as Array<{ state: string }>;
    // Past the rule's minute, and the few seconds the queue takes to turn the schedule into a run.
    const minuteLeftMs = (60 - Number((await q('SELECT extract(second FROM now()) AS s'))[0].s)) * 1000;
    await sleep(minuteLeftMs + 60_000 + 8_000);
    for (let i = 0; i < 40 && !(await runs()).some((r) => r.state === 'completed'); i++) await sleep(500);
    expect(await runs()).toEqual([{ state: 'completed' }]);
  }, 240_000);
});
