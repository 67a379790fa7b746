import { DeliveryChannel, NotificationKind } from '@hoanhap/shared';
import { Field, ObjectType } from 'type-graphql';
import { CountedConnection } from '../../common/pagination/index.js';
import { Notification } from './notification.entity.js';
import { NotificationDelivery } from './notification-delivery.entity.js';

@ObjectType({ description: 'A page of your notifications, newest first.' })
export class NotificationConnection extends CountedConnection(Notification, 'Notification') {}

@ObjectType({ description: 'A page of the delivery log, newest first.' })
export class NotificationDeliveryConnection extends CountedConnection(NotificationDelivery, 'NotificationDelivery') {}

@ObjectType({ description: 'The ZNS template approved for one event.' })
export class ZnsTemplate {
  @Field(() => NotificationKind) kind: NotificationKind;
  @Field(() => String) templateId: string;
}

@ObjectType({
  description: 'How a channel is configured (admin). Secrets are never returned, only whether one is saved.',
})
export class NotificationChannelStatus {
  @Field(() => DeliveryChannel) channel: DeliveryChannel;
  @Field(() => Boolean, { description: 'Messages go by this channel.' }) enabled: boolean;
  @Field(() => Boolean, { description: 'Set by the environment (email: SMTP_URL), not here.' })
  fromEnvironment: boolean;
  @Field(() => String, { nullable: true }) baseUrl: string | null;
  @Field(() => String, { nullable: true }) appId: string | null;
  @Field(() => [ZnsTemplate]) templates: ZnsTemplate[];
  @Field(() => String, { nullable: true }) providerUrl: string | null;
  @Field(() => String, { nullable: true }) brandname: string | null;
  @Field(() => Boolean, { description: 'A token or key is saved (it is never shown).' }) secretSet: boolean;
  @Field(() => Boolean, { description: 'ZNS: the key that signs delivery receipts is saved (it is never shown).' })
  receiptSecretSet: boolean;
  @Field(() => String, {
    nullable: true,
    description: 'ZNS: the address to register at Zalo as the official account’s webhook, for delivery receipts.',
  })
  receiptUrl: string | null;
  @Field(() => String, { nullable: true, description: 'Email: the sender address (MAIL_FROM).' }) sender: string | null;
  @Field(() => Date, { nullable: true }) updatedAt: Date | null;
}
