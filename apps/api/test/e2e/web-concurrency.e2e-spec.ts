import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiProcess, startApiProcess } from '../utils/api-process.js';
import { DEMO_ACCOUNTS, withDemoServer } from '../utils/demo-server.js';
import { GqlClient } from '../utils/test-server.js';

/* Issue 14 §1: `WEB_CONCURRENCY=2` serves one port from two worker processes of one primary. */
const { db } = withDemoServer({ serve: false });
const METRICS_TOKEN = 'm'.repeat(32);

let api: ApiProcess;
beforeAll(async () => {
  api = await startApiProcess(db.url, {
    WEB_CONCURRENCY: '2',
    LOG_LEVEL: 'debug',
    SESSION_SECRET: 's'.repeat(40),
    METRICS_TOKEN: METRICS_TOKEN,
  });
}, 240_000);
afterAll(async () => {
  await api?.stop();
});

const lines = (msg: string) => api.lines().filter((line) => line.msg === msg);
const workerPids = () => new Set(lines('worker listening').map((line) => line.pid as number));

/** A GraphQL request on a connection of its own: the primary hands each connection to a worker. */
async function typename() {
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', connection: 'close' },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
  return (await res.json()) as { data?: { __typename: string } };
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('WEB_CONCURRENCY=2', () => {
  it('says it is ready once both workers listen on the one port', () => {
    const ready = api.lines().find((line) => String(line.msg).includes(' is ready at '));
    expect(ready).toMatchObject({ workers: 2, pid: api.pid });
    expect(workerPids().size).toBe(2);
    expect(new Set(lines('worker listening').map((line) => line.port))).toEqual(new Set([api.port]));
    expect(workerPids().has(api.pid)).toBe(false);
  });

  it('answers on that port from both workers, with one session for all of them', async () => {
    const officer = new GqlClient(api.url);
    await officer.login(DEMO_ACCOUNTS.officer);
    for (let i = 0; i < 6; i++) {
      expect((await typename()).data).toEqual({ __typename: 'Query' });
      expect((await officer.request<{ me: { email: string } }>('{ me { email } }')).data?.me.email).toBe(
        DEMO_ACCOUNTS.officer,
      );
    }
    const answeredBy = new Set(
      api
        .lines()
        .filter((line) => (line.req as { path?: string } | undefined)?.path === '/graphql')
        .map((line) => line.pid),
    );
    expect(answeredBy).toEqual(workerPids());
  });

  it('reports on /metrics what all the workers counted, whichever worker takes the scrape', async () => {
    const scrape = async () => {
      const res = await fetch(`${api.url}/metrics`, {
        headers: { authorization: `Bearer ${METRICS_TOKEN}`, connection: 'close' },
      });
      expect(res.status).toBe(200);
      return res.text();
    };
    const count = (text: string, metric: string) =>
      text
        .split('\n')
        .filter((line) => line.startsWith(`${metric}{`) || line.startsWith(`${metric} `))
        .reduce((sum, line) => sum + Number(line.split(' ').at(-1)), 0);
    const before = await scrape();
    for (let i = 0; i < 6; i++) await typename();
    // Consecutive scrapes land on different workers (round robin); each reports both workers' requests.
    for (let i = 0; i < 2; i++) {
      const after = await scrape();
      expect(count(after, 'hoanhap_graphql_requests_total') - count(before, 'hoanhap_graphql_requests_total')).toBe(6);
      // Read from the database by each worker, reported once.
      expect(after.match(/^hoanhap_audit_chain_length /gm)).toHaveLength(1);
      const [sealed] = await db.dataSource.query('SELECT coalesce(max(seq), 0)::int AS n FROM audit_seal');
      expect(count(after, 'hoanhap_audit_chain_length')).toBeLessThanOrEqual(sealed.n);
    }
  });

  it('replaces a worker that dies, and keeps serving meanwhile', async () => {
    const [victim] = [...workerPids()];
    process.kill(victim as number, 'SIGKILL');
    await api.waitForLine((line) => line.msg === 'a worker died; starting another' && line.signal === 'SIGKILL');
    expect((await typename()).data).toEqual({ __typename: 'Query' });
    // Its replacement listens on the same port: three workers have listened in all.
    await api.waitForLine(() => workerPids().size === 3);
    expect((await typename()).data).toEqual({ __typename: 'Query' });
  }, 240_000);

  it('stops its workers and itself on SIGTERM, with exit code 0', async () => {
    const pids = [...workerPids()].filter(isAlive);
    expect(pids).toHaveLength(2);
    expect(await api.stop()).toBe(0);
    expect(pids.filter(isAlive)).toEqual([]);
  });
});

describe('WEB_CONCURRENCY=2 on the embedded database', () => {
  it('has the primary start the server and load the demo once, and stop it after the workers', async () => {
    const laptop = await startApiProcess(undefined, { WEB_CONCURRENCY: '2', DEMO: '1', LOG_LEVEL: 'debug' });
    try {
      const started = laptop.lines().filter((line) => line.msg === 'embedded PostgreSQL is ready');
      expect(started).toEqual([expect.objectContaining({ pid: laptop.pid })]);
      expect(laptop.lines().filter((line) => line.msg === 'demo data loaded')).toHaveLength(1);
      const officer = new GqlClient(laptop.url);
      await officer.login(DEMO_ACCOUNTS.officer);
      expect((await officer.request<{ me: { email: string } }>('{ me { email } }')).data?.me.email).toBe(
        DEMO_ACCOUNTS.officer,
      );
    } finally {
      expect(await laptop.stop()).toBe(0);
    }
    const closed = laptop
      .lines()
      .filter((line) => line.msg === 'database closed')
      .map((line) => line.pid);
    expect(closed).toHaveLength(2);
    expect(laptop.lines().at(-1)).toMatchObject({ msg: 'embedded PostgreSQL stopped', pid: laptop.pid });
    const port = laptop.lines().find((line) => line.msg === 'embedded PostgreSQL is ready')?.port;
    const client = new pg.Client({ host: 'localhost', port: Number(port), user: 'postgres' });
    await expect(client.connect()).rejects.toThrow();
  }, 240_000);
});
