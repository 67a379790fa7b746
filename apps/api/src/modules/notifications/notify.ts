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

/** One recipient's notification of an event: what `notifyAll` writes. */
export interface NotificationMessage extends Omit<NotificationEvent, 'recipientIds'> {
  recipientId: string;
}

/**
 * How many messages one statement writes: the hourly rules may have tens of thousands at once
 * (the first run of a day at a million people), and each chunk is two statements.
 */
const CHUNK = 5_000;

/** Writes the notification of `event` for each of its recipients: `notifyAll` for one event. */
export function notify(ctx: RequestContext, event: NotificationEvent): Promise<string[]> {
  const { recipientIds, ...rest } = event;
  return notifyAll(
    ctx,
    [...new Set(recipientIds)].map((recipientId) => ({ ...rest, recipientId })),
  );
}

/**
 * Writes each message's notification and its deliveries, in the caller's transaction (`ctx.db`):
 * a notification exists exactly when its event does. One statement for the notifications and one
 * for their deliveries per chunk, whatever the number of messages. The bell's delivery is
 * DELIVERED at once; each channel the administrator enabled, the user did not mute and has an
 * address for gets a PENDING delivery, held until the user's quiet hours end. Events about single
 * tasks reach email, Zalo and SMS only through the daily digest. A message to a disabled account,
 * or one already written (same recipient, kind, subject and day), writes nothing. Returns the ids
 * of the notifications written.
 */
export async function notifyAll(ctx: RequestContext, messages: readonly NotificationMessage[]): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < messages.length; i += CHUNK) ids.push(...(await writeChunk(ctx, messages.slice(i, i + CHUNK))));
  return ids;
}

async function writeChunk(ctx: RequestContext, messages: readonly NotificationMessage[]): Promise<string[]> {
  if (messages.length === 0) return [];
  const today = todayInVietnam();
  const keys = messages.map((m) => `${m.kind}:${m.subject}:${m.day ?? today}`);
  const byKey = new Map(messages.map((m, i) => [`${m.recipientId}/${keys[i]}`, m]));
  const written: Array<{ id: string; recipient_id: string; dedupe_key: string; created_at: Date }> = await ctx.db.query(
    `INSERT INTO notification (recipient_id, kind, count, text, link, dedupe_key, read_at)
     SELECT m.r, m.k::notification_kind, m.c, m.t, m.l, m.d, CASE WHEN m.s THEN now() END
     FROM unnest($1::uuid[], $2::text[], $3::int[], $4::text[], $5::text[], $6::text[], $7::boolean[]) AS m(r, k, c, t, l, d, s)
     JOIN app_user u ON u.id = m.r AND u.disabled_at IS NULL
     ON CONFLICT (recipient_id, dedupe_key) DO NOTHING
     RETURNING id, recipient_id, dedupe_key, created_at`,
    [
      messages.map((m) => m.recipientId),
      messages.map((m) => m.kind),
      messages.map((m) => m.count ?? 1),
      messages.map((m) => notificationText(m.kind, m.count ?? 1).vi),
      messages.map((m) => NOTIFICATION_LINKS[m.kind]),
      keys,
      messages.map((m) => m.skipInApp === true),
    ],
  );
  if (written.length === 0) return [];

  const told = written.map((w) => ({
    ...w,
    message: byKey.get(`${w.recipient_id}/${w.dedupe_key}`) as NotificationMessage,
  }));
  const external = told.filter((w) => !DIGESTED_KINDS.has(w.message.kind));
  const channels = external.length > 0 ? await enabledChannels(ctx.db) : new Set<DeliveryChannel>();
  const preferences =
    channels.size > 0 ? await preferencesOf(ctx, [...new Set(external.map((w) => w.recipient_id))]) : new Map();
  const rows: DeliveryRow[] = [];
  for (const { id, recipient_id, created_at, message } of told) {
    if (!message.skipInApp) {
      rows.push([id, recipient_id, DeliveryChannel.IN_APP, DeliveryStatus.DELIVERED, created_at, message.kind]);
    }
    const pref = DIGESTED_KINDS.has(message.kind) ? undefined : preferences.get(recipient_id);
    if (!pref) continue;
    const muted = new Set(parseArray(pref.muted_channels));
    const leaves = afterQuietHours(new Date(created_at), pref.quiet_start_hour, pref.quiet_end_hour);
    for (const channel of EXTERNAL) {
      const address = channel === DeliveryChannel.EMAIL ? pref.email : pref.phone;
      if (channels.has(channel) && !muted.has(channel) && address) {
        rows.push([id, recipient_id, channel, DeliveryStatus.PENDING, leaves, message.kind]);
      }
    }
  }
  if (rows.length > 0) {
    await ctx.db.query(
      `INSERT INTO notification_delivery (notification_id, recipient_id, kind, channel, status, next_attempt_at, sent_at)
       SELECT n, r, k::notification_kind, c::delivery_channel, s::delivery_status, t, CASE WHEN s = 'DELIVERED' THEN t END
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::timestamptz[], $6::text[]) AS d(n, r, c, s, t, k)`,
      columns(rows),
    );
  }
  return written.map((w) => w.id);
}

type DeliveryRow = [string, string, DeliveryChannel, DeliveryStatus, Date, NotificationKind];

function columns(rows: DeliveryRow[]): unknown[] {
  return [0, 1, 2, 3, 4, 5].map((i) => rows.map((row) => row[i]));
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
