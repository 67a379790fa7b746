import { afterAll, beforeAll } from 'vitest';
import type { Config } from '../../src/config.js';
import type { JobDefinition } from '../../src/jobs/job.js';
import { type JobQueue, startJobQueue } from '../../src/jobs/job-queue.js';
import { createLogger } from '../../src/logger.js';
import { getSchema } from '../../src/schema/build-schema.js';
import type { TestDatabase } from './test-database.js';

/**
 * Workers of the job queue on the file's database, as `count` API processes would run them
 * (registered as `beforeAll`/`afterAll` hooks): jobs a test asks for run, each exactly once.
 * `stop()` and `start()` let a test catch a job while nothing works the queue.
 */
export function withJobWorkers(
  db: TestDatabase,
  // biome-ignore lint/suspicious/noExplicitAny: jobs of any data shape
  jobs: JobDefinition<any>[],
  count = 2,
  settings?: Partial<Pick<Config, 'deployment' | 'webhooks'>>,
) {
  const workers: JobQueue[] = [];
  const start = async () => {
    while (workers.length < count) {
      workers.push(
        await startJobQueue({
          dataSource: db.dataSource,
          log: createLogger('silent'),
          jobs,
          schema: getSchema,
          settings,
        }),
      );
    }
  };
  const stop = async () => {
    for (const worker of workers.splice(0)) await worker.stop();
  };
  beforeAll(start);
  afterAll(stop);
  return { start, stop };
}
