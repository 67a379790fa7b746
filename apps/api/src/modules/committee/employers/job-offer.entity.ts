import { Field, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, type Relation } from 'typeorm';
import { BaseRecord } from '../../../common/base.entity.js';
import { BelongsTo, DateColumn, IdColumn, TextColumn } from '../../../common/columns.js';
import { Organisation } from '../../organisations/organisation.entity.js';
import { JobOfferStatus } from '../enums.js';

/** Jobs a partner employer offers to returnees. Not personal data. */
@ObjectType({ description: 'A job offer of a partner employer.' })
@Entity({ name: 'job_offer' })
@Index(['employerId', 'status'])
@Check('job_offer_count', '"positions" > 0')
@Check('job_offer_wage', '"wage_min_vnd" IS NULL OR "wage_max_vnd" IS NULL OR "wage_max_vnd" >= "wage_min_vnd"')
export class JobOffer extends BaseRecord {
  @IdColumn()
  employerId: string;

  @TextColumn()
  title: string;

  @Field(() => Int, { description: 'Number of positions.' })
  @Column({ type: 'integer' })
  positions: number;

  @Field(() => String, { nullable: true, description: 'Lowest monthly wage in VND (whole đồng, as a string).' })
  @Column({ type: 'bigint', nullable: true })
  wageMinVnd: string | null;

  @Field(() => String, { nullable: true, description: 'Highest monthly wage in VND (whole đồng, as a string).' })
  @Column({ type: 'bigint', nullable: true })
  wageMaxVnd: string | null;

  @Field(() => JobOfferStatus)
  @Column({ type: 'enum', enum: JobOfferStatus, enumName: 'job_offer_status', default: JobOfferStatus.OPEN })
  status: JobOfferStatus;

  @DateColumn()
  offeredOn: string;

  @BelongsTo(() => Organisation, { column: 'employer_id', nullable: false, onDelete: 'RESTRICT' })
  employer?: Relation<Organisation>;
}
