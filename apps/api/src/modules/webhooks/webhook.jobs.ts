import type { RequestContext } from '../../context.js';
import { defineJob } from '../../jobs/job.js';
import { dispatchWebhookEvents, resumeLostDeliveries } from './webhook-dispatch.js';

export { webhookDeliverJob } from './webhook-deliver.js';

/**
 * Every two seconds: new outbox events become deliveries (each asks for its own sending), and
 * deliveries whose run was lost are asked for again.
 */
export const webhookDispatchJob = defineJob({
  name: 'webhook-dispatch',
  repeatAfterSeconds: 2,
  timeoutSeconds: 5 * 60,
  run: async (ctx) => {
    await dispatchWebhookEvents(ctx);
    await resumeLostDeliveries(ctx);
  },
});

/** How long the delivery log and the dispatched outbox rows are kept. */
export const WEBHOOK_LOG_DAYS = 90;

/**
 * Deletes finished deliveries (their attempts with them) and dispatched events older than
 * WEBHOOK_LOG_DAYS: they hold record ids, and past three months they no longer help anyone find
 * out why a receiver missed something. Audit rows about endpoints stay.
 */
export async function purgeWebhookLog(ctx: RequestContext): Promise<{ deliveries: number; events: number }> {
  const count = async (sql: string) => {
    const [row]: Array<{ n: number }> = await ctx.db.query(
      `WITH gone AS (${sql}) SELECT count(*)::int AS n FROM gone`,
      [WEBHOOK_LOG_DAYS],
    );
    return row?.n ?? 0;
  };
  return {
    deliveries: await count(
      `DELETE FROM webhook_delivery WHERE status <> 'PENDING' AND created_at < now() - make_interval(days => $1) RETURNING 1`,
    ),
    events: await count(
      `DELETE FROM domain_event WHERE webhooks_dispatched_at < now() - make_interval(days => $1) RETURNING 1`,
    ),
  };
}

/** Hourly: the webhook log's retention. */
export const webhookPurgeJob = defineJob({
  name: 'webhook-purge',
  cron: '53 * * * *',
  run: async (ctx) => {
    ctx.log.info(await purgeWebhookLog(ctx), 'webhook log purge');
  },
});
