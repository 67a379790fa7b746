import { SupportType } from '@hoanhap/shared';
import { Field, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, type Relation } from 'typeorm';
import { BaseRecord } from '../../../common/base.entity.js';
import { BelongsTo, EnumColumn, IdColumn, TextColumn } from '../../../common/columns.js';
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
@Index(['responsibleOrganisationId'])
@Entity({ name: 'pledge_target' })
@Index(['pledgeId'])
@Check('pledge_target_weight', '"weight" > 0')
@Check('pledge_target_indicator', `("kind" = 'COMPUTED') = ("indicator" IS NOT NULL)`)
export class PledgeTarget extends BaseRecord {
  @IdColumn()
  pledgeId: string;

  /** Order of the target in its pledge (1, 2, …), as written in the signed text. */
  @Field(() => Int)
  @Column({ type: 'smallint' })
  position: number;

  @EnumColumn(TargetKind, 'target_kind')
  kind: TargetKind;

  @EnumColumn(PledgeIndicator, 'pledge_indicator', {
    nullable: true,
    description: 'For COMPUTED targets: the catalogue indicator.',
  })
  indicator: PledgeIndicator | null;

  @TextColumn({ description: 'What is measured, in words (the catalogue label for a computed target).' })
  label: string;

  @TextColumn({ description: 'PERCENT, COUNT, RATE, or free text for a manual target.' })
  unitOfMeasure: string;

  @EnumColumn(TargetDirection, 'target_direction')
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

  @EnumColumn(SupportType, 'support_type', { nullable: true, description: 'For SUPPORT_DONE: only this type counts.' })
  supportType: SupportType | null;

  @BelongsTo(() => Pledge, { column: 'pledge_id', nullable: false, onDelete: 'CASCADE' })
  pledge?: Relation<Pledge>;

  @BelongsTo(() => Organisation, { column: 'responsible_organisation_id', nullable: false, onDelete: 'RESTRICT' })
  responsibleOrganisation?: Relation<Organisation>;
}
