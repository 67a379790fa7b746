import { webhookRetryDelay } from '@hoanhap/shared';
import { DEFAULT_WEBHOOK_SETTINGS } from '../../config.js';
import { withTransaction } from '../../common/transaction.js';
import type { RequestContext } from '../../context.js';
import { enqueueJob } from '../../jobs/enqueue.js';
import { defineJob } from '../../jobs/job.js';
import { audit } from '../audit/audit.service.js';
import { agreementInForceSql } from '../agreements/agreement-status.js';
import { type AttemptResult, postWebhook } from './webhook-http.js';
import { openSecret } from '../../common/stored-secret.js';
import { signedHeaders } from './webhook-secret.js';
import { isAllowedLocalUrl, isPublicAddress } from './webhook-url.js';

/** A delivery's attempt, as its run is asked for: the attempt number makes a run happen once. */
export interface DeliverData {
  deliveryId: string;
  attempt: number;
}

interface Claimed {
  id: string;
  endpoint_id: string;
  event_type: string;
  subject_id: string;
  unit_code: string;
  occurred_at: Date;
  url: string;
  secret: string;
  previous_secret: string | null;
  usable: boolean;
}

/** The thin payload: what happened, to which record, where and when; the receiver reads the rest. */
export function webhookPayload(row: Pick<Claimed, 'event_type' | 'subject_id' | 'unit_code' | 'occurred_at'>): string {
  const occurredAt = new Date(row.occurred_at).toISOString();
  return JSON.stringify({
    type: row.event_type,
    timestamp: occurredAt,
    data: { id: row.subject_id, unitCode: row.unit_code, occurredAt },
  });
}

/**
 * One attempt of one delivery. It is taken first (its attempt number moves on, so a duplicate run
 * finds nothing to do), sent with a timeout and no redirects, and its outcome written with the
 * attempt's log row: success; `410 Gone`, which disables the endpoint at once; or a failure, retried
 * on the back-off schedule until it is spent or the endpoint has failed too many times in a row.
 */
export async function deliverWebhook(ctx: RequestContext, { deliveryId, attempt }: DeliverData): Promise<void> {
  const settings = ctx.webhooks ?? DEFAULT_WEBHOOK_SETTINGS;
  const [claimed] = (await ctx.db.query(
    `UPDATE webhook_delivery d SET attempts = d.attempts + 1,
            next_attempt_at = now() + make_interval(secs => $3)
       FROM webhook_endpoint w JOIN data_sharing_agreement a ON a.id = w.agreement_id
      WHERE d.id = $1 AND d.status = 'PENDING' AND d.attempts = $2 - 1 AND w.id = d.endpoint_id
      RETURNING d.id, d.endpoint_id, d.event_type, d.subject_id, d.unit_code, d.occurred_at, w.url, w.secret,
        CASE WHEN w.previous_secret_expires_at > now() THEN w.previous_secret END AS previous_secret,
        (w.status = 'ENABLED' AND ${agreementInForceSql('a')}) AS usable`,
    [deliveryId, attempt, settings.timeoutMs / 1000 + 60],
  )) as [Claimed[], number];
  const row = claimed[0];
  if (!row) return;
  if (!row.usable) {
    // Disabled, or its agreement suspended or ended since the event: nothing leaves.
    await ctx.db.query(
      `UPDATE webhook_delivery SET status = 'FAILED', next_attempt_at = NULL, last_error = $2 WHERE id = $1`,
      [row.id, 'not sent: endpoint disabled or agreement not in force'],
    );
    return;
  }
  const secrets = [openSecret(ctx, row.secret), ...(row.previous_secret ? [openSecret(ctx, row.previous_secret)] : [])];
  const payload = webhookPayload(row);
  const result = sendable(row.url, settings.allowHttpLocalhost)
    ? await postWebhook(row.url, signedHeaders(`msg_${row.id}`, payload, secrets), payload, {
        timeoutMs: settings.timeoutMs,
        allowLoopback: isAllowedLocalUrl(new URL(row.url), settings.allowHttpLocalhost),
      })
    : { statusCode: null, error: 'address not public: refused', durationMs: 0 };
  await recordOutcome(ctx, row, attempt, result);
}

/** The URL may still be called under today's settings (an IP literal never goes through DNS). */
function sendable(url: string, allowHttpLocalhost: boolean): boolean {
  const parsed = new URL(url);
  if (isAllowedLocalUrl(parsed, allowHttpLocalhost)) return true;
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  return parsed.protocol === 'https:' && (!/^[\d.]+$|:/.test(host) || isPublicAddress(host));
}

async function recordOutcome(ctx: RequestContext, row: Claimed, attempt: number, result: AttemptResult) {
  const settings = ctx.webhooks ?? DEFAULT_WEBHOOK_SETTINGS;
  const ok = result.statusCode !== null && result.statusCode >= 200 && result.statusCode < 300;
  const gone = result.statusCode === 410;
  const error = ok ? null : (result.error ?? `HTTP ${result.statusCode}`);
  await withTransaction(ctx, async (ctx) => {
    await ctx.db.query(
      `INSERT INTO webhook_attempt (delivery_id, status_code, duration_ms, error) VALUES ($1, $2, $3, $4)`,
      [row.id, result.statusCode, result.durationMs, error],
    );
    if (ok) {
      await ctx.db.query(
        `UPDATE webhook_delivery SET status = 'SUCCEEDED', delivered_at = now(), next_attempt_at = NULL,
           last_status_code = $2, last_error = NULL WHERE id = $1`,
        [row.id, result.statusCode],
      );
      await ctx.db.query(
        `UPDATE webhook_endpoint SET consecutive_failures = 0 WHERE id = $1 AND consecutive_failures > 0`,
        [row.endpoint_id],
      );
      return;
    }
    const [[endpoint]] = (await ctx.db.query(
      `UPDATE webhook_endpoint SET consecutive_failures = consecutive_failures + 1 WHERE id = $1
       RETURNING consecutive_failures AS failures, status`,
      [row.endpoint_id],
    )) as [[{ failures: number; status: string }]];
    const disable = gone ? 'GONE' : endpoint.failures >= settings.disableAfterFailures ? 'FAILURES' : null;
    const delay = disable ? null : webhookRetryDelay(attempt, settings.retrySeconds);
    await ctx.db.query(
      `UPDATE webhook_delivery SET status = $2, last_status_code = $3, last_error = $4,
         next_attempt_at = CASE WHEN $5::float8 IS NULL THEN NULL ELSE now() + make_interval(secs => $5::float8) END
       WHERE id = $1`,
      [row.id, delay === null ? 'FAILED' : 'PENDING', result.statusCode, error, delay],
    );
    if (delay !== null) {
      await enqueueJob(
        ctx,
        webhookDeliverJob,
        { deliveryId: row.id, attempt: attempt + 1 },
        { startAfterSeconds: delay },
      );
    }
    if (disable && endpoint.status === 'ENABLED') {
      await ctx.db.query(
        `UPDATE webhook_endpoint SET status = 'DISABLED', disabled_reason = $2, updated_at = now(), version = version + 1
         WHERE id = $1`,
        [row.endpoint_id, disable],
      );
      await audit(ctx, {
        action: 'disableWebhookEndpoint',
        objectType: 'WebhookEndpoint',
        objectId: row.endpoint_id,
        fields: ['status', `disabledReason:${disable}`],
      });
    }
  });
}

/** Sends one attempt of a delivery; asked for by the dispatcher, by retries and by redelivery. */
export const webhookDeliverJob = defineJob<DeliverData>({
  name: 'webhook-deliver',
  onDemand: true,
  batchSize: 20,
  timeoutSeconds: 5 * 60,
  run: async (ctx, run) => deliverWebhook(ctx, run.data),
});
