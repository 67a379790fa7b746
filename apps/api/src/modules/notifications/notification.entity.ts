import { NotificationKind } from '@hoanhap/shared';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { BelongsTo, EnumColumn, TextColumn } from '../../common/columns.js';
import { User } from '../auth/user.entity.js';

registerEnumType(NotificationKind, { name: 'NotificationKind', description: 'The event a notification tells about.' });

/**
 * One message to one user about an event (tasks given or due, a release notice, ...). Its words
 * name no person and nothing about a conviction: a count and a link (packages/shared
 * notifications.ts). `dedupeKey` (kind, subject, day) is unique per recipient, so a rule that runs
 * twice notifies once. Its deliveries by each channel are `notification_delivery` rows.
 */
@ObjectType({ description: 'A notification for the signed-in user (the bell).' })
@Entity({ name: 'notification' })
@Index(['recipientId', 'dedupeKey'], { unique: true })
@Index(['recipientId', 'createdAt'])
export class Notification {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  recipientId: string;

  @EnumColumn(NotificationKind, 'notification_kind')
  kind: NotificationKind;

  @Field(() => Int, { description: 'How many things the message is about (tasks, notices, ...).' })
  @Column({ type: 'integer', default: 1 })
  count: number;

  @TextColumn({ description: 'The message in Vietnamese, without names or anything about a conviction.' })
  text: string;

  @TextColumn({ description: 'The page of the web app it opens, e.g. "/tasks".' })
  link: string;

  /** `<kind>:<subject>:<day>`: the same event about the same thing on the same day is one notification. */
  @Column({ type: 'text' })
  dedupeKey: string;

  /** Indexed for the retention purge (OPERATIONAL_RETENTION.notificationDays). */
  @Index()
  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @BelongsTo(() => User, { column: 'recipient_id', nullable: false, onDelete: 'CASCADE' })
  recipient?: Relation<User>;
}
