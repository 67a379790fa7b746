import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineJob } from '../../src/jobs/job.js';
import { installJobQueue, type JobQueue, startJobQueue } from '../../src/jobs/job-queue.js';
import { createLogger } from '../../src/logger.js';
import { auditSealJob } from '../../src/modules/audit/audit.jobs.js';
import { verifyAuditChain } from '../../src/modules/audit/audit-verify.js';
import { createTestDatabase, type TestDatabase } from '../utils/test-database.js';

/** Polls `check` until it holds (the queue works asynchronously), failing after `ms`. */
async function eventually(check: () => Promise<boolean>, ms = 15_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('condition not reached in time');
    await sleep(200);
  }
}

let db: TestDatabase;
const nodes: JobQueue[] = [];
const log = createLogger('silent');

// A job that records each run in a table, so runs can be counted across "processes".
const countedJob = defineJob({
  name: 'test-counted',
  run: async (ctx) => {
    await ctx.db.query('INSERT INTO job_test_run DEFAULT VALUES');
    await sleep(300);
  },
});
const jobs = [countedJob, auditSealJob];
const runs = async () => (await db.dataSource.query('SELECT count(*)::int AS n FROM job_test_run'))[0].n as number;

beforeAll(async () => {
  db = await createTestDatabase();
  await db.dataSource.query('CREATE TABLE job_test_run (at timestamptz NOT NULL DEFAULT now())');
  await installJobQueue(db.dataSource, jobs);
  // Two workers on one database, as two API processes would run them.
  for (let i = 0; i < 2; i++) nodes.push(await startJobQueue({ dataSource: db.dataSource, log, jobs }));
});

afterAll(async () => {
  for (const node of nodes) await node.stop();
  await db?.drop();
});

describe('the job queue (PostgreSQL, pg-boss)', () => {
  it('gives a requested run to exactly one of the processes', async () => {
    await nodes[0]?.request('test-counted');
    await eventually(async () => (await runs()) >= 1);
    await sleep(2500); // both nodes poll every 2 s: the other had time to run it too, and did not
    expect(await runs()).toBe(1);
  });

  it('is idempotent for a job asked for by every process at once: one runs, at most one waits', async () => {
    const before = await runs();
    await Promise.all([...nodes, ...nodes].map((node) => node.request('test-counted')));
    await sleep(5000);
    expect((await runs()) - before).toBeGreaterThanOrEqual(1);
    expect((await runs()) - before).toBeLessThanOrEqual(2);
  });

  it('seals new audit rows within seconds, without anyone asking', async () => {
    for (let i = 0; i < 5; i++) {
      await db.dataSource.query(`INSERT INTO audit_event (action, object_type) VALUES ('test:job', 'Test')`);
    }
    await eventually(async () => {
      const result = await verifyAuditChain(db.dataSource);
      return result.ok && result.unsealed === 0 && result.rows >= 5;
    });
  });

  it('keeps the schedules of the declared jobs', async () => {
    const schedules = await db.dataSource.query('SELECT name, cron, timezone FROM pgboss.schedule ORDER BY name');
    expect(schedules).toContainEqual({ name: 'audit-seal', cron: '* * * * *', timezone: 'Asia/Ho_Chi_Minh' });
  });
});
