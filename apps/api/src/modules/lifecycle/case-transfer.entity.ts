import { ObjectType } from 'type-graphql';
import { Column, Entity, Index, type Relation } from 'typeorm';
import { BaseRecord } from '../../common/base.entity.js';
import { BelongsTo, DateColumn, TextColumn } from '../../common/columns.js';
import { AdministrativeUnit } from '../units/administrative-unit.entity.js';
import { Returnee } from '../returnees/returnee.entity.js';

/** A case handed over to another unit when the person moves; the history stays with the person. */
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

  @Column({ type: 'uuid' })
  toUnitId: string;

  @DateColumn()
  transferredOn: string;

  @TextColumn({ nullable: true })
  reason: string | null;

  @BelongsTo(() => Returnee, { column: 'returnee_id', nullable: false, onDelete: 'CASCADE' })
  returnee?: Relation<Returnee>;

  @BelongsTo(() => AdministrativeUnit, { column: 'from_unit_id', nullable: false, onDelete: 'RESTRICT' })
  fromUnit?: Relation<AdministrativeUnit>;

  @BelongsTo(() => AdministrativeUnit, { column: 'to_unit_id', nullable: false, onDelete: 'RESTRICT' })
  toUnit?: Relation<AdministrativeUnit>;
}
