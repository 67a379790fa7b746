import type { GraphQLSchema } from 'graphql';
import type { Actor, RequestContext } from '../context.js';

/**
 * Work the product does on its own, once, whatever the number of API processes: a job on the
 * PostgreSQL-backed queue (pg-boss, job-queue.ts). A feature module declares its jobs in its
 * `index.ts` (`jobs: [...]`); the queue is made for each at install time and every API process
 * works them, pg-boss handing each run to exactly one.
 */
export interface JobDefinition<Data extends object = object> {
  /** The queue's name: lower-case words joined by "-" (e.g. "audit-seal"). */
  name: string;
  /** When to run, as cron in Việt Nam time (pg-boss enqueues one run per tick across all nodes). */
  cron?: string;
  /**
   * Run again this many seconds after each run ends, for work that should follow closely (the audit
   * sealer): the queue is "stately", so however many nodes ask, one run waits and one runs.
   */
  repeatAfterSeconds?: number;
  /**
   * How long a run may take before pg-boss gives it up (the process died, say) and lets another run
   * start. Default 15 minutes.
   */
  timeoutSeconds?: number;
  /** Also run when a process starts: once for all the processes that start in the same minute. */
  runAtStart?: boolean;
  /**
   * Runs asked for by people (`enqueueJob`, e.g. an export): each request is a run of its own with
   * its data, however many wait; a failed run is not retried (the job records why it failed).
   */
  onDemand?: boolean;
  /**
   * On-demand runs one process takes at a time and runs side by side (default 1): for many short
   * runs that mostly wait on the network (a webhook's attempt), which one at a time per poll would
   * hold back to a few a second.
   */
  batchSize?: number;
  /** The work; `ctx` is a system context (no actor), `ctx.db` the pool. */
  run(ctx: RequestContext, run: JobRun<Data>): Promise<void>;
}

/** What a run is given beside its context. */
export interface JobRun<Data extends object> {
  /** What `enqueueJob` sent (empty for scheduled runs). */
  data: Data;
  /** The API's GraphQL schema, for work that reads as a request would (an export of a list). */
  schema(): Promise<GraphQLSchema>;
  /** A context acting for this person (work done on someone's behalf: their scope, their role). */
  as(actor: Actor): RequestContext;
}

export function defineJob<Data extends object = object>(job: JobDefinition<Data>): JobDefinition<Data> {
  return job;
}
