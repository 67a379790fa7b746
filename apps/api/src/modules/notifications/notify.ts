import {
  afterQuietHours,
  DeliveryChannel,
  DeliveryStatus,
  DIGESTED_KINDS,
  NOTIFICATION_LINKS,
  type NotificationKind,
  notificationText,
  todayInVietnam,
} from '@hoanhap/shared';
import type { RequestContext } from '../../context.js';
import { enabledChannels } from './channels/channel-registry.js';
import { DEFAULT_PREFERENCE } from './notification-preference.entity.js';

/** An event to tell some users about. */
export interface NotificationEvent {
  kind: NotificationKind;
  recipientIds: readonly string[];
  /**
   * What the event is about (a task's id, a unit's id, "digest"): with the kind and the day it makes
   * the dedupe key, so the same event told twice the same day is one notification.
   */
  subject: string;
  /** How many things the message counts (default 1). */
  count?: number;
  /** The day the event belongs to (default today in Việt Nam). */
  day?: string;
  /** Channels to leave out (the digest has no bell entry of its own). */
  skipInApp?: boolean;
}

interface Preference {
  user_id: string;
  muted_channels: DeliveryChannel[] | string;
  quiet_start_hour: number;
  quiet_end_hour: number;
  email: string | null;
  phone: string | null;
}

const EXTERNAL = [DeliveryChannel.EMAIL, DeliveryChannel.ZALO_ZNS, DeliveryChannel.SMS] as const;

/**
 * Writes the notification of `event` for each recipient and its deliveries, in the caller's
 * transaction (`ctx.db`): it exists exactly when the event does. The bell's delivery is DELIVERED
 * at once; each channel the administrator enabled, the user did not mute and has an address for
 * gets a PENDING delivery, held until the user's quiet hours end. Events about single tasks reach
 * email, Zalo and SMS only through the daily digest. Returns the ids of the notifications written
 * (none for a recipient already told).
 */
export async function notify(ctx: RequestContext, event: NotificationEvent): Promise<string[]> {
  const recipients = [...new Set(event.recipientIds)];
  if (recipients.length === 0) return [];
  const count = event.count ?? 1;
  const text = notificationText(event.kind, count);
  const dedupeKey = `${event.kind}:${event.subject}:${event.day ?? todayInVietnam()}`;
  const written: Array<{ id: string; recipient_id: string; created_at: Date }> = await ctx.db.query(
    `INSERT INTO notification (recipient_id, kind, count, text, link, dedupe_key, read_at)
     SELECT u.id, $2, $3, $4, $5, $6, CASE WHEN $7 THEN now() END
     FROM app_user u WHERE u.id = ANY($1::uuid[]) AND u.disabled_at IS NULL
     ON CONFLICT (recipient_id, dedupe_key) DO NOTHING
     RETURNING id, recipient_id, created_at`,
    [recipients, event.kind, count, text.vi, NOTIFICATION_LINKS[event.kind], dedupeKey, event.skipInApp === true],
  );
  if (written.length === 0) return [];

  const channels = DIGESTED_KINDS.has(event.kind) ? new Set<DeliveryChannel>() : await enabledChannels(ctx.db);
  const preferences =
    channels.size > 0
      ? await preferencesOf(
          ctx,
          written.map((w) => w.recipient_id),
        )
      : new Map();
  const rows: Array<[string, string, DeliveryChannel, DeliveryStatus, Date]> = [];
  for (const { id, recipient_id, created_at } of written) {
    if (!event.skipInApp) rows.push([id, recipient_id, DeliveryChannel.IN_APP, DeliveryStatus.DELIVERED, created_at]);
    const pref = preferences.get(recipient_id);
    if (!pref) continue;
    const muted = new Set(parseArray(pref.muted_channels));
    const leaves = afterQuietHours(new Date(created_at), pref.quiet_start_hour, pref.quiet_end_hour);
    for (const channel of EXTERNAL) {
      const address = channel === DeliveryChannel.EMAIL ? pref.email : pref.phone;
      if (channels.has(channel) && !muted.has(channel) && address) {
        rows.push([id, recipient_id, channel, DeliveryStatus.PENDING, leaves]);
      }
    }
  }
  if (rows.length > 0) {
    await ctx.db.query(
      `INSERT INTO notification_delivery (notification_id, recipient_id, kind, channel, status, next_attempt_at, sent_at)
       SELECT n, r, $6, c::delivery_channel, s::delivery_status, t, CASE WHEN s = 'DELIVERED' THEN t END
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::timestamptz[]) AS d(n, r, c, s, t)`,
      [...columns(rows), event.kind],
    );
  }
  return written.map((w) => w.id);
}

function columns(rows: Array<[string, string, string, string, Date]>): unknown[] {
  return [0, 1, 2, 3, 4].map((i) => rows.map((row) => row[i]));
}

/** node-postgres returns an enum array as its text form (`{EMAIL,SMS}`). */
function parseArray(value: string[] | string): string[] {
  if (Array.isArray(value)) return value;
  return value
    .replace(/^\{|\}$/g, '')
    .split(',')
    .filter(Boolean);
}

/** Each recipient's preferences and addresses (the sign-in email unless another is given). */
export async function preferencesOf(ctx: RequestContext, userIds: string[]): Promise<Map<string, Preference>> {
  const rows: Preference[] = await ctx.db.query(
    `SELECT u.id AS user_id, COALESCE(p.muted_channels, '{}') AS muted_channels,
       COALESCE(p.quiet_start_hour, $2) AS quiet_start_hour, COALESCE(p.quiet_end_hour, $3) AS quiet_end_hour,
       COALESCE(p.email, u.email) AS email, p.phone
     FROM app_user u LEFT JOIN notification_preference p ON p.user_id = u.id WHERE u.id = ANY($1::uuid[])`,
    [userIds, DEFAULT_PREFERENCE.quietStartHour, DEFAULT_PREFERENCE.quietEndHour],
  );
  return new Map(rows.map((row) => [row.user_id, row]));
}
