import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, type Relation } from 'typeorm';
import { BaseRecord } from '../../../common/base.entity.js';
import { BelongsTo, DateColumn, IdColumn } from '../../../common/columns.js';
import { Organisation } from '../../organisations/organisation.entity.js';
import { EmploymentPeriod } from '../../employment/employment-period.entity.js';
import { Returnee } from '../../returnees/returnee.entity.js';
import { JobOffer } from './job-offer.entity.js';

/**
 * A returnee placed with a partner employer. Creating one also opens the person's employment
 * period (the status on any date stays derived from periods). Personal data: who works where.
 */
@ObjectType({ description: 'A person placed with a partner employer; opens their employment period.' })
@Index(['employmentPeriodId'])
@Index(['jobOfferId'])
@Entity({ name: 'placement' })
@Index(['employerId', 'startedOn'])
@Index(['returneeId'])
export class Placement extends BaseRecord {
  @IdColumn()
  employerId: string;

  @IdColumn({ nullable: true })
  jobOfferId: string | null;

  @Column({ type: 'uuid' })
  returneeId: string;

  @DateColumn()
  startedOn: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Length of the labour contract in months; null when there is no labour contract.',
  })
  @Column({ type: 'smallint', nullable: true })
  contractMonths: number | null;

  @Column({ type: 'uuid' })
  employmentPeriodId: string;

  @BelongsTo(() => Organisation, { column: 'employer_id', nullable: false, onDelete: 'RESTRICT' })
  employer?: Relation<Organisation>;

  @BelongsTo(() => JobOffer, { column: 'job_offer_id', nullable: true, onDelete: 'RESTRICT' })
  jobOffer?: Relation<JobOffer>;

  @BelongsTo(() => Returnee, { column: 'returnee_id', nullable: false, onDelete: 'CASCADE' })
  returnee?: Relation<Returnee>;

  @BelongsTo(() => EmploymentPeriod, { column: 'employment_period_id', nullable: false, onDelete: 'CASCADE' })
  employmentPeriod?: Relation<EmploymentPeriod>;
}
