import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, type Relation } from 'typeorm';
import { BaseRecord } from '../../../common/base.entity.js';
import { BelongsTo, DateColumn, TextColumn } from '../../../common/columns.js';
import { LocalDate } from '../../../common/scalars.js';
import { EmploymentBreakdown } from '../../statistics/statistics.types.js';
import { AdministrativeUnit } from '../../units/administrative-unit.entity.js';
import { ModelStatus } from '../enums.js';

/** The numbers the model starts from, frozen when it is created: later data edits never change them. */
@ObjectType({ description: 'Statistics frozen at the launch (the article’s numbers for Lãm Hà).' })
export class ModelBaseline {
  @Field(() => LocalDate, { description: 'Cohort start: people returned on or after this day.' })
  returnedSince: string;

  @Field(() => LocalDate, { description: 'Day the numbers are stated for (the launch).' })
  asOf: string;

  @Field(() => EmploymentBreakdown) returned: EmploymentBreakdown;

  @Field(() => EmploymentBreakdown) inCaseload: EmploymentBreakdown;
}

/** A community reintegration model (mô hình) run by a unit. Not personal data. */
@ObjectType({ description: 'A community reintegration model (mô hình) of a unit.' })
@Entity({ name: 'reintegration_model' })
@Index(['unitId', 'launchedOn'])
export class ReintegrationModel extends BaseRecord {
  @Column({ type: 'uuid' })
  unitId: string;

  @TextColumn()
  name: string;

  @TextColumn({ nullable: true })
  slogan: string | null;

  @DateColumn()
  launchedOn: string;

  @Field(() => ModelStatus)
  @Column({ type: 'enum', enum: ModelStatus, enumName: 'model_status', default: ModelStatus.ACTIVE })
  status: ModelStatus;

  @Field(() => ModelBaseline, { nullable: true })
  @Column({ type: 'jsonb', nullable: true })
  baseline: ModelBaseline | null;

  @BelongsTo(() => AdministrativeUnit, { column: 'unit_id', nullable: false, onDelete: 'RESTRICT' })
  unit?: Relation<AdministrativeUnit>;
}
