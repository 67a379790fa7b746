import { RETENTION_DEFAULTS, UnitLevel } from '@hoanhap/shared';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { BelongsTo, DateColumn, EnumColumn, TextColumn } from '../../common/columns.js';

registerEnumType(UnitLevel, { name: 'UnitLevel', description: 'Level of an administrative unit.' });

/**
 * A province, district (historical since 1 July 2025), ward or commune. Units are versioned by
 * validity dates: when wards merge, the old unit gets `validTo` and a `successor`, and its
 * statistics stay computable. Not personal data.
 */
@ObjectType({ description: 'An administrative unit (province, district, ward, commune), valid between two dates.' })
@Index(['parentId'])
@Index(['successorId'])
@Entity({ name: 'administrative_unit' })
export class AdministrativeUnit {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String, { description: 'Stable code used by API clients, e.g. "lam-ha".' })
  @Index({ unique: true })
  @Column({ type: 'text' })
  code: string;

  @TextColumn()
  name: string;

  @EnumColumn(UnitLevel, 'unit_level')
  level: UnitLevel;

  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @DateColumn({ nullable: true })
  validFrom: string | null;

  @DateColumn({ nullable: true, description: 'Last day the unit existed; null while it still exists.' })
  validTo: string | null;

  @Column({ type: 'uuid', nullable: true })
  successorId: string | null;

  @Field(() => Int, { description: 'A person not contacted for this many days shows up in the no-contact list.' })
  @Column({ type: 'smallint', default: 30 })
  noContactDays: number;

  @Field(() => Int, {
    description:
      'Days after release before a missing report-in becomes a task. The ward’s own rule, not a legal deadline: Circular 10/2024/TT-BCA art. 9 sets out the reception (meeting record HCD-05, information sheet HCD-02) without one.',
  })
  @Column({ type: 'smallint', default: 10 })
  reportInDays: number;

  @Field(() => Int, {
    description:
      'Working days a task may stay overdue before the officers of its unit are told. The ward’s own rule, not a legal deadline.',
  })
  @Column({ type: 'smallint', default: 2 })
  overdueEscalationDays: number;

  @Field(() => Int, {
    description:
      'Days after an EXPUNGED closure before the sensitive details are minimised (Penal Code art. 69(1): treated as never convicted); the wait allows corrections.',
  })
  @Column({ type: 'smallint', default: RETENTION_DEFAULTS.expungedMinimiseDays })
  expungedMinimiseDays: number;

  @Field(() => Int, {
    description:
      'Months after any other closure before the sensitive details are minimised (Decree 13/2023/NĐ-CP art. 3(7): kept no longer than the purpose needs).',
  })
  @Column({ type: 'smallint', default: RETENTION_DEFAULTS.closedRetentionMonths })
  closedRetentionMonths: number;

  @TextColumn({ nullable: true, description: 'Where the data comes from, and what is still to be confirmed.' })
  note: string | null;

  @BelongsTo(() => AdministrativeUnit, { column: 'parent_id', nullable: true, onDelete: 'RESTRICT' })
  parent?: Relation<AdministrativeUnit>;

  @BelongsTo(() => AdministrativeUnit, { column: 'successor_id', nullable: true, onDelete: 'RESTRICT' })
  successor?: Relation<AdministrativeUnit>;
}
