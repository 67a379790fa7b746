import { withTransaction } from '../../common/transaction.js';
import type { RequestContext } from '../../context.js';
import { enqueueJob } from '../../jobs/enqueue.js';
import { agreementInForceSql } from '../agreements/agreement-status.js';
import { webhookDeliverJob } from './webhook-deliver.js';

/** Events turned into deliveries per transaction; the job loops until none is left. */
const BATCH = 200;

/**
 * Turns committed outbox events into deliveries, once each: the events are taken with
 * `FOR UPDATE SKIP LOCKED` and marked in the same transaction that writes their deliveries and asks
 * for their sending, so two processes dispatching at once split the events between them, and a
 * crash before commit leaves the events to the next run. An endpoint receives an event when it is
 * enabled, subscribed to its type, and its agreement is in force today with the event's unit in its
 * scope (`unit_closure`: the agreement's unit, the units below it and those merged into it).
 */
export async function dispatchWebhookEvents(ctx: RequestContext): Promise<number> {
  let total = 0;
  for (;;) {
    const { events, deliveries } = await withTransaction(ctx, async (ctx) => {
      const rows: Array<{ id: string; events: number }> = await ctx.db.query(
        `WITH batch AS (
           SELECT id FROM domain_event WHERE webhooks_dispatched_at IS NULL
            ORDER BY occurred_at, id LIMIT $1 FOR UPDATE SKIP LOCKED
         ), marked AS (
           UPDATE domain_event e SET webhooks_dispatched_at = now() FROM batch WHERE e.id = batch.id
           RETURNING e.id, e.type, e.subject_id, e.unit_id, e.occurred_at
         ), sent AS (
           INSERT INTO webhook_delivery (endpoint_id, event_id, event_type, subject_id, unit_code, occurred_at, status, next_attempt_at)
           SELECT w.id, m.id, m.type, m.subject_id, u.code, m.occurred_at, 'PENDING', now()
             FROM marked m
             JOIN administrative_unit u ON u.id = m.unit_id
             JOIN unit_closure c ON c.unit_id = m.unit_id
             JOIN data_sharing_agreement a ON a.unit_id = c.ancestor_id AND ${agreementInForceSql('a')}
             JOIN webhook_endpoint w ON w.agreement_id = a.id AND w.status = 'ENABLED' AND m.type = ANY(w.event_types)
           ON CONFLICT (endpoint_id, event_id) DO NOTHING
           RETURNING id
         )
         SELECT sent.id, (SELECT count(*)::int FROM marked) AS events FROM sent
         UNION ALL SELECT NULL, (SELECT count(*)::int FROM marked)`,
        [BATCH],
      );
      const ids = rows.flatMap((row) => (row.id ? [row.id] : []));
      for (const deliveryId of ids) await enqueueJob(ctx, webhookDeliverJob, { deliveryId, attempt: 1 });
      return { events: rows[0]?.events ?? 0, deliveries: ids.length };
    });
    total += deliveries;
    if (events < BATCH) return total;
  }
}

/**
 * Asks again for the sending of deliveries whose run was lost (a process stopped mid-attempt, or
 * its run expired): PENDING and overdue by two minutes. A run that was only late finds its attempt
 * taken and does nothing (webhook-deliver.ts), so asking twice is harmless.
 */
export async function resumeLostDeliveries(ctx: RequestContext): Promise<void> {
  await withTransaction(ctx, async (ctx) => {
    const [lost] = (await ctx.db.query(
      `UPDATE webhook_delivery SET next_attempt_at = now()
        WHERE status = 'PENDING' AND next_attempt_at < now() - interval '2 minutes'
        RETURNING id, attempts`,
    )) as [Array<{ id: string; attempts: number }>, number];
    for (const row of lost) {
      await enqueueJob(ctx, webhookDeliverJob, { deliveryId: row.id, attempt: row.attempts + 1 });
    }
  });
}
