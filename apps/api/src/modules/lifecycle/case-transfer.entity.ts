import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseRecord } from '../../common/base.entity.js';
import { LocalDate } from '../../common/scalars.js';
import { AdministrativeUnit } from '../units/administrative-unit.entity.js';
import { Returnee } from '../returnees/returnee.entity.js';

/** A case handed over to another unit when the person moves; the history stays with the person. */
@ObjectType({ description: 'A hand-over of the case to another unit.' })
@Entity({ name: 'case_transfer' })
@Index(['returneeId', 'transferredOn'])
export class CaseTransfer extends BaseRecord {
  @Column({ type: 'uuid' })
  returneeId: string;

  @Column({ type: 'uuid' })
  fromUnitId: string;

  @Column({ type: 'uuid' })
  toUnitId: string;

  @Field(() => LocalDate)
  @Column({ type: 'date' })
  transferredOn: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @ManyToOne(() => Returnee, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'returnee_id' })
  returnee?: Relation<Returnee>;

  @ManyToOne(() => AdministrativeUnit, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'from_unit_id' })
  fromUnit?: Relation<AdministrativeUnit>;

  @ManyToOne(() => AdministrativeUnit, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'to_unit_id' })
  toUnit?: Relation<AdministrativeUnit>;
}
