import { createHash, timingSafeEqual } from 'node:crypto';
import { DeliveryChannel } from '@hoanhap/shared';
import type { EntityManager } from 'typeorm';
import { openSecret, type SecretKeeper } from '../../common/stored-secret.js';
import { NotificationChannelSetting } from './notification-channel-setting.entity.js';

/** Where Zalo posts its events for the official account; the administrator registers it at Zalo. */
export const ZNS_RECEIPT_PATH = '/notification-receipts/zalo';

/**
 * Zalo's signature of an event it posts: the `X-ZEvent-Signature` header, `mac=` and the SHA-256
 * (hex) of the app id, the request body exactly as sent, the event's `timestamp` and the official
 * account's secret key, one after the other.
 */
export function znsEventSignature(appId: string, rawBody: string, timestamp: string, oaSecretKey: string): string {
  return `mac=${createHash('sha256').update(`${appId}${rawBody}${timestamp}${oaSecretKey}`).digest('hex')}`;
}

/** What became of one event Zalo posted, and the HTTP status it is answered with. */
export type ReceiptOutcome =
  /** A SENT template message is now DELIVERED. */
  | 'RECORDED'
  /** Signed, but nothing to change: another event, a message not ours or not SENT, a repeat. */
  | 'IGNORED'
  /** Not JSON. */
  | 'BAD_BODY'
  /** No receipt key saved (or it cannot be opened): the address does not exist for Zalo. */
  | 'NOT_CONFIGURED'
  /** The signature does not match: written by someone other than Zalo, or altered on the way. */
  | 'BAD_SIGNATURE';

interface ZaloEvent {
  app_id?: unknown;
  event_name?: unknown;
  timestamp?: unknown;
  message?: { msg_id?: unknown; tracking_id?: unknown; delivery_time?: unknown };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

/**
 * Zalo's `user_received_message` event for a template message: `message.tracking_id` is the
 * delivery's id (sent as the template message's `tracking_id`), `message.msg_id` Zalo's id for it
 * and `message.delivery_time` when it reached the phone (milliseconds). A signed receipt makes that
 * delivery DELIVERED once; repeats and receipts for anything else change nothing. Zalo repeats an
 * event it was not answered 200 for, so every signed event is answered 200.
 */
export async function recordZnsReceipt(
  ctx: SecretKeeper & { db: EntityManager },
  rawBody: string,
  signature: string | undefined,
): Promise<ReceiptOutcome> {
  const setting = await ctx.db
    .getRepository(NotificationChannelSetting)
    .findOneBy({ channel: DeliveryChannel.ZALO_ZNS });
  let oaSecretKey: string;
  try {
    if (!setting?.receiptSecret) return 'NOT_CONFIGURED';
    oaSecretKey = openSecret(ctx, setting.receiptSecret);
  } catch {
    return 'NOT_CONFIGURED';
  }
  let event: ZaloEvent;
  try {
    event = JSON.parse(rawBody) as ZaloEvent;
  } catch {
    return 'BAD_BODY';
  }
  if (!event || typeof event !== 'object') return 'BAD_BODY';
  const configuredAppId = typeof setting.settings.appId === 'string' ? setting.settings.appId : null;
  const expected = Buffer.from(
    znsEventSignature(configuredAppId ?? text(event.app_id), rawBody, text(event.timestamp), oaSecretKey),
  );
  const given = Buffer.from(signature ?? '');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'BAD_SIGNATURE';

  const deliveryId = text(event.message?.tracking_id);
  if (event.event_name !== 'user_received_message' || !UUID.test(deliveryId)) return 'IGNORED';
  const messageId = text(event.message?.msg_id) || null;
  const deliveredMs = Number(text(event.message?.delivery_time));
  // A receipt can overtake the send's own record: Zalo may post it before the sending process has
  // written SENT. Then the delivery is still PENDING (claimed, attempts > 0): the time is kept, and
  // the send's record makes it DELIVERED (delivery.ts).
  const recorded: unknown[] = await ctx.db.query(
    `WITH received AS (
       UPDATE notification_delivery
          SET delivered_at = COALESCE(to_timestamp($3::double precision / 1000), now()),
              status = CASE WHEN status = 'SENT' THEN 'DELIVERED'::delivery_status ELSE status END
        WHERE id = $1 AND channel = 'ZALO_ZNS' AND delivered_at IS NULL
          AND (status = 'SENT' OR (status = 'PENDING' AND attempts > 0))
          AND ($2::text IS NULL OR provider_message_id IS NULL OR provider_message_id = $2)
        RETURNING id)
     SELECT id FROM received`,
    [deliveryId, messageId, Number.isFinite(deliveredMs) && deliveredMs > 0 ? deliveredMs : null],
  );
  return recorded.length > 0 ? 'RECORDED' : 'IGNORED';
}
