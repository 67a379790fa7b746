import { ClosureReason } from '@hoanhap/shared';
import { ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, type Relation } from 'typeorm';
import { BaseRecord } from '../../common/base.entity.js';
import { BelongsTo, DateColumn, EnumColumn, TextColumn } from '../../common/columns.js';
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
@Index(['incidentId'])
@Entity({ name: 'case_closure' })
@Index(['returneeId', 'closedOn'])
// The daily minimisation walks the closures in force in date order (minimisation/minimisation.jobs.ts).
@Index('case_closure_in_force', ['closedOn', 'id'], { where: 'reopened_on IS NULL' })
export class CaseClosure extends BaseRecord {
  @Column({ type: 'uuid' })
  returneeId: string;

  @EnumColumn(ClosureReason, 'closure_reason')
  reason: ClosureReason;

  @DateColumn()
  closedOn: string;

  @TextColumn({
    nullable: true,
    description: 'For EXPUNGED: the judicial record certificate or court decision number.',
  })
  proofNumber: string | null;

  @DateColumn({ nullable: true })
  proofDate: string | null;

  /** For NEW_CONVICTION: the incident that led to it. */
  @Column({ type: 'uuid', nullable: true })
  incidentId: string | null;

  @TextColumn({ nullable: true })
  note: string | null;

  @DateColumn({
    nullable: true,
    description: 'Set when the case was reopened; the closure then no longer counts from that day.',
  })
  reopenedOn: string | null;

  @TextColumn({ nullable: true })
  reopenReason: string | null;

  @BelongsTo(() => Returnee, { column: 'returnee_id', nullable: false, onDelete: 'CASCADE' })
  returnee?: Relation<Returnee>;

  @BelongsTo(() => Incident, { column: 'incident_id', nullable: true, onDelete: 'RESTRICT' })
  incident?: Relation<Incident>;
}
