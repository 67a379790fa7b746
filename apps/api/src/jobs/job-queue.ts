import type { GraphQLSchema } from 'graphql';
import PgBoss from 'pg-boss';
import type { DataSource } from 'typeorm';
import type { Config } from '../config.js';
import { actorContext, systemContext } from '../create-context.js';
import type { Logger } from '../logger.js';
import type { JobDefinition } from './job.js';
import { JOB_QUEUE_SCHEMA as SCHEMA } from './job-queue-schema.js';

const VIETNAM_TIME = 'Asia/Ho_Chi_Minh';

/** pg-boss on the data source's own pool, so jobs share its connections and settings. */
function bossOn(dataSource: DataSource, options: PgBoss.ConstructorOptions = {}): PgBoss {
  const pool = (
    dataSource.driver as unknown as {
      master: { query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> };
    }
  ).master;
  return new PgBoss({ schema: SCHEMA, db: { executeSql: (text, values) => pool.query(text, values) }, ...options });
}

/**
 * Creates or upgrades the queue's schema and one queue per job. Run as the database owner, after the
 * migrations (queues are tables pg-boss creates, which the app role may not do). Idempotent.
 */
// biome-ignore lint/suspicious/noExplicitAny: a list of jobs of any data shape
type AnyJob = JobDefinition<any>;

export async function installJobQueue(dataSource: DataSource, jobs: readonly AnyJob[]): Promise<void> {
  const boss = bossOn(dataSource, { migrate: true, supervise: false, schedule: false });
  await boss.start();
  try {
    for (const job of jobs) {
      // "stately": at most one run waiting and one running, so a repeat or a schedule never piles
      // up; people's requests ("standard") each get their run, once, with no retry.
      if (!(await boss.getQueue(job.name))) {
        await boss.createQueue(job.name, {
          name: job.name,
          policy: job.onDemand ? 'standard' : 'stately',
          expireInSeconds: job.timeoutSeconds ?? 15 * 60,
          ...(job.onDemand ? { retryLimit: 0 } : {}),
        });
      }
    }
  } finally {
    await boss.stop({ graceful: false, close: false, wait: true });
  }
}

export interface JobQueue {
  /** Asks for a run of a declared job now (or after `seconds`). */
  request(name: string, seconds?: number): Promise<void>;
  /** Stops taking work and waits for running jobs to end. */
  stop(): Promise<void>;
}

/**
 * Starts working the declared jobs in this process: schedules their cron, keeps repeating ones going,
 * runs the start-up ones. Every API process calls it; pg-boss gives each run to one of them.
 */
export async function startJobQueue(deps: {
  dataSource: DataSource;
  log: Logger;
  jobs: readonly AnyJob[];
  /** The API's schema, for jobs that read as a request would. */
  schema?: () => Promise<GraphQLSchema>;
  /** The deployment's settings and how webhooks are sent, for the jobs' contexts (config.ts). */
  settings?: Partial<Pick<Config, 'deployment' | 'webhooks'>>;
}): Promise<JobQueue> {
  const { dataSource, log, jobs } = deps;
  const contextDeps = { dataSource, log, ...deps.settings };
  const schema =
    deps.schema ??
    (() => {
      throw new Error('this job queue was started without the GraphQL schema');
    });
  const boss = bossOn(dataSource, {
    migrate: false,
    supervise: true,
    schedule: true,
    // pg-boss sends a scheduled run only from a schedule check made within 60 s of its time, and
    // counts one check per interval across all processes. At its default 30 s, one check that lands
    // a few milliseconds early leaves a 60 s gap, and a daily job misses its day; at 10 s it takes
    // five in a row.
    cronMonitorIntervalSeconds: 10,
  });
  boss.on('error', (error) => log.error({ err: { message: error.message } }, 'job queue error'));
  await boss.start();
  const request = async (name: string, seconds = 0) => {
    await (seconds > 0 ? boss.sendAfter(name, {}, {}, seconds) : boss.send(name, {}));
  };
  for (const job of jobs) {
    const runOne = async (data: object) => {
      const started = Date.now();
      try {
        await job.run(systemContext(contextDeps), { data, schema, as: (actor) => actorContext(contextDeps, actor) });
        log.debug({ job: job.name, ms: Date.now() - started }, 'job done');
      } finally {
        if (job.repeatAfterSeconds) await request(job.name, job.repeatAfterSeconds);
      }
    };
    const batchSize = job.batchSize ?? 1;
    const pollingIntervalSeconds = job.repeatAfterSeconds ? 1 : 2;
    await boss.work(job.name, { pollingIntervalSeconds, batchSize }, async (runs) => {
      if (batchSize === 1) return runOne((runs[0]?.data ?? {}) as object);
      // Runs fetched together go side by side; one's failure is logged and does not fail the others.
      const outcomes = await Promise.allSettled(runs.map((run) => runOne((run.data ?? {}) as object)));
      for (const outcome of outcomes) {
        if (outcome.status === 'rejected') {
          log.error({ job: job.name, err: { name: (outcome.reason as Error)?.name } }, 'job run failed'); // a message may quote data
        }
      }
    });
    if (job.cron) await boss.schedule(job.name, job.cron, {}, { tz: VIETNAM_TIME });
    if (job.repeatAfterSeconds) await request(job.name);
    // Processes started in the same minute (WEB_CONCURRENCY, several machines) ask for one run between them.
    else if (job.runAtStart) await boss.send(job.name, {}, { singletonKey: 'at-start', singletonSeconds: 60 });
  }
  return {
    request,
    async stop() {
      await boss.stop({ graceful: true, close: false, wait: true, timeout: 15_000 });
    },
  };
}
