import { Field, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseRecord } from '../../../common/base.entity.js';
import { LocalDate } from '../../../common/scalars.js';
import { AdministrativeUnit } from '../../units/administrative-unit.entity.js';
import { PledgeKind } from '../enums.js';
import { ReintegrationModel } from '../models/reintegration-model.entity.js';

/** A pledge (giao ước, cam kết) signed on a day, for a period, with targets scored at reviews. */
@ObjectType({ description: 'A pledge (giao ước thi đua, cam kết) with its signatories, targets and reviews.' })
@Entity({ name: 'pledge' })
@Index(['unitId', 'signedOn'])
@Index(['modelId'])
@Check('pledge_period', '"period_to" >= "period_from"')
export class Pledge extends BaseRecord {
  @Column({ type: 'uuid' })
  unitId: string;

  @Column({ type: 'uuid', nullable: true })
  modelId: string | null;

  @Field(() => PledgeKind)
  @Column({ type: 'enum', enum: PledgeKind, enumName: 'pledge_kind' })
  kind: PledgeKind;

  @Field(() => String)
  @Column({ type: 'text' })
  title: string;

  @Field(() => LocalDate)
  @Column({ type: 'date' })
  signedOn: string;

  @Field(() => LocalDate, { description: 'First day the targets count.' })
  @Column({ type: 'date' })
  periodFrom: string;

  @Field(() => LocalDate, { description: 'Last day the targets count.' })
  @Column({ type: 'date' })
  periodTo: string;

  @ManyToOne(() => AdministrativeUnit, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: Relation<AdministrativeUnit>;

  @ManyToOne(() => ReintegrationModel, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'model_id' })
  model?: Relation<ReintegrationModel>;
}
