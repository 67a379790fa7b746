import { FundingSource, SupportStatus, SupportType } from '@hoanhap/shared';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, Entity, Index, type Relation } from 'typeorm';
import { BaseRecord } from '../../common/base.entity.js';
import { BelongsTo, DateColumn, EnumColumn, TextColumn } from '../../common/columns.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Returnee } from '../returnees/returnee.entity.js';

registerEnumType(SupportType, { name: 'SupportType' });
registerEnumType(SupportStatus, { name: 'SupportStatus' });
registerEnumType(FundingSource, { name: 'FundingSource' });

/** A support action (Decree 49/2020): counselling, papers, training, a job, a loan, aid. */
@ObjectType({ description: 'A support action for a person (hỗ trợ).' })
@Index(['providerOrganisationId'])
@Entity({ name: 'support' })
@Index(['returneeId', 'startedOn'])
@Check('support_amount_not_negative', '"amount_vnd" IS NULL OR "amount_vnd" >= 0')
export class Support extends BaseRecord {
  @Column({ type: 'uuid' })
  returneeId: string;

  @EnumColumn(SupportType, 'support_type')
  type: SupportType;

  @Column({ type: 'uuid', nullable: true })
  providerOrganisationId: string | null;

  @TextColumn({ nullable: true, description: 'Who provides it, when not one of the unit’s organisations.' })
  providerName: string | null;

  @Field(() => String, { nullable: true, description: 'Amount in VND (whole đồng, as a string).' })
  @Column({ type: 'bigint', nullable: true })
  amountVnd: string | null;

  @EnumColumn(FundingSource, 'funding_source', { nullable: true })
  fundingSource: FundingSource | null;

  @Field(() => SupportStatus)
  @Column({ type: 'enum', enum: SupportStatus, enumName: 'support_status', default: SupportStatus.PROPOSED })
  status: SupportStatus;

  @DateColumn()
  startedOn: string;

  @DateColumn({ nullable: true })
  completedOn: string | null;

  @TextColumn({ nullable: true })
  outcome: string | null;

  @BelongsTo(() => Returnee, { column: 'returnee_id', nullable: false, onDelete: 'CASCADE' })
  returnee?: Relation<Returnee>;

  @BelongsTo(() => Organisation, { column: 'provider_organisation_id', nullable: true, onDelete: 'RESTRICT' })
  providerOrganisation?: Relation<Organisation>;
}
