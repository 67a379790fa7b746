import type { DomainEventType } from '@hoanhap/shared';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The outbox: one row per thing that happened (`DOMAIN_EVENT_TYPES`), written in the transaction of
 * the change itself, so an event exists exactly when its change committed. It names the record and
 * the unit, never what the record says: no personal data beyond an id. Consumers read it after
 * commit; the webhooks' dispatcher marks what it has turned into deliveries (`webhooks_dispatched_at`).
 */
@Entity({ name: 'domain_event' })
@Index('IDX_domain_event_webhooks_pending', ['occurredAt'], { where: 'webhooks_dispatched_at IS NULL' })
export class DomainEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 64 })
  type: DomainEventType;

  /** The record the event is about: the person for case events, the submission for a report. */
  @Column({ type: 'uuid' })
  subjectId: string;

  /** The unit where it happened (for a transfer, the receiving ward). */
  @Column({ type: 'uuid' })
  unitId: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  occurredAt: Date;

  /** When the webhooks' dispatcher turned the event into deliveries; null until then. */
  @Column({ type: 'timestamptz', nullable: true })
  webhooksDispatchedAt: Date | null;
}
