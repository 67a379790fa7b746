import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { JOB_QUEUE_SCHEMA } from '../jobs/job-queue-schema.js';
import type { Logger } from '../logger.js';
import { JOBS } from '../modules/index.js';

/*
 * What `/metrics` reports (Prometheus text format, prom-client). Counters and histograms move as
 * requests are served; the pool, the job queue and the audit chain are read when Prometheus
 * scrapes, with queries that stay cheap at a million people (an index's end, not a count of a
 * table). Labels take bounded values only: operation names through `OperationNames`, error codes
 * of the API's catalogue, route groups, the declared jobs. Notifications and webhooks have no
 * metrics yet: they come with those features.
 */

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export interface Metrics {
  registry: Registry;
  /** The exposition text, with the database read afresh (once per scrape, whatever the gauges fed). */
  scrape(): Promise<string>;
  graphqlRequests: Counter<'operation' | 'outcome'>;
  graphqlDuration: Histogram<'operation' | 'outcome'>;
  httpDuration: Histogram<'route' | 'method' | 'status'>;
}

export function createMetrics(dataSource: DataSource, log: Logger): Metrics {
  const reads = new Map<string, Promise<unknown>>();
  // A primary gathering its workers' metrics (WEB_CONCURRENCY) asks each for this JSON form: each
  // such collection is a scrape too, and reads the database afresh.
  const registry = new (class extends Registry {
    override getMetricsAsJSON() {
      reads.clear();
      return super.getMetricsAsJSON();
    }
  })();
  const oncePerScrape =
    <T>(key: string, read: () => Promise<T>) =>
    (): Promise<T> => {
      if (!reads.has(key)) reads.set(key, read());
      return reads.get(key) as Promise<T>;
    };
  collectDefaultMetrics({ register: registry });
  const scrapeFailed = (what: string) => (error: unknown) => {
    log.warn({ metric: what, code: (error as { code?: string }).code }, 'a metric could not be read');
  };

  const pool = () =>
    (dataSource.driver as unknown as { master?: { totalCount: number; idleCount: number; waitingCount: number } })
      .master;
  new Gauge({
    name: 'hoanhap_db_pool_connections',
    help: 'Connections of the database pool: total open, idle, and requests waiting for one.',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const p = pool();
      this.set({ state: 'total' }, p?.totalCount ?? 0);
      this.set({ state: 'idle' }, p?.idleCount ?? 0);
      this.set({ state: 'waiting' }, p?.waitingCount ?? 0);
    },
  });

  // One read per scrape feeds several gauges: each gauge's collect awaits the same answer.
  const queues = [...new Set(JOBS.map((job) => job.name))];
  const readQueue = oncePerScrape('job queue', async () => {
    const rows: Array<{ name: string; state: string; n: number }> = await dataSource.query(
      `SELECT name, state::text AS state, count(*)::int AS n FROM ${JOB_QUEUE_SCHEMA}.job
        WHERE state IN ('created', 'retry', 'active', 'failed') GROUP BY name, state`,
    );
    return (queue: string, ...states: string[]) =>
      rows.filter((r) => r.name === queue && states.includes(r.state)).reduce((sum, r) => sum + r.n, 0);
  });
  const queueGauge = (name: string, help: string, states: string[]) =>
    new Gauge({
      name,
      help,
      labelNames: ['queue'],
      registers: [registry],
      // Read from the database: every process reports the same, so gathered once, not summed.
      aggregator: 'first',
      async collect() {
        this.reset();
        const count = await readQueue().catch(scrapeFailed('job queue'));
        if (count) for (const queue of queues) this.set({ queue }, count(queue, ...states));
      },
    });
  queueGauge('hoanhap_job_queue_depth', 'Jobs waiting to run (created or waiting to retry), per queue.', [
    'created',
    'retry',
  ]);
  queueGauge('hoanhap_job_queue_active', 'Jobs running now, per queue.', ['active']);
  queueGauge(
    'hoanhap_job_queue_failed',
    'Failed jobs still kept in the queue (pg-boss moves them to its archive after its retention), per queue.',
    ['failed'],
  );

  const readAudit = oncePerScrape('audit chain', async () => {
    // Both read the end of a primary key; the unsealed rows are those after the last sealed one.
    const [row] = await dataSource.query(
      `WITH last AS (SELECT seq, event_id FROM audit_seal ORDER BY seq DESC LIMIT 1)
       SELECT coalesce((SELECT seq FROM last), 0)::float8 AS length,
              (SELECT count(*) FROM audit_event e
                WHERE e.id > coalesce((SELECT event_id FROM last), 0))::float8 AS unsealed`,
    );
    return row as { length: number; unsealed: number };
  });
  const auditGauge = (name: string, help: string, pick: (row: { length: number; unsealed: number }) => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      aggregator: 'first',
      async collect() {
        const row = await readAudit().catch(scrapeFailed('audit chain'));
        if (row) this.set(pick(row));
      },
    });
  auditGauge(
    'hoanhap_audit_chain_length',
    'Audit rows sealed into the hash chain (its last position).',
    (r) => r.length,
  );
  auditGauge(
    'hoanhap_audit_unsealed_events',
    'Audit rows written after the last sealed one, not yet chained by the sealer (normally a few seconds of writes).',
    (r) => r.unsealed,
  );

  return {
    registry,
    async scrape() {
      reads.clear();
      return registry.metrics();
    },
    graphqlRequests: new Counter({
      name: 'hoanhap_graphql_requests_total',
      help: 'GraphQL requests by operation name and outcome (ok, or the error code answered).',
      labelNames: ['operation', 'outcome'],
      registers: [registry],
    }),
    graphqlDuration: new Histogram({
      name: 'hoanhap_graphql_request_duration_seconds',
      help: 'Time to answer a GraphQL request, by operation name and outcome.',
      labelNames: ['operation', 'outcome'],
      buckets: LATENCY_BUCKETS,
      registers: [registry],
    }),
    httpDuration: new Histogram({
      name: 'hoanhap_http_request_duration_seconds',
      help: 'Time to answer an HTTP request, by route group, method and status.',
      labelNames: ['route', 'method', 'status'],
      buckets: LATENCY_BUCKETS,
      registers: [registry],
    }),
  };
}
