import { internationalPhone } from '@hoanhap/shared';
import { requireActor } from '../../common/access.js';
import { badInput } from '../../common/errors.js';
import { keysetOrder, keysetPage, readEntityPage } from '../../common/pagination/index.js';
import { withTransaction } from '../../common/transaction.js';
import type { RequestContext } from '../../context.js';
import { audit } from '../audit/audit.service.js';
import { Notification } from './notification.entity.js';
import type { MarkNotificationsReadInput, UpdateNotificationPreferencesInput } from './notification.inputs.js';
import { DEFAULT_PREFERENCE, NotificationPreference } from './notification-preference.entity.js';
import type { NotificationConnection } from './notification.types.js';

const NEWEST_FIRST = keysetOrder('notifications', 'DESC', ['created_at', 'timestamptz'], ['id', 'uuid']);
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The signed-in user's own notifications and preferences: nobody sees another's. */
export class NotificationService {
  /** Your notifications with a bell entry, newest first. */
  async list(ctx: RequestContext, first?: number | null, after?: string | null): Promise<NotificationConnection> {
    const actor = requireActor(ctx);
    const page = keysetPage(NEWEST_FIRST, first, after);
    const mine = {
      table: 'notification',
      alias: 'n',
      // The digest has no bell entry (it counts what the bell already lists).
      where: ['n.recipient_id = $1', "n.kind <> 'DAILY_DIGEST'"],
      params: [actor.userId],
    };
    return readEntityPage(ctx.db, ctx.db.getRepository(Notification), page, mine);
  }

  async unreadCount(ctx: RequestContext): Promise<number> {
    const actor = requireActor(ctx);
    const [row] = await ctx.db.query(
      'SELECT count(*)::int AS n FROM notification WHERE recipient_id = $1 AND read_at IS NULL',
      [actor.userId],
    );
    return row?.n ?? 0;
  }

  /** Marks your notifications read (the ids given, or all); returns how many changed. */
  async markRead(ctx: RequestContext, input: MarkNotificationsReadInput): Promise<number> {
    const actor = requireActor(ctx);
    const ids = (input.ids ?? []).filter((id) => /^[0-9a-f-]{36}$/i.test(id));
    if (!input.all && ids.length === 0) return 0;
    return withTransaction(ctx, async (ctx) => {
      const changed: Array<{ id: string }> = await ctx.db.query(
        `WITH r AS (UPDATE notification SET read_at = now()
           WHERE recipient_id = $1 AND read_at IS NULL AND ($2 OR id = ANY($3::uuid[])) RETURNING id)
         SELECT id FROM r`,
        [actor.userId, input.all === true, ids],
      );
      if (changed.length > 0) {
        await audit(ctx, { action: 'markNotificationsRead', objectType: 'Notification', fields: ['readAt'] });
      }
      return changed.length;
    });
  }

  async preferences(ctx: RequestContext): Promise<NotificationPreference> {
    const actor = requireActor(ctx);
    const saved = await ctx.db.getRepository(NotificationPreference).findOneBy({ userId: actor.userId });
    return saved ?? Object.assign(new NotificationPreference(), { userId: actor.userId, ...DEFAULT_PREFERENCE });
  }

  async updatePreferences(
    ctx: RequestContext,
    input: UpdateNotificationPreferencesInput,
  ): Promise<NotificationPreference> {
    const actor = requireActor(ctx);
    const phone = input.phone?.trim() ? internationalPhone(input.phone) : input.phone === undefined ? undefined : null;
    if (input.phone?.trim() && !phone) throw badInput('input.phone', 'INVALID_PHONE.notificationPhone');
    const email = input.email?.trim() ? input.email.trim().toLowerCase() : input.email === undefined ? undefined : null;
    if (email && !EMAIL.test(email)) throw badInput('input.email', 'INVALID_EMAIL.notificationEmail');
    return withTransaction(ctx, async (ctx) => {
      const repo = ctx.db.getRepository(NotificationPreference);
      const current =
        (await repo.findOne({ where: { userId: actor.userId }, lock: { mode: 'pessimistic_write' } })) ??
        repo.create({ userId: actor.userId, ...DEFAULT_PREFERENCE });
      const changes = {
        mutedChannels: input.mutedChannels ? [...new Set(input.mutedChannels)] : undefined,
        digestHour: input.digestHour ?? undefined,
        quietStartHour: input.quietStartHour ?? undefined,
        quietEndHour: input.quietEndHour ?? undefined,
        email,
        phone,
      };
      const fields = Object.entries(changes)
        .filter(([, v]) => v !== undefined)
        .map(([k]) => k);
      for (const field of fields) Object.assign(current, { [field]: changes[field as keyof typeof changes] });
      const saved = await repo.save(current);
      await audit(ctx, {
        action: 'updateNotificationPreferences',
        objectType: 'NotificationPreference',
        objectId: actor.userId,
        fields,
      });
      return saved;
    });
  }
}

export const notificationService = new NotificationService();
