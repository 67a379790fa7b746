import { Role } from '@hoanhap/shared';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { EnumColumn, IdColumn, TextColumn } from '../../common/columns.js';
// Registers Role with GraphQL before this type refers to it.
import '../auth/user.entity.js';

/**
 * One row per write and per read of a case file or sensitive field, written in the same
 * transaction as what it records. Holds ids and field names only, never values.
 *
 * Append-only (database triggers) and hash-chained after the fact: the `audit-seal` job appends each
 * committed row to the chain in `audit_seal` within seconds (migration 1796620000000-audit-seal,
 * audit-seal.ts), so writing a row takes no lock shared with other requests.
 */
@ObjectType({ description: 'One recorded write or read: who, what, when; ids and field names only.' })
@Entity({ name: 'audit_event' })
@Index(['returneeId', 'occurredAt'])
@Index(['actorId', 'occurredAt'])
export class AuditEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt: Date;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @EnumColumn(Role, 'role', { nullable: true, description: 'The role the actor had at the time.' })
  actorRole: Role | null;

  /** e.g. "recordContact", "read:returnee", "read:sensitive". */
  @TextColumn({ description: 'The mutation name, or "read:<what>", or "login_failed".' })
  action: string;

  @TextColumn()
  objectType: string;

  @IdColumn({ nullable: true })
  objectId: string | null;

  /** The person the record is about, for their access history. */
  @IdColumn({ nullable: true, description: 'The person the record is about, if any.' })
  returneeId: string | null;

  @Field(() => [String], { description: 'Names of the fields written or read, never their values.' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  fields: string[];

  @IdColumn({ nullable: true, description: 'The request that wrote the row (matches the server logs).' })
  requestId: string | null;
}
