import { ClosureReason } from '@hoanhap/shared';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseRecord } from '../../common/base.entity.js';
import { LocalDate } from '../../common/scalars.js';
import { Incident } from './incident.entity.js';
import { Returnee } from '../returnees/returnee.entity.js';

registerEnumType(ClosureReason, { name: 'ClosureReason' });

/**
 * The end of a person's time in the reintegration caseload. A person is in the caseload on date D
 * when they returned on or before D, have no closure in force on D (dated on or before D and not
 * reopened on or before D) and are not a parolee still on probation on D
 * (statistics/caseload-rule.ts).
 */
@ObjectType({ description: 'The closure of a case (kết thúc), with its proof for EXPUNGED.' })
@Entity({ name: 'case_closure' })
@Index(['returneeId', 'closedOn'])
export class CaseClosure extends BaseRecord {
  @Column({ type: 'uuid' })
  returneeId: string;

  @Field(() => ClosureReason)
  @Column({ type: 'enum', enum: ClosureReason, enumName: 'closure_reason' })
  reason: ClosureReason;

  @Field(() => LocalDate)
  @Column({ type: 'date' })
  closedOn: string;

  @Field(() => String, {
    nullable: true,
    description: 'For EXPUNGED: the judicial record certificate or court decision number.',
  })
  @Column({ type: 'text', nullable: true })
  proofNumber: string | null;

  @Field(() => LocalDate, { nullable: true })
  @Column({ type: 'date', nullable: true })
  proofDate: string | null;

  /** For NEW_CONVICTION: the incident that led to it. */
  @Column({ type: 'uuid', nullable: true })
  incidentId: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Set when the case was reopened; the closure then no longer counts from that day.',
  })
  @Column({ type: 'date', nullable: true })
  reopenedOn: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  reopenReason: string | null;

  @ManyToOne(() => Returnee, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'returnee_id' })
  returnee?: Relation<Returnee>;

  @ManyToOne(() => Incident, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'incident_id' })
  incident?: Relation<Incident>;
}
