import { EmploymentStatus } from '@hoanhap/shared';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseRecord } from '../../common/base.entity.js';
import { LocalDate } from '../../common/scalars.js';
import { Returnee } from '../returnees/returnee.entity.js';

registerEnumType(EmploymentStatus, { name: 'EmploymentStatus' });

/**
 * What a person did for a living from `startedOn` to `endedOn` (both inclusive; open-ended while
 * `endedOn` is null). Employment status on any date is derived from these periods, never stored.
 */
@ObjectType({ description: 'A dated period of work, training or no work (both dates inclusive).' })
@Entity({ name: 'employment_period' })
@Index(['returneeId', 'startedOn'])
@Check('employment_period_dates', '"ended_on" IS NULL OR "ended_on" >= "started_on"')
export class EmploymentPeriod extends BaseRecord {
  @Column({ type: 'uuid' })
  returneeId: string;

  @Field(() => EmploymentStatus)
  @Column({ type: 'enum', enum: EmploymentStatus, enumName: 'employment_status' })
  status: EmploymentStatus;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  employerName: string | null;

  @Field(() => LocalDate)
  @Column({ type: 'date' })
  startedOn: string;

  @Field(() => LocalDate, { nullable: true, description: 'Last day of the period; null while it goes on.' })
  @Column({ type: 'date', nullable: true })
  endedOn: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  endReason: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'When an officer or helper last checked it.' })
  @Column({ type: 'date', nullable: true })
  verifiedOn: string | null;

  @ManyToOne(() => Returnee, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'returnee_id' })
  returnee?: Relation<Returnee>;
}
