import { ClosureReason } from '@hoanhap/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Returnee } from './returnee.entity.js';
import { BaseRecord } from '../../common/base.entity.js';

/**
 * The end of a person's time in the reintegration caseload. A person is in the caseload on date D
 * when they returned on or before D and have no closure dated on or before D.
 */
@Entity({ name: 'case_closure' })
@Index(['returneeId', 'closedOn'])
export class CaseClosure extends BaseRecord {
  @Column({ type: 'uuid' })
  returneeId: string;

  @Column({ type: 'enum', enum: ClosureReason, enumName: 'closure_reason' })
  reason: ClosureReason;

  @Column({ type: 'date' })
  closedOn: string;

  /** For EXPUNGED: number of the judicial record certificate or court decision. */
  @Column({ type: 'text', nullable: true })
  proofNumber: string | null;

  @Column({ type: 'date', nullable: true })
  proofDate: string | null;

  @ManyToOne(() => Returnee, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'returnee_id' })
  returnee?: Relation<Returnee>;
}
