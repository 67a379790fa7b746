import { type DeliveryChannel, DeliveryStatus, type NotificationKind, notificationText } from '@hoanhap/shared';
import type { RequestContext } from '../../context.js';
import { DeliveryError, type NotificationChannel } from './channels/channel.js';
import { loadChannels, notificationSettings } from './channels/channel-registry.js';
import { preferencesOf } from './notify.js';

/** Attempts before a delivery that keeps failing for a passing reason is given up as FAILED. */
export const MAX_ATTEMPTS = 5;
/** Deliveries claimed per round. */
const BATCH = 50;
/**
 * How long a claimed delivery is held by the process sending it. A process that dies mid-send
 * leaves the row PENDING, and it is sent again once the lease ends: nothing is lost on a restart.
 */
const LEASE_SECONDS = 120;

/** Wait before attempt n+1: 1, 4, 16, 64 minutes... at most 6 hours. */
export function backOffSeconds(attempts: number): number {
  return Math.min(60 * 4 ** (attempts - 1), 6 * 3600);
}

interface Claimed {
  id: string;
  recipient_id: string;
  channel: DeliveryChannel;
  kind: NotificationKind;
  attempts: number;
  count: number;
  link: string;
}

/**
 * Sends the deliveries due by `asOf` (default now), round after round until none is left. Each
 * round claims rows in one statement (`FOR UPDATE SKIP LOCKED`, pushing `next_attempt_at` past the
 * lease): two processes running it at once never take the same row, so each message is sent once.
 * Returns how many deliveries were attempted.
 */
export async function deliverDue(ctx: RequestContext, asOf?: Date): Promise<number> {
  const channels = await loadChannels(ctx);
  let attempted = 0;
  for (;;) {
    const claimed = await claim(ctx, asOf ?? null);
    if (claimed.length === 0) return attempted;
    attempted += claimed.length;
    const recipients = await preferencesOf(
      ctx,
      claimed.map((row) => row.recipient_id),
    );
    for (const row of claimed) {
      const pref = recipients.get(row.recipient_id);
      await attempt(ctx, row, channels.get(row.channel), { email: pref?.email ?? null, phone: pref?.phone ?? null });
    }
  }
}

function claim(ctx: RequestContext, asOf: Date | null): Promise<Claimed[]> {
  return ctx.db.query(
    // Wrapped in a SELECT: TypeORM answers a bare UPDATE ... RETURNING with [rows, count], not rows.
    `WITH due AS (
       SELECT id FROM notification_delivery
       WHERE status = 'PENDING' AND next_attempt_at <= COALESCE($1::timestamptz, now())
       ORDER BY next_attempt_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED),
     claimed AS (UPDATE notification_delivery d
       SET attempts = d.attempts + 1,
           next_attempt_at = GREATEST(now(), COALESCE($1::timestamptz, now())) + make_interval(secs => ${LEASE_SECONDS})
     FROM due, notification n
     WHERE d.id = due.id AND n.id = d.notification_id
     RETURNING d.id, d.recipient_id, d.channel, d.kind, d.attempts, n.count, n.link)
     SELECT * FROM claimed`,
    [asOf],
  );
}

async function attempt(
  ctx: RequestContext,
  row: Claimed,
  channel: NotificationChannel | undefined,
  recipient: { email: string | null; phone: string | null },
): Promise<void> {
  const base = notificationSettings().publicUrl;
  try {
    if (!channel) throw new DeliveryError(`NOT_CONFIGURED: ${row.channel} is not configured`, false);
    const receipt = await channel.send(
      {
        deliveryId: row.id,
        kind: row.kind,
        count: row.count,
        text: notificationText(row.kind, row.count),
        link: base ? new URL(row.link, base).toString() : row.link,
      },
      recipient,
    );
    await ctx.db.query(
      // DELIVERED at once when Zalo's receipt came before this record (zalo-zns-receipt.ts).
      `UPDATE notification_delivery
          SET status = CASE WHEN delivered_at IS NULL THEN 'SENT' ELSE 'DELIVERED' END::delivery_status,
              sent_at = now(), last_error = NULL, provider_message_id = $2
        WHERE id = $1`,
      [row.id, receipt.providerMessageId],
    );
  } catch (error) {
    const failure =
      error instanceof DeliveryError ? error : new DeliveryError(`ERROR: ${(error as Error).message}`, true);
    const final = !failure.retryable || row.attempts >= MAX_ATTEMPTS;
    await ctx.db.query(
      `UPDATE notification_delivery SET last_error = $2, status = $3::delivery_status,
         next_attempt_at = CASE WHEN $3::delivery_status = 'PENDING' THEN now() + make_interval(secs => $4) ELSE next_attempt_at END
       WHERE id = $1`,
      [
        row.id,
        failure.reason.slice(0, 500),
        final ? DeliveryStatus.FAILED : DeliveryStatus.PENDING,
        backOffSeconds(row.attempts),
      ],
    );
    ctx.log.warn(
      { delivery: row.id, channel: row.channel, reason: failure.reason.split(':')[0] },
      'notification delivery failed',
    );
  }
}
