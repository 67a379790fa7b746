import { ObjectType } from 'type-graphql';
import { Column, Entity, Index, type Relation } from 'typeorm';
import { BaseRecord } from '../../common/base.entity.js';
import { BelongsTo, DateColumn, TextColumn } from '../../common/columns.js';
import { AdministrativeUnit } from '../units/administrative-unit.entity.js';
import { Returnee } from '../returnees/returnee.entity.js';

/**
 * A case handed over to another unit when the person moves; the history stays with the person.
 * A hand-over to another deployment (a signed case package, modules/handover) has no unit here:
 * `toUnitId` is null and `toDeploymentCode` and `toUnitName` say where the case went, so the
 * statistics see the person leave every scope on that day.
 */
@ObjectType({ description: 'A hand-over of the case to another unit.' })
@Index(['toUnitId'])
@Index(['fromUnitId'])
@Entity({ name: 'case_transfer' })
@Index(['returneeId', 'transferredOn'])
export class CaseTransfer extends BaseRecord {
  @Column({ type: 'uuid' })
  returneeId: string;

  @Column({ type: 'uuid' })
  fromUnitId: string;

  @Column({ type: 'uuid', nullable: true })
  toUnitId: string | null;

  @TextColumn({ nullable: true, description: 'Set for a hand-over to another deployment: its code.' })
  toDeploymentCode: string | null;

  @TextColumn({ nullable: true, description: 'The receiving ward, as named by the other deployment.' })
  toUnitName: string | null;

  @DateColumn()
  transferredOn: string;

  @TextColumn({ nullable: true })
  reason: string | null;

  @BelongsTo(() => Returnee, { column: 'returnee_id', nullable: false, onDelete: 'CASCADE' })
  returnee?: Relation<Returnee>;

  @BelongsTo(() => AdministrativeUnit, { column: 'from_unit_id', nullable: false, onDelete: 'RESTRICT' })
  fromUnit?: Relation<AdministrativeUnit>;

  @BelongsTo(() => AdministrativeUnit, { column: 'to_unit_id', nullable: true, onDelete: 'RESTRICT' })
  toUnit?: Relation<AdministrativeUnit>;
}
