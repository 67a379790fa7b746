import { FundingSource, SupportStatus, SupportType } from '@hoanhap/shared';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseRecord } from '../../common/base.entity.js';
import { LocalDate } from '../../common/scalars.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Returnee } from '../returnees/returnee.entity.js';

registerEnumType(SupportType, { name: 'SupportType' });
registerEnumType(SupportStatus, { name: 'SupportStatus' });
registerEnumType(FundingSource, { name: 'FundingSource' });

/** A support action (Decree 49/2020): counselling, papers, training, a job, a loan, aid. */
@ObjectType({ description: 'A support action for a person (hỗ trợ).' })
@Entity({ name: 'support' })
@Index(['returneeId', 'startedOn'])
@Check('support_amount_not_negative', '"amount_vnd" IS NULL OR "amount_vnd" >= 0')
export class Support extends BaseRecord {
  @Column({ type: 'uuid' })
  returneeId: string;

  @Field(() => SupportType)
  @Column({ type: 'enum', enum: SupportType, enumName: 'support_type' })
  type: SupportType;

  @Column({ type: 'uuid', nullable: true })
  providerOrganisationId: string | null;

  @Field(() => String, { nullable: true, description: 'Who provides it, when not one of the unit’s organisations.' })
  @Column({ type: 'text', nullable: true })
  providerName: string | null;

  @Field(() => String, { nullable: true, description: 'Amount in VND (whole đồng, as a string).' })
  @Column({ type: 'bigint', nullable: true })
  amountVnd: string | null;

  @Field(() => FundingSource, { nullable: true })
  @Column({ type: 'enum', enum: FundingSource, enumName: 'funding_source', nullable: true })
  fundingSource: FundingSource | null;

  @Field(() => SupportStatus)
  @Column({ type: 'enum', enum: SupportStatus, enumName: 'support_status', default: SupportStatus.PROPOSED })
  status: SupportStatus;

  @Field(() => LocalDate)
  @Column({ type: 'date' })
  startedOn: string;

  @Field(() => LocalDate, { nullable: true })
  @Column({ type: 'date', nullable: true })
  completedOn: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  outcome: string | null;

  @ManyToOne(() => Returnee, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'returnee_id' })
  returnee?: Relation<Returnee>;

  @ManyToOne(() => Organisation, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_organisation_id' })
  providerOrganisation?: Relation<Organisation>;
}
