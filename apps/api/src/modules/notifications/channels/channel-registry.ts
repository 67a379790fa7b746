import { DeliveryChannel, type NotificationKind } from '@hoanhap/shared';
import type { EntityManager } from 'typeorm';
import { openSecret, type SecretKeeper } from '../../../common/stored-secret.js';
import { NotificationChannelSetting } from '../notification-channel-setting.entity.js';
import { DeliveryError, type NotificationChannel } from './channel.js';
import { EmailChannel, type MailSettings } from './email-channel.js';
import { SmsChannel } from './sms-channel.js';
import { ZaloZnsChannel, ZNS_BASE_URL } from './zalo-zns-channel.js';

/**
 * How this process sends notifications. Email comes from the environment (`SMTP_URL`,
 * `MAIL_FROM`, set once at start by `configureNotifications`); Zalo and SMS from the
 * administrator's settings in the database, read at each delivery run so every process follows a
 * change. Nothing is configured by default, so development sends nothing unless asked to.
 */
export interface NotificationSettings {
  mail: MailSettings | null;
  /** The web app's public address (`PUBLIC_URL`), to make links absolute in messages. */
  publicUrl: string | null;
}

let settings: NotificationSettings = { mail: null, publicUrl: null };
let email: EmailChannel | null = null;

export function configureNotifications(next: NotificationSettings): void {
  email?.close();
  settings = next;
  email = next.mail ? new EmailChannel(next.mail) : null;
}

export function notificationSettings(): NotificationSettings {
  return settings;
}

/** The channels a notification may go by now, besides the bell. */
export async function enabledChannels(db: Pick<EntityManager, 'query'>): Promise<Set<DeliveryChannel>> {
  const rows: Array<{ channel: DeliveryChannel }> = await db.query(
    'SELECT channel FROM notification_channel_setting WHERE enabled',
  );
  const channels = new Set(rows.map((row) => row.channel));
  if (settings.mail) channels.add(DeliveryChannel.EMAIL);
  return channels;
}

/**
 * The senders configured now, by channel. The Zalo token and the SMS key are stored sealed
 * (common/stored-secret.ts); one that cannot be opened (DEPLOYMENT_KEY_SECRET removed or changed)
 * makes a sender that fails each delivery with SECRET_UNREADABLE, which the delivery log shows,
 * and leaves the other channels working.
 */
export async function loadChannels(
  ctx: SecretKeeper & { db: EntityManager },
): Promise<Map<DeliveryChannel, NotificationChannel>> {
  const channels = new Map<DeliveryChannel, NotificationChannel>();
  if (email) channels.set(DeliveryChannel.EMAIL, email);
  const rows = await ctx.db.getRepository(NotificationChannelSetting).findBy({ enabled: true });
  for (const stored of rows) {
    let row: NotificationChannelSetting;
    try {
      row = { ...stored, secret: stored.secret === null ? null : openSecret(ctx, stored.secret) };
    } catch {
      channels.set(stored.channel, unreadable(stored.channel));
      continue;
    }
    const s = row.settings as Record<string, unknown>;
    if (row.channel === DeliveryChannel.ZALO_ZNS && row.secret) {
      channels.set(
        row.channel,
        new ZaloZnsChannel({
          baseUrl: typeof s.baseUrl === 'string' && s.baseUrl ? s.baseUrl : ZNS_BASE_URL,
          appId: typeof s.appId === 'string' ? s.appId : null,
          accessToken: row.secret,
          templates: (s.templates ?? {}) as Partial<Record<NotificationKind, string>>,
        }),
      );
    }
    if (row.channel === DeliveryChannel.SMS && row.secret && typeof s.providerUrl === 'string') {
      channels.set(
        row.channel,
        new SmsChannel({ providerUrl: s.providerUrl, brandname: String(s.brandname ?? ''), apiKey: row.secret }),
      );
    }
  }
  return channels;
}

function unreadable(channel: DeliveryChannel): NotificationChannel {
  return {
    channel,
    send: async () => {
      throw new DeliveryError(
        'SECRET_UNREADABLE: the stored secret needs the deployment’s DEPLOYMENT_KEY_SECRET',
        false,
      );
    },
  };
}
