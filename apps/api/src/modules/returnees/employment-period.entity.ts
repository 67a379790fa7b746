import { EmploymentStatus } from '@hoanhap/shared';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Returnee } from './returnee.entity.js';
import { BaseRecord } from '../../common/base.entity.js';

/**
 * What a person did for a living from `startedOn` to `endedOn` (both inclusive; open-ended while
 * `endedOn` is null). Employment status on any date is derived from these periods, never stored.
 */
@Entity({ name: 'employment_period' })
@Check('employment_period_dates', '"ended_on" IS NULL OR "ended_on" >= "started_on"')
@Index(['returneeId', 'startedOn'])
export class EmploymentPeriod extends BaseRecord {
  @Column({ type: 'uuid' })
  returneeId: string;

  @Column({ type: 'enum', enum: EmploymentStatus, enumName: 'employment_status' })
  status: EmploymentStatus;

  @Column({ type: 'text', nullable: true })
  employerName: string | null;

  @Column({ type: 'date' })
  startedOn: string;

  @Column({ type: 'date', nullable: true })
  endedOn: string | null;

  @Column({ type: 'text', nullable: true })
  endReason: string | null;

  @ManyToOne(() => Returnee, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'returnee_id' })
  returnee?: Relation<Returnee>;
}
