import PgBoss from 'pg-boss';
import type { RequestContext } from '../context.js';
import type { JobDefinition } from './job.js';
import { JOB_QUEUE_SCHEMA } from './job-queue-schema.js';

/**
 * Asks for a run of an on-demand job with its data, inside the request's transaction: if the
 * request fails, the run was never asked for. Works in any process, with or without a worker.
 * `startAfterSeconds` holds the run back (a retry's back-off).
 */
export async function enqueueJob<Data extends object>(
  ctx: RequestContext,
  job: JobDefinition<Data>,
  data: Data,
  options: { startAfterSeconds?: number } = {},
): Promise<void> {
  const db = { executeSql: (text: string, values?: unknown[]) => runSql(ctx, text, values) };
  const boss = new PgBoss({ schema: JOB_QUEUE_SCHEMA, db });
  const startAfter = options.startAfterSeconds ? Math.ceil(options.startAfterSeconds) : undefined;
  await boss.send(job.name, data, { db, ...(startAfter ? { startAfter } : {}) });
}

/** pg-boss reads `{ rows }`; TypeORM's `query` answers the rows themselves. */
async function runSql(ctx: RequestContext, text: string, values?: unknown[]): Promise<{ rows: unknown[] }> {
  const rows: unknown = await ctx.db.query(text, values);
  return { rows: Array.isArray(rows) ? rows : [] };
}
