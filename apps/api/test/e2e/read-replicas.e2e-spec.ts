import type { Logger as TypeOrmLogger, QueryRunner } from 'typeorm';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource } from '../../src/database/data-source.js';
import { type JobQueue, startJobQueue } from '../../src/jobs/job-queue.js';
import { createLogger } from '../../src/logger.js';
import { exportJob } from '../../src/modules/exports/export.jobs.js';
import { getSchema } from '../../src/schema/build-schema.js';
import { startApiProcess } from '../utils/api-process.js';
import { DEMO_ACCOUNTS } from '../utils/demo-server.js';
import {
  caughtUp,
  type OwnCluster,
  type Replica,
  startOwnCluster,
  startReplica,
  withClient,
} from '../utils/own-cluster.js';
import { GqlClient, startTestServer, type TestServer } from '../utils/test-server.js';

/*
 * A real primary and a real streaming replica (embedded binaries, own cluster): the API reads
 * statistics and lists from the replica, a caller's own write from the primary, and everything
 * from the primary while the replica is down.
 */

/** Which server (by port) ran each statement. */
const statements: Array<{ sql: string; port: number | undefined }> = [];
const recorder: TypeOrmLogger = {
  logQuery(sql: string, _parameters?: unknown[], runner?: QueryRunner) {
    const connection = (runner as unknown as { databaseConnection?: { port?: number } } | undefined)
      ?.databaseConnection;
    statements.push({ sql, port: connection?.port });
  },
  logQueryError: () => undefined,
  logQuerySlow: () => undefined,
  logSchemaBuild: () => undefined,
  logMigration: () => undefined,
  log: () => undefined,
};

let primary: OwnCluster;
let replica: Replica;
let dataSource: DataSource;
let server: TestServer;
let jobs: JobQueue;

beforeAll(async () => {
  primary = await startOwnCluster();
  replica = await startReplica(primary);
  dataSource = createDataSource({ url: primary.url, replicaUrls: [replica.url], logger: recorder });
  await dataSource.initialize();
  server = await startTestServer(dataSource);
  jobs = await startJobQueue({ dataSource, log: createLogger('silent'), jobs: [exportJob], schema: getSchema });
}, 180_000);

afterAll(async () => {
  await jobs?.stop();
  await server?.close();
  if (dataSource?.isInitialized) await dataSource.destroy();
  await replica?.remove();
  await primary?.remove();
});

const STATS = `query { reintegrationStats(returnedSince: "2020-01-01", asOf: "2024-04-25") {
  returned { total } inCaseload { total } } }`;
const FIND = `query ($search: String) { returnees(first: 5, filter: { search: $search }) { totalCount edges { node { id fullName } } } }`;
const REGISTER = `mutation ($input: RegisterReturneeInput!) { registerReturnee(input: $input) { id } }`;

/** The ports that served the statements `run` made, among those mentioning `table`. */
async function portsUsed(table: RegExp, run: () => Promise<unknown>): Promise<Set<number | undefined>> {
  const from = statements.length;
  await run();
  return new Set(
    statements
      .slice(from)
      .filter((s) => table.test(s.sql))
      .map((s) => s.port),
  );
}

async function health() {
  return (await (await fetch(`${server.url}/healthz`)).json()) as { status: string; replicasUp?: number };
}

async function eventually(check: () => Promise<boolean>, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('the condition did not hold in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('read replicas (DATABASE_REPLICA_URLS)', () => {
  it('streams from the primary, and answers statistics from the replica', async () => {
    const [standby] = await withClient(primary.url, (c) =>
      c.query<{ state: string }>(`SELECT state FROM pg_stat_replication WHERE application_name = 'replica1'`),
    );
    expect(standby?.state).toBe('streaming');
    expect(await health()).toEqual({ status: 'ok', replicasUp: 1 });

    const officer = new GqlClient(server.url, { email: DEMO_ACCOUNTS.officer });
    await officer.signIn();
    let res: Awaited<ReturnType<GqlClient['request']>> | undefined;
    const ports = await portsUsed(/statistics/, async () => {
      res = await officer.request(STATS);
    });
    expect(res?.errors).toBeUndefined();
    expect(res?.data).toEqual({ reintegrationStats: { returned: { total: 34 }, inCaseload: { total: 10 } } });
    expect(ports).toEqual(new Set([replica.port]));
    // The replica's own view: the API's connections are there.
    const seen = await withClient(replica.url, (c) =>
      c.query(`SELECT 1 FROM pg_stat_activity WHERE application_name = 'hoanhap-api'`),
    );
    expect(seen.length).toBeGreaterThan(0);
  });

  it('answers a write’s author from the primary while the replica lags, and others from the replica', async () => {
    const officer = new GqlClient(server.url, { email: DEMO_ACCOUNTS.officer });
    const committee = new GqlClient(server.url, { email: DEMO_ACCOUNTS.committee });
    await Promise.all([officer.signIn(), committee.signIn()]);
    await withClient(replica.url, (c) => c.query('SELECT pg_wal_replay_pause()'));
    try {
      const written = await officer.request(REGISTER, { input: { fullName: 'Lò Văn Replica' } });
      expect(written.errors).toBeUndefined();

      let own: Awaited<ReturnType<GqlClient['request']>> | undefined;
      const ownPorts = await portsUsed(/returnee/, async () => {
        own = await officer.request(FIND, { search: 'lo van replica' });
      });
      expect(own?.data).toMatchObject({ returnees: { totalCount: 1 } });
      expect(ownPorts).toEqual(new Set([primary.port]));

      // Someone else reads the replica, which has not replayed the write yet: the lag is real.
      const other = await committee.request(FIND, { search: 'lo van replica' });
      expect(other.errors).toBeUndefined();
      expect(other.data).toMatchObject({ returnees: { totalCount: 0 } });
    } finally {
      await withClient(replica.url, (c) => c.query('SELECT pg_wal_replay_resume()'));
    }
    await caughtUp(primary, replica);
    // Once the replica has replayed the write, its author reads the replica again.
    await eventually(async () => {
      const ports = await portsUsed(/returnee/, () => officer.request(FIND, { search: 'lo van replica' }));
      return ports.size === 1 && ports.has(replica.port);
    });
    expect((await committee.request(FIND, { search: 'lo van replica' })).data).toMatchObject({
      returnees: { totalCount: 1 },
    });
  });

  it('writes an export from pages read on the replica', async () => {
    const officer = new GqlClient(server.url, { email: DEMO_ACCOUNTS.officer });
    await officer.signIn();
    const JOB = 'id status rowsWritten';
    type Job = { id: string; status: string; rowsWritten: number };
    const from = statements.length;
    const started = await officer.request<{ startExport: Job }>(
      `mutation ($input: StartExportInput!) { startExport(input: $input) { ${JOB} } }`,
      { input: { list: 'RETURNEES' } },
    );
    expect(started.errors).toBeUndefined();
    let job = started.data?.startExport as Job;
    await eventually(async () => {
      const res = await officer.request<{ exportJob: Job }>(`query ($id: ID!) { exportJob(id: $id) { ${JOB} } }`, {
        id: job.id,
      });
      job = res.data?.exportJob as Job;
      return job.status === 'SUCCEEDED';
    }, 30_000);
    expect(job.rowsWritten).toBeGreaterThan(30);
    // The list's pages: the returnees' query, as the export runs it, on the replica.
    const pages = statements.slice(from).filter((s) => /FROM "?returnee"? /.test(s.sql) && /LIMIT/i.test(s.sql));
    expect(pages.length).toBeGreaterThan(0);
    expect(new Set(pages.map((p) => p.port))).toEqual(new Set([replica.port]));
  });

  it('reads the primary while the replica is stopped, and the replica again once it is back', async () => {
    const officer = new GqlClient(server.url, { email: DEMO_ACCOUNTS.officer });
    await officer.signIn();
    await replica.stop();
    let res: Awaited<ReturnType<GqlClient['request']>> | undefined;
    const ports = await portsUsed(/statistics/, async () => {
      res = await officer.request(STATS);
    });
    expect(res?.errors).toBeUndefined();
    expect(res?.data).toEqual({ reintegrationStats: { returned: { total: 34 }, inCaseload: { total: 10 } } });
    expect(ports).toEqual(new Set([primary.port]));
    await eventually(async () => (await health()).replicasUp === 0);

    await replica.start();
    await eventually(async () => (await health()).replicasUp === 1);
    const back = await portsUsed(/statistics/, () => officer.request(STATS));
    expect(back).toEqual(new Set([replica.port]));
  });

  it('is configured by DATABASE_REPLICA_URLS in an API process, which reports the replica on /healthz', async () => {
    const api = await startApiProcess(primary.url, { DATABASE_REPLICA_URLS: replica.url });
    try {
      const health = await (await fetch(`${api.url}/healthz`)).json();
      expect(health).toEqual({ status: 'ok', replicasUp: 1 });
    } finally {
      api.child.kill('SIGTERM');
      await api.exited;
    }
  }, 120_000);
});
