import { Permission } from '@hoanhap/shared';
import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { AfterArg, FirstArg } from '../../common/pagination/index.js';
import type { RequestContext } from '../../context.js';
import { Notification } from './notification.entity.js';
import {
  ConfigureNotificationChannelInput,
  MarkNotificationsReadInput,
  NotificationDeliveryFilter,
  UpdateNotificationPreferencesInput,
} from './notification.inputs.js';
import { notificationService } from './notification.service.js';
import {
  NotificationChannelStatus,
  NotificationConnection,
  NotificationDeliveryConnection,
} from './notification.types.js';
import { notificationAdminService } from './notification-admin.service.js';
import { NotificationDelivery } from './notification-delivery.entity.js';
import { NotificationPreference } from './notification-preference.entity.js';

@Resolver(() => Notification)
export class NotificationResolver {
  @Authorized()
  @Query(() => NotificationConnection, { description: 'Your notifications, newest first (the bell’s list).' })
  notifications(
    @FirstArg() first: number | null,
    @AfterArg() after: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<NotificationConnection> {
    return notificationService.list(ctx, first, after);
  }

  @Authorized()
  @Query(() => Int, { description: 'How many of your notifications are unread (the bell’s badge).' })
  unreadNotificationCount(@Ctx() ctx: RequestContext): Promise<number> {
    return notificationService.unreadCount(ctx);
  }

  @Authorized()
  @Mutation(() => Int, { description: 'Marks your notifications read; answers how many changed.' })
  markNotificationsRead(
    @Arg('input', () => MarkNotificationsReadInput) input: MarkNotificationsReadInput,
    @Ctx() ctx: RequestContext,
  ): Promise<number> {
    return notificationService.markRead(ctx, input);
  }

  @Authorized()
  @Query(() => NotificationPreference, { description: 'How you are notified.' })
  myNotificationPreferences(@Ctx() ctx: RequestContext): Promise<NotificationPreference> {
    return notificationService.preferences(ctx);
  }

  @Authorized()
  @Mutation(() => NotificationPreference, {
    description: 'Changes how you are notified (channels, digest, quiet hours).',
  })
  updateNotificationPreferences(
    @Arg('input', () => UpdateNotificationPreferencesInput) input: UpdateNotificationPreferencesInput,
    @Ctx() ctx: RequestContext,
  ): Promise<NotificationPreference> {
    return notificationService.updatePreferences(ctx, input);
  }

  @Authorized(Permission.ADMINISTER)
  @Query(() => [NotificationChannelStatus], { description: 'How each channel is configured (admin).' })
  notificationChannels(@Ctx() ctx: RequestContext): Promise<NotificationChannelStatus[]> {
    return notificationAdminService.channels(ctx);
  }

  @Authorized(Permission.ADMINISTER)
  @Mutation(() => NotificationChannelStatus, { description: 'Configures Zalo ZNS or SMS (admin).' })
  configureNotificationChannel(
    @Arg('input', () => ConfigureNotificationChannelInput) input: ConfigureNotificationChannelInput,
    @Ctx() ctx: RequestContext,
  ): Promise<NotificationChannelStatus> {
    return notificationAdminService.configure(ctx, input);
  }

  @Authorized(Permission.ADMINISTER)
  @Query(() => NotificationDeliveryConnection, { description: 'The delivery log of users in your scope (admin).' })
  notificationDeliveries(
    @Arg('filter', () => NotificationDeliveryFilter, { nullable: true }) filter: NotificationDeliveryFilter | null,
    @FirstArg() first: number | null,
    @AfterArg() after: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<NotificationDeliveryConnection> {
    return notificationAdminService.deliveries(ctx, filter, first, after);
  }

  @Authorized(Permission.ADMINISTER)
  @Mutation(() => NotificationDelivery, { description: 'Sends a delivery again at the next run (admin).' })
  resendNotificationDelivery(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<NotificationDelivery> {
    return notificationAdminService.resend(ctx, id);
  }
}
