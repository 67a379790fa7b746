import { WebhookDisabledReason, WebhookEndpointStatus } from '@hoanhap/shared';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, type Relation } from 'typeorm';
import { BaseRecord } from '../../common/base.entity.js';
import { BelongsTo, EnumColumn, IdColumn, TextColumn } from '../../common/columns.js';
import { DataSharingAgreement } from '../agreements/agreement.entity.js';

registerEnumType(WebhookEndpointStatus, { name: 'WebhookEndpointStatus' });
registerEnumType(WebhookDisabledReason, { name: 'WebhookDisabledReason' });

/**
 * An HTTPS address a department gave, under a data-sharing agreement, to be told of events in the
 * agreement's units (`DOMAIN_EVENT_TYPES`). Not personal data. The signing secrets are never
 * answered (the new one is shown once, when made); at rest they are encrypted with
 * DEPLOYMENT_KEY_SECRET when the deployment has one (webhook-secret.ts).
 */
@ObjectType({ description: 'An HTTPS endpoint a department subscribed to events under an agreement.' })
@Entity({ name: 'webhook_endpoint' })
@Index(['agreementId'])
export class WebhookEndpoint extends BaseRecord {
  @IdColumn({ description: 'The data-sharing agreement it belongs to.' })
  agreementId: string;

  @TextColumn({ description: 'Where events are POSTed (https://).' })
  url: string;

  @Field(() => [String], { description: 'The event types it receives (see docs/api.md, "Webhooks").' })
  @Column({ type: 'text', array: true })
  eventTypes: string[];

  @EnumColumn(WebhookEndpointStatus, 'webhook_endpoint_status')
  status: WebhookEndpointStatus;

  @EnumColumn(WebhookDisabledReason, 'webhook_disabled_reason', { nullable: true })
  disabledReason: WebhookDisabledReason | null;

  @Field(() => Int, { description: 'Attempts that failed in a row; reset by a success or by enabling it.' })
  @Column({ type: 'integer', default: 0 })
  consecutiveFailures: number;

  /** The secret deliveries are signed with (`whsec_…`, or its encrypted form). */
  @Column({ type: 'text' })
  secret: string;

  /** The secret before the last rotation, still signed with until `previousSecretExpiresAt`. */
  @Column({ type: 'text', nullable: true })
  previousSecret: string | null;

  @Field(() => Date, { nullable: true, description: 'Until when the secret before the last rotation still signs.' })
  @Column({ type: 'timestamptz', nullable: true })
  previousSecretExpiresAt: Date | null;

  @BelongsTo(() => DataSharingAgreement, { column: 'agreement_id', nullable: false, onDelete: 'RESTRICT' })
  agreement?: Relation<DataSharingAgreement>;
}

/** The endpoint and its new secret, answered once when it is made or rotated. */
@ObjectType({ description: 'An endpoint with its signing secret: shown this once, store it now.' })
export class WebhookEndpointWithSecret {
  @Field(() => WebhookEndpoint)
  endpoint: WebhookEndpoint;

  @Field(() => String, { description: 'The `whsec_…` secret the receiver verifies signatures with.' })
  secret: string;
}
