import { WebhookDeliveryStatus } from '@hoanhap/shared';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { BelongsTo, EnumColumn, IdColumn, TextColumn } from '../../common/columns.js';
import { WebhookEndpoint } from './webhook-endpoint.entity.js';

registerEnumType(WebhookDeliveryStatus, { name: 'WebhookDeliveryStatus' });

/**
 * One event to be sent to one endpoint, and how its sending went: the delivery log. It holds what
 * the thin payload says (type, record id, unit code, time), never a person's details. The pair
 * (endpoint, event) is unique, so an event reaches an endpoint once however the dispatch runs.
 */
@ObjectType({ description: 'One event sent (or being sent) to one endpoint.' })
@Entity({ name: 'webhook_delivery' })
@Index(['endpointId', 'eventId'], { unique: true })
@Index(['endpointId', 'createdAt'])
@Index('IDX_webhook_delivery_due', ['nextAttemptAt'], { where: `status = 'PENDING'` })
export class WebhookDelivery {
  @Field(() => ID, { description: 'Also the `webhook-id` header, as `msg_<id>`: the same on every retry.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @IdColumn()
  endpointId: string;

  /** The outbox row it came from; null for a test event. */
  @Column({ type: 'uuid', nullable: true })
  eventId: string | null;

  @TextColumn({ description: 'The event type, e.g. "case.closed", or "test".' })
  eventType: string;

  @IdColumn({ description: 'The record the event is about (the payload’s data.id).' })
  subjectId: string;

  @TextColumn({ description: 'The unit where it happened (the payload’s data.unitCode).' })
  unitCode: string;

  @Field(() => Date)
  @Column({ type: 'timestamptz' })
  occurredAt: Date;

  @EnumColumn(WebhookDeliveryStatus, 'webhook_delivery_status')
  status: WebhookDeliveryStatus;

  @Field(() => Int, { description: 'Attempts made so far.' })
  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Field(() => Int, { nullable: true, description: 'HTTP status of the last attempt (null: no answer).' })
  @Column({ type: 'integer', nullable: true })
  lastStatusCode: number | null;

  @TextColumn({ nullable: true, description: 'Why the last attempt failed, when it did (never the answer’s body).' })
  lastError: string | null;

  @Field(() => Date, { nullable: true, description: 'When the next retry is due, while PENDING.' })
  @Column({ type: 'timestamptz', nullable: true })
  nextAttemptAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @BelongsTo(() => WebhookEndpoint, { column: 'endpoint_id', nullable: false, onDelete: 'CASCADE' })
  endpoint?: Relation<WebhookEndpoint>;
}

/** One HTTP attempt of a delivery: when, the answer's status, how long, and why it failed. */
@ObjectType({ description: 'One attempt to send a delivery.' })
@Entity({ name: 'webhook_attempt' })
@Index(['deliveryId', 'attemptedAt'])
export class WebhookAttempt {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  deliveryId: string;

  @Field(() => Date)
  @Column({ type: 'timestamptz', default: () => 'now()' })
  attemptedAt: Date;

  @Field(() => Int, { nullable: true, description: 'The HTTP status answered (null: none, see error).' })
  @Column({ type: 'integer', nullable: true })
  statusCode: number | null;

  @Field(() => Int)
  @Column({ type: 'integer' })
  durationMs: number;

  @TextColumn({ nullable: true, description: 'Timeout, refused connection, redirect… (never the answer’s body).' })
  error: string | null;

  @BelongsTo(() => WebhookDelivery, { column: 'delivery_id', nullable: false, onDelete: 'CASCADE' })
  delivery?: Relation<WebhookDelivery>;
}
