import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { BelongsTo } from '../../common/columns.js';
import { User } from '../auth/user.entity.js';

/**
 * A change a device sent with its own idempotency key, and the record it made. A phone that lost
 * the answer sends the change again with the same key: the first result is returned instead of a
 * second write. Not personal data (ids only); not exposed in the schema.
 */
@Entity({ name: 'client_change' })
@Index(['userId', 'idempotencyKey'], { unique: true })
export class ClientChange {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'uuid' })
  idempotencyKey: string;

  /** The mutation that made it (`recordContact`, ...): a key reused for another one is refused. */
  @Column({ type: 'text' })
  operation: string;

  /** The record the first run wrote; set in the same transaction. */
  @Column({ type: 'uuid', nullable: true })
  recordId: string | null;

  /** Indexed for the retention purge (OPERATIONAL_RETENTION.clientChangeDays). */
  @Index()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @BelongsTo(() => User, { column: 'user_id', nullable: false, onDelete: 'CASCADE' })
  user?: Relation<User>;
}
