import { SupportType } from '@hoanhap/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseRecord } from '../../../common/base.entity.js';
import { Organisation } from '../../organisations/organisation.entity.js';
import { PledgeIndicator, TargetDirection, TargetKind } from '../enums.js';
import { Pledge } from './pledge.entity.js';

/** numeric columns come back from pg as strings: read them as numbers. */
export const numeric = {
  to: (v: number | null | undefined) => v,
  from: (v: string | null) => (v === null ? null : Number(v)),
};

/**
 * A target (chỉ tiêu) of a pledge. COMPUTED targets name an indicator of the catalogue and are
 * evaluated from casework data; MANUAL targets are entered at a review with evidence.
 */
@ObjectType({ description: 'A target of a pledge (chỉ tiêu).' })
@Entity({ name: 'pledge_target' })
@Index(['pledgeId'])
@Check('pledge_target_weight', '"weight" > 0')
@Check('pledge_target_indicator', `("kind" = 'COMPUTED') = ("indicator" IS NOT NULL)`)
export class PledgeTarget extends BaseRecord {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  pledgeId: string;

  /** Order of the target in its pledge (1, 2, …), as written in the signed text. */
  @Field(() => Int)
  @Column({ type: 'smallint' })
  position: number;

  @Field(() => TargetKind)
  @Column({ type: 'enum', enum: TargetKind, enumName: 'target_kind' })
  kind: TargetKind;

  @Field(() => PledgeIndicator, { nullable: true, description: 'For COMPUTED targets: the catalogue indicator.' })
  @Column({ type: 'enum', enum: PledgeIndicator, enumName: 'pledge_indicator', nullable: true })
  indicator: PledgeIndicator | null;

  @Field(() => String, { description: 'What is measured, in words (the catalogue label for a computed target).' })
  @Column({ type: 'text' })
  label: string;

  @Field(() => String, { description: 'PERCENT, COUNT, RATE, or free text for a manual target.' })
  @Column({ type: 'text' })
  unitOfMeasure: string;

  @Field(() => TargetDirection)
  @Column({ type: 'enum', enum: TargetDirection, enumName: 'target_direction' })
  direction: TargetDirection;

  @Field(() => Number, { description: 'The value pledged.' })
  @Column({ type: 'numeric', precision: 12, scale: 2, transformer: numeric })
  target: number;

  @Field(() => Number)
  @Column({ type: 'numeric', precision: 6, scale: 2, transformer: numeric })
  weight: number;

  @Column({ type: 'uuid' })
  responsibleOrganisationId: string;

  @Field(() => Int, { nullable: true, description: 'The N of "within N days", for indicators that need it.' })
  @Column({ type: 'smallint', nullable: true })
  withinDays: number | null;

  @Field(() => SupportType, { nullable: true, description: 'For SUPPORT_DONE: only this type counts.' })
  @Column({ type: 'enum', enum: SupportType, enumName: 'support_type', nullable: true })
  supportType: SupportType | null;

  @ManyToOne(() => Pledge, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pledge_id' })
  pledge?: Relation<Pledge>;

  @ManyToOne(() => Organisation, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'responsible_organisation_id' })
  responsibleOrganisation?: Relation<Organisation>;
}
