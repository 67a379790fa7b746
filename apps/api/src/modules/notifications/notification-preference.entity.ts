import { DeliveryChannel } from '@hoanhap/shared';
import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, type Relation, UpdateDateColumn } from 'typeorm';
import { BelongsTo } from '../../common/columns.js';
import { User } from '../auth/user.entity.js';

/**
 * How one user wants to be told: channels muted, the hour of the daily digest and the quiet hours
 * (Việt Nam time), and where to (an email other than the sign-in one, a phone for Zalo and SMS).
 * A user without a row has the defaults. The phone and email are personal data: shown to that user only.
 */
@ObjectType({ description: 'Your notification preferences.' })
@Entity({ name: 'notification_preference' })
export class NotificationPreference {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @Field(() => [DeliveryChannel])
  @Column({ type: 'enum', enum: DeliveryChannel, enumName: 'delivery_channel', array: true, default: '{}' })
  mutedChannels: DeliveryChannel[];

  @Field(() => Int, { description: 'Hour (0–23, Việt Nam time) of the daily digest by email, Zalo or SMS.' })
  @Column({ type: 'smallint', default: 7 })
  digestHour: number;

  @Field(() => Int, { description: 'Quiet hours start (0–23): nothing but the bell until they end.' })
  @Column({ type: 'smallint', default: 21 })
  quietStartHour: number;

  @Field(() => Int, { description: 'Quiet hours end (0–23).' })
  @Column({ type: 'smallint', default: 7 })
  quietEndHour: number;

  @Field(() => String, { nullable: true, description: 'Where emails go; the sign-in email when empty.' })
  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true, description: 'Mobile number for Zalo and SMS, stored as 84…' })
  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @BelongsTo(() => User, { column: 'user_id', nullable: false, onDelete: 'CASCADE' })
  user?: Relation<User>;
}

/** The preferences of a user who never set any. */
export const DEFAULT_PREFERENCE = {
  mutedChannels: [] as DeliveryChannel[],
  digestHour: 7,
  quietStartHour: 21,
  quietEndHour: 7,
  email: null,
  phone: null,
};
