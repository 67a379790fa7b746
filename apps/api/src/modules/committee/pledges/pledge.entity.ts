import { ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, type Relation } from 'typeorm';
import { BaseRecord } from '../../../common/base.entity.js';
import { BelongsTo, DateColumn, EnumColumn, TextColumn } from '../../../common/columns.js';
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

  @EnumColumn(PledgeKind, 'pledge_kind')
  kind: PledgeKind;

  @TextColumn()
  title: string;

  @DateColumn()
  signedOn: string;

  @DateColumn({ description: 'First day the targets count.' })
  periodFrom: string;

  @DateColumn({ description: 'Last day the targets count.' })
  periodTo: string;

  @BelongsTo(() => AdministrativeUnit, { column: 'unit_id', nullable: false, onDelete: 'RESTRICT' })
  unit?: Relation<AdministrativeUnit>;

  @BelongsTo(() => ReintegrationModel, { column: 'model_id', nullable: true, onDelete: 'RESTRICT' })
  model?: Relation<ReintegrationModel>;
}
