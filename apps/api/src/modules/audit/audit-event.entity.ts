import { Role } from '@hoanhap/shared';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One row per write and per read of a case file or sensitive field, written in the same
 * transaction as what it records. Holds ids and field names only, never values.
 */
@Entity({ name: 'audit_event' })
@Index(['returneeId', 'occurredAt'])
@Index(['actorId', 'occurredAt'])
export class AuditEvent {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt: Date;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'enum', enum: Role, enumName: 'role', nullable: true })
  actorRole: Role | null;

  /** e.g. "recordContact", "read:returnee", "read:sensitive". */
  @Column({ type: 'text' })
  action: string;

  @Column({ type: 'text' })
  objectType: string;

  @Column({ type: 'uuid', nullable: true })
  objectId: string | null;

  /** The person the record is about, for their access history. */
  @Column({ type: 'uuid', nullable: true })
  returneeId: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  fields: string[];

  @Column({ type: 'uuid', nullable: true })
  requestId: string | null;
}
