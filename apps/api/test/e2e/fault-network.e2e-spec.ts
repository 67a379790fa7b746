import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource } from '../../src/database/data-source.js';
import { createLogger } from '../../src/logger.js';
import { loadDemoData } from '../../src/seed/demo.js';
import { DEMO_ACCOUNTS } from '../utils/demo-server.js';
import { type TcpProxy, startTcpProxy } from '../utils/tcp-proxy.js';
import { createTestDatabase, type TestDatabase } from '../utils/test-database.js';
import { GqlClient, startTestServer, type TestServer } from '../utils/test-server.js';

/*
 * Fault (c): a slow, then a reset, connection between the API and PostgreSQL, through a TCP proxy
 * in the test. The API's pool talks through the proxy; the checks read the database directly.
 */

const STATEMENT_TIMEOUT_MS = 1_000;
/** The client gives up this long after the statement timeout (data-source.ts). */
const READ_TIMEOUT_MS = STATEMENT_TIMEOUT_MS + 2_000;

let db: TestDatabase;
let proxy: TcpProxy;
let dataSource: DataSource;
let server: TestServer;

beforeAll(async () => {
  db = await createTestDatabase();
  await loadDemoData(db.dataSource, createLogger('silent'));
  const direct = new URL(db.url);
  proxy = await startTcpProxy({ host: direct.hostname, port: Number(direct.port) });
  const viaProxy = new URL(db.url);
  viaProxy.port = String(proxy.port);
  dataSource = createDataSource({ url: viaProxy.toString(), statementTimeoutMs: STATEMENT_TIMEOUT_MS });
  await dataSource.initialize();
  server = await startTestServer(dataSource);
});

afterAll(async () => {
  await server?.close();
  if (dataSource?.isInitialized) await dataSource.destroy();
  await proxy?.close();
  await db?.drop();
});

const STATS = `query { reintegrationStats(returnedSince: "2020-01-01", asOf: "2024-04-25") { returned { total } } }`;
const REGISTER = `mutation ($input: RegisterReturneeInput!) { registerReturnee(input: $input) { id } }`;

/** People named `prefix…`, and how many of them have an audit row: the two must always agree. */
async function peopleAndAudits(prefix: string) {
  const [row] = await db.dataSource.query(
    `SELECT count(*)::int AS people,
            count(*) FILTER (WHERE EXISTS (SELECT 1 FROM audit_event a WHERE a.object_id = r.id))::int AS audited,
            coalesce(array_agg(r.id::text), '{}') AS ids
       FROM returnee r WHERE r.full_name LIKE $1`,
    [`${prefix}%`],
  );
  return row as { people: number; audited: number; ids: string[] };
}

async function firstSuccess(run: () => Promise<{ errors?: unknown }>, withinMs: number): Promise<number> {
  const start = Date.now();
  while (Date.now() - start < withinMs) {
    if (!(await run()).errors) return Date.now() - start;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no success within ${withinMs} ms`);
}

describe('a slow or reset connection to PostgreSQL', () => {
  it('times out on a stalled network, writes nothing half-way, and recovers at once when the network does', async () => {
    const officer = new GqlClient(server.url, { email: DEMO_ACCOUNTS.officer });
    await officer.signIn();
    expect((await officer.request(STATS)).errors).toBeUndefined();

    proxy.delayMs = 8_000;
    const started = Date.now();
    const [read, write] = await Promise.all([
      officer.request(STATS),
      officer.request(REGISTER, { input: { fullName: 'Chậm Mạng' } }),
    ]);
    const took = Date.now() - started;
    expect(read.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(write.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    // The client's own deadline fired: no request waited for the 8 s network.
    expect(took).toBeLessThan(READ_TIMEOUT_MS + 1_500);

    proxy.delayMs = 0;
    // The stalled connections were dropped: the pool serves again at once, not after the late answers.
    // (Left waiting, they would block the pool until the 8 s answers came.)
    expect(await firstSuccess(() => officer.request(STATS), 2_500)).toBeLessThan(2_500);
    await new Promise((resolve) => setTimeout(resolve, 8_500)); // anything held back has arrived or been dropped
    const after = await peopleAndAudits('Chậm Mạng');
    expect(after.audited).toBe(after.people);
  }, 30_000);

  it('survives every connection being reset under concurrent writes: no partial write, no lost acknowledged write', async () => {
    const officer = new GqlClient(server.url, { email: DEMO_ACCOUNTS.officer });
    await officer.signIn();
    const acknowledged: string[] = [];
    const failures: unknown[] = [];
    let running = true;
    let n = 0;
    const worker = async () => {
      while (running) {
        const res = await officer.request<{ registerReturnee: { id: string } }>(REGISTER, {
          input: { fullName: `Đặt Lại ${++n}` },
        });
        if (res.data?.registerReturnee) acknowledged.push(res.data.registerReturnee.id);
        else failures.push(res.errors?.[0]?.extensions?.code);
      }
    };
    const load = Promise.all([worker(), worker(), worker(), worker()]);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const resetAt = Date.now();
    for (let i = 0; i < 3; i++) {
      proxy.resetAll();
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    await new Promise((resolve) => setTimeout(resolve, 700));
    running = false;
    await load;

    expect(Date.now() - resetAt).toBeLessThan(5_000);
    expect(failures.length).toBeGreaterThan(0);
    expect(new Set(failures)).toEqual(new Set(['SERVICE_UNAVAILABLE']));
    // The pool recovered by itself.
    expect(await firstSuccess(() => officer.request(STATS), 3_000)).toBeLessThan(3_000);
    const stored = await peopleAndAudits('Đặt Lại');
    expect(stored.audited).toBe(stored.people);
    for (const id of acknowledged) expect(stored.ids).toContain(id);
  }, 30_000);

  it('still lets maintenance run a statement longer than the timeouts once it turns the statement timeout off', async () => {
    const slept = await dataSource.transaction(async (tx) => {
      await tx.query('SET LOCAL statement_timeout = 0');
      return tx.query(`SELECT true AS done FROM pg_sleep(${(READ_TIMEOUT_MS + 500) / 1000})`);
    });
    expect(slept).toEqual([{ done: true }]);
    // The next transaction on the pool is bounded again.
    const cut = dataSource.transaction((tx) => tx.query('SELECT pg_sleep(2)'));
    await expect(cut).rejects.toMatchObject({ driverError: { code: '57014' } });
  }, 20_000);
});
