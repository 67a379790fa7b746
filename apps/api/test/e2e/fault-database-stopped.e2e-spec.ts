import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource } from '../../src/database/data-source.js';
import { DEMO_ACCOUNTS } from '../utils/demo-server.js';
import { type OwnCluster, startOwnCluster } from '../utils/own-cluster.js';
import { GqlClient, startTestServer, type TestServer } from '../utils/test-server.js';

/*
 * Fault (b): PostgreSQL stopped for 10 s while the API is under load. Its own cluster, since the
 * run's shared server must keep serving the other files.
 */

const STATEMENT_TIMEOUT_MS = 2_000;

let cluster: OwnCluster;
let dataSource: DataSource;
let server: TestServer;

beforeAll(async () => {
  cluster = await startOwnCluster();
  dataSource = createDataSource({ url: cluster.url, statementTimeoutMs: STATEMENT_TIMEOUT_MS });
  await dataSource.initialize();
  server = await startTestServer(dataSource);
}, 180_000);

afterAll(async () => {
  await server?.close();
  if (dataSource?.isInitialized) await dataSource.destroy();
  await cluster?.remove();
});

const STATS = `query { reintegrationStats(returnedSince: "2020-01-01", asOf: "2024-04-25") { returned { total } } }`;
const REGISTER = `mutation ($input: RegisterReturneeInput!) { registerReturnee(input: $input) { id } }`;

interface Outcome {
  ok: boolean;
  code: unknown;
  ms: number;
  at: number;
}

/** One request of the load: what came back, and how long it took. */
async function timed(run: () => Promise<{ data?: unknown; errors?: Array<{ extensions?: Record<string, unknown> }> }>) {
  const start = Date.now();
  const res = await run();
  const outcome: Outcome = {
    ok: !res.errors && res.data != null,
    code: res.errors?.[0]?.extensions?.code,
    ms: Date.now() - start,
    at: Date.now(),
  };
  return outcome;
}

async function healthStatus(): Promise<number> {
  return (await fetch(`${server.url}/healthz`)).status;
}

describe('PostgreSQL stopped for 10 s under load', () => {
  it('answers 503 on /healthz and fails requests fast while down, and recovers within 5 s without a restart', async () => {
    const officer = new GqlClient(server.url, { email: DEMO_ACCOUNTS.officer });
    const viewer = new GqlClient(server.url, { email: DEMO_ACCOUNTS.viewer });
    await Promise.all([officer.signIn(), viewer.signIn()]);
    expect(await healthStatus()).toBe(200);

    const outcomes: Outcome[] = [];
    let running = true;
    let n = 0;
    const worker = async (work: () => Promise<Outcome>) => {
      while (running) {
        outcomes.push(await work());
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    const load = Promise.all([
      worker(() => timed(() => viewer.request(STATS))),
      worker(() => timed(() => officer.request(STATS))),
      worker(() => timed(() => officer.request(REGISTER, { input: { fullName: `Tải Thử ${++n}` } }))),
    ]);

    await new Promise((resolve) => setTimeout(resolve, 500));
    const stoppedAt = Date.now();
    await cluster.stop();
    const healthWhileDown: number[] = [];
    while (Date.now() - stoppedAt < 10_000) {
      healthWhileDown.push(await healthStatus());
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const startingAt = Date.now();
    await cluster.start();
    const backAt = Date.now();
    let recoveredAt: number | undefined;
    while (Date.now() - backAt < 10_000 && recoveredAt === undefined) {
      const probe = await timed(() => officer.request(STATS));
      if (probe.ok && (await healthStatus()) === 200) recoveredAt = Date.now();
      else await new Promise((resolve) => setTimeout(resolve, 100));
    }
    running = false;
    await load;

    expect(healthWhileDown.length).toBeGreaterThan(5);
    expect(new Set(healthWhileDown)).toEqual(new Set([503]));
    // The API came back by itself, within 5 s of the database.
    expect(recoveredAt).toBeDefined();
    expect((recoveredAt ?? Infinity) - backAt).toBeLessThan(5_000);

    const whileDown = outcomes.filter((o) => o.at > stoppedAt + 1_000 && o.at < startingAt);
    expect(whileDown.length).toBeGreaterThan(10);
    for (const o of whileDown) {
      expect(o.ok).toBe(false);
      // A clear error, and no request waits past the statement timeout.
      expect(o.code).toBe('SERVICE_UNAVAILABLE');
      expect(o.ms).toBeLessThan(STATEMENT_TIMEOUT_MS);
    }
    const after = outcomes.filter((o) => o.at > (recoveredAt ?? Infinity) + 1_000);
    expect(after.every((o) => o.ok)).toBe(true);

    // Every registered person has the audit row of their registration: nothing half-written.
    const [rows] = await dataSource.query(
      `SELECT count(*)::int AS people,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM audit_event a WHERE a.object_id = r.id))::int AS audited
         FROM returnee r WHERE r.full_name LIKE 'Tải Thử %'`,
    );
    expect(rows.people).toBeGreaterThan(0);
    expect(rows.audited).toBe(rows.people);
  }, 60_000);
});
