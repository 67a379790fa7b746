import { DeliveryChannel, DeliveryStatus, NotificationKind } from '@hoanhap/shared';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { BelongsTo, EnumColumn, IdColumn, TextColumn } from '../../common/columns.js';
import { User } from '../auth/user.entity.js';
import { Notification } from './notification.entity.js';

registerEnumType(DeliveryChannel, {
  name: 'DeliveryChannel',
  description: 'How a notification reaches its recipient.',
});
registerEnumType(DeliveryStatus, { name: 'DeliveryStatus', description: 'Where one delivery stands.' });

/**
 * The outbox and its log: one notification sent by one channel. Written PENDING in the transaction
 * of the event (an in-app one is DELIVERED at once); the `notification-delivery` job sends what is
 * due, retries with back-off, and records SENT or FAILED with the reason; Zalo's delivery receipt
 * (zalo-zns-receipt.ts) makes a SENT one DELIVERED. `nextAttemptAt` is also
 * the lease of a claimed row: a process that dies mid-send leaves it to be tried again later.
 */
@ObjectType({ description: 'One notification sent by one channel: the delivery log (admin).' })
@Entity({ name: 'notification_delivery' })
@Index(['status', 'nextAttemptAt'])
@Index(['notificationId'])
@Index(['recipientId'])
@Index(['createdAt'])
export class NotificationDelivery {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @IdColumn()
  notificationId: string;

  @IdColumn()
  recipientId: string;

  @EnumColumn(NotificationKind, 'notification_kind')
  kind: NotificationKind;

  @EnumColumn(DeliveryChannel, 'delivery_channel')
  channel: DeliveryChannel;

  @EnumColumn(DeliveryStatus, 'delivery_status')
  status: DeliveryStatus;

  @Field(() => Int)
  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @TextColumn({ nullable: true, description: 'Why the last attempt failed (a code and the provider’s words).' })
  lastError: string | null;

  @Field(() => Date)
  @Column({ type: 'timestamptz' })
  nextAttemptAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the provider said it reached the phone (Zalo ZNS receipts); then the status is DELIVERED.',
  })
  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;

  @TextColumn({ nullable: true, description: 'The provider’s id for the message (SMTP message id, ZNS msg_id).' })
  providerMessageId: string | null;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @BelongsTo(() => Notification, { column: 'notification_id', nullable: false, onDelete: 'CASCADE' })
  notification?: Relation<Notification>;

  @BelongsTo(() => User, { column: 'recipient_id', nullable: false, onDelete: 'CASCADE' })
  recipient?: Relation<User>;
}
