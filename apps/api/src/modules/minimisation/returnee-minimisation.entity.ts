import { Column, Entity, Index, PrimaryColumn, type Relation } from 'typeorm';
import { BelongsTo } from '../../common/columns.js';
import { User } from '../auth/user.entity.js';
import { Returnee } from '../returnees/returnee.entity.js';

/** What a minimisation removed, by category (docs/security.md, Retention). */
export type MinimisedCounts = Partial<Record<string, number>>;

/**
 * A person's minimisation record: the legal hold that pauses it, and once done, when and under
 * which policy. No row means neither has happened. The hold's reason is personal data of the
 * proceeding (shown to officers of the person's unit only); the counts are not.
 */
@Entity({ name: 'returnee_minimisation' })
export class ReturneeMinimisation {
  @PrimaryColumn({ type: 'uuid' })
  returneeId: string;

  @Column({ type: 'text', nullable: true })
  holdReason: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  holdPlacedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  @Index()
  holdPlacedById: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  minimisedAt: Date | null;

  /** The policy applied: closure reason, closure date, the unit's setting and the due day. */
  @Column({ type: 'jsonb', nullable: true })
  policy: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  counts: MinimisedCounts | null;

  @BelongsTo(() => Returnee, { column: 'returnee_id', nullable: false, onDelete: 'CASCADE' })
  returnee?: Relation<Returnee>;

  @BelongsTo(() => User, { column: 'hold_placed_by_id', nullable: true, onDelete: 'RESTRICT' })
  holdPlacedBy?: Relation<User>;
}
