import { DeliveryChannel, DeliveryStatus, type NotificationKind } from '@hoanhap/shared';
import { appError, badInput, ErrorCode, notFound } from '../../common/errors.js';
import { sealSecret } from '../../common/stored-secret.js';
import { keysetOrder, keysetPage, readEntityPage } from '../../common/pagination/index.js';
import { withTransaction } from '../../common/transaction.js';
import type { RequestContext } from '../../context.js';
import { audit } from '../audit/audit.service.js';
import { notificationSettings } from './channels/channel-registry.js';
import { ZNS_BASE_URL } from './channels/zalo-zns-channel.js';
import { ZNS_RECEIPT_PATH } from './zalo-zns-receipt.js';
import type { ConfigureNotificationChannelInput, NotificationDeliveryFilter } from './notification.inputs.js';
import type { NotificationChannelStatus, NotificationDeliveryConnection } from './notification.types.js';
import { NotificationChannelSetting } from './notification-channel-setting.entity.js';
import { NotificationDelivery } from './notification-delivery.entity.js';

const NEWEST_FIRST = keysetOrder('notificationDeliveries', 'DESC', ['created_at', 'timestamptz'], ['id', 'uuid']);
const CONFIGURABLE = [DeliveryChannel.ZALO_ZNS, DeliveryChannel.SMS];

/**
 * What the administrator does with notifications: configure Zalo ZNS and SMS, read the delivery
 * log of the users in their scope, and resend a delivery. Secrets are written, never read back.
 */
export class NotificationAdminService {
  async channels(ctx: RequestContext): Promise<NotificationChannelStatus[]> {
    const saved = await ctx.db.getRepository(NotificationChannelSetting).find();
    const mail = notificationSettings().mail;
    const email: NotificationChannelStatus = {
      ...blank(DeliveryChannel.EMAIL),
      enabled: mail !== null,
      fromEnvironment: true,
      sender: mail?.mailFrom ?? null,
    };
    return [
      email,
      ...CONFIGURABLE.map((channel) => {
        const row = saved.find((s) => s.channel === channel);
        if (!row) return blank(channel);
        const s = row.settings as Record<string, unknown>;
        const text = (key: string) => (typeof s[key] === 'string' ? (s[key] as string) : null);
        return {
          ...blank(channel),
          enabled: row.enabled,
          baseUrl: text('baseUrl'),
          appId: text('appId'),
          templates: Object.entries((s.templates ?? {}) as Record<string, string>).map(([kind, templateId]) => ({
            kind: kind as NotificationKind,
            templateId,
          })),
          providerUrl: text('providerUrl'),
          brandname: text('brandname'),
          secretSet: row.secret !== null,
          receiptSecretSet: row.receiptSecret !== null,
          updatedAt: row.updatedAt,
        };
      }),
    ];
  }

  async configure(ctx: RequestContext, input: ConfigureNotificationChannelInput): Promise<NotificationChannelStatus> {
    if (!CONFIGURABLE.includes(input.channel)) throw badInput('input.channel', 'NOT_CONFIGURABLE.channel');
    for (const [field, url] of [
      ['input.baseUrl', input.baseUrl],
      ['input.providerUrl', input.providerUrl],
    ] as const) {
      if (url && !/^https?:\/\/[^\s]+$/.test(url.trim())) throw badInput(field, 'INVALID_URL.channelUrl');
    }
    await withTransaction(ctx, async (ctx) => {
      const repo = ctx.db.getRepository(NotificationChannelSetting);
      const row =
        (await repo.findOne({ where: { channel: input.channel }, lock: { mode: 'pessimistic_write' } })) ??
        repo.create({ channel: input.channel, enabled: false, settings: {}, secret: null, receiptSecret: null });
      const secret = input.secret?.trim() ? sealSecret(ctx, input.secret.trim()) : row.secret;
      if (input.receiptSecret?.trim() && input.channel === DeliveryChannel.ZALO_ZNS) {
        row.receiptSecret = sealSecret(ctx, input.receiptSecret.trim());
      }
      if (input.enabled && !secret) throw badInput('input.secret', 'REQUIRED.channelSecret');
      if (input.enabled && input.channel === DeliveryChannel.SMS && !input.providerUrl?.trim()) {
        throw badInput('input.providerUrl', 'INVALID_URL.channelUrl');
      }
      row.enabled = input.enabled;
      row.secret = secret;
      row.settings =
        input.channel === DeliveryChannel.ZALO_ZNS
          ? {
              baseUrl: input.baseUrl?.trim() || ZNS_BASE_URL,
              appId: input.appId?.trim() || null,
              templates: Object.fromEntries((input.templates ?? []).map((t) => [t.kind, t.templateId.trim()])),
            }
          : { providerUrl: input.providerUrl?.trim() ?? null, brandname: input.brandname?.trim() ?? null };
      await repo.save(row);
      const fields = [
        'enabled',
        ...Object.keys(row.settings),
        ...(input.secret?.trim() ? ['secret'] : []),
        ...(input.receiptSecret?.trim() && input.channel === DeliveryChannel.ZALO_ZNS ? ['receiptSecret'] : []),
      ];
      await audit(ctx, { action: 'configureNotificationChannel', objectType: 'NotificationChannel', fields });
    });
    const all = await this.channels(ctx);
    return all.find((c) => c.channel === input.channel) as NotificationChannelStatus;
  }

  /** The delivery log for recipients in the admin's scope, newest first. */
  async deliveries(
    ctx: RequestContext,
    filter: NotificationDeliveryFilter | null | undefined,
    first?: number | null,
    after?: string | null,
  ): Promise<NotificationDeliveryConnection> {
    const page = keysetPage(NEWEST_FIRST, first, after);
    const where = ['d.recipient_id IN (SELECT u.id FROM app_user u WHERE u.unit_id = ANY($1::uuid[]))'];
    const params: unknown[] = [await ctx.unitScope()];
    for (const [column, value] of [
      ['status', filter?.status],
      ['channel', filter?.channel],
      ['kind', filter?.kind],
    ] as const) {
      if (value) {
        params.push(value);
        where.push(`d.${column}::text = $${params.length}`);
      }
    }
    const list = { table: 'notification_delivery', alias: 'd', where, params };
    return readEntityPage(ctx.db, ctx.db.getRepository(NotificationDelivery), page, list);
  }

  /** Sends a delivery again at the next run, whatever it reached: attempts start over. */
  async resend(ctx: RequestContext, id: string): Promise<NotificationDelivery> {
    return withTransaction(ctx, async (ctx) => {
      const repo = ctx.db.getRepository(NotificationDelivery);
      const found = /^[0-9a-f-]{36}$/i.test(id)
        ? await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } })
        : null;
      const inScope =
        found &&
        (
          await ctx.db.query('SELECT 1 FROM app_user WHERE id = $1 AND unit_id = ANY($2::uuid[])', [
            found.recipientId,
            await ctx.unitScope(),
          ])
        ).length > 0;
      if (!found || !inScope) throw notFound('NOT_FOUND.notificationDelivery');
      if (found.channel === DeliveryChannel.IN_APP) {
        throw appError(ErrorCode.BAD_USER_INPUT, 'NOT_RESENDABLE.delivery');
      }
      found.status = DeliveryStatus.PENDING;
      found.attempts = 0;
      found.lastError = null;
      found.deliveredAt = null;
      found.nextAttemptAt = new Date();
      const saved = await repo.save(found);
      await audit(ctx, {
        action: 'resendNotificationDelivery',
        objectType: 'NotificationDelivery',
        objectId: saved.id,
        fields: ['status'],
      });
      return saved;
    });
  }
}

function blank(channel: DeliveryChannel): NotificationChannelStatus {
  return {
    channel,
    enabled: false,
    fromEnvironment: false,
    baseUrl: null,
    appId: null,
    templates: [],
    providerUrl: null,
    brandname: null,
    secretSet: false,
    receiptSecretSet: false,
    receiptUrl: channel === DeliveryChannel.ZALO_ZNS ? receiptUrl() : null,
    sender: null,
    updatedAt: null,
  };
}

/** Absolute when the deployment's public address is known (PUBLIC_URL), as Zalo needs it. */
function receiptUrl(): string {
  const base = notificationSettings().publicUrl;
  return base ? new URL(ZNS_RECEIPT_PATH, base).toString() : ZNS_RECEIPT_PATH;
}

export const notificationAdminService = new NotificationAdminService();
