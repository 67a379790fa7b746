import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, type Relation } from 'typeorm';
import { BelongsTo } from '../../common/columns.js';
import { User } from './user.entity.js';

/**
 * A browser session. The cookie holds a random token; the table holds only its keyed hash, so a
 * copy of the database cannot be used to sign in.
 */
@Entity({ name: 'session' })
export class Session {
  @PrimaryColumn({ type: 'text' })
  tokenHash: string;

  @Index()
  @Column({ type: 'uuid' })
  userId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  lastSeenAt: Date;

  /** Absolute end of the session, whatever the activity. */
  @Index()
  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @BelongsTo(() => User, { column: 'user_id', nullable: false, onDelete: 'CASCADE' })
  user?: Relation<User>;
}
