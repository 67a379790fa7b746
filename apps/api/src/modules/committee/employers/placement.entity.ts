import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseRecord } from '../../../common/base.entity.js';
import { LocalDate } from '../../../common/scalars.js';
import { Organisation } from '../../organisations/organisation.entity.js';
import { EmploymentPeriod } from '../../employment/employment-period.entity.js';
import { Returnee } from '../../returnees/returnee.entity.js';
import { JobOffer } from './job-offer.entity.js';

/**
 * A returnee placed with a partner employer. Creating one also opens the person's employment
 * period (the status on any date stays derived from periods). Personal data: who works where.
 */
@ObjectType({ description: 'A person placed with a partner employer; opens their employment period.' })
@Entity({ name: 'placement' })
@Index(['employerId', 'startedOn'])
@Index(['returneeId'])
export class Placement extends BaseRecord {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  employerId: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  jobOfferId: string | null;

  @Column({ type: 'uuid' })
  returneeId: string;

  @Field(() => LocalDate)
  @Column({ type: 'date' })
  startedOn: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Length of the labour contract in months; null when there is no labour contract.',
  })
  @Column({ type: 'smallint', nullable: true })
  contractMonths: number | null;

  @Column({ type: 'uuid' })
  employmentPeriodId: string;

  @ManyToOne(() => Organisation, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'employer_id' })
  employer?: Relation<Organisation>;

  @ManyToOne(() => JobOffer, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'job_offer_id' })
  jobOffer?: Relation<JobOffer>;

  @ManyToOne(() => Returnee, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'returnee_id' })
  returnee?: Relation<Returnee>;

  @ManyToOne(() => EmploymentPeriod, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employment_period_id' })
  employmentPeriod?: Relation<EmploymentPeriod>;
}
