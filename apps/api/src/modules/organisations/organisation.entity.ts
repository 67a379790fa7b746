import { OrganisationKind } from '@hoanhap/shared';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { BelongsTo, EnumColumn, TextColumn } from '../../common/columns.js';
import { AdministrativeUnit } from '../units/administrative-unit.entity.js';

registerEnumType(OrganisationKind, { name: 'OrganisationKind' });

/** A body taking part in the programme in one unit: police, People's Committee, mass organisations, employers. */
@ObjectType({ description: 'An organisation of a unit: police, People’s Committee, a mass organisation, an employer.' })
@Entity({ name: 'organisation' })
@Index(['unitId', 'name'], { unique: true })
export class Organisation {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @TextColumn()
  name: string;

  @EnumColumn(OrganisationKind, 'organisation_kind')
  kind: OrganisationKind;

  @Column({ type: 'uuid' })
  unitId: string;

  @BelongsTo(() => AdministrativeUnit, { column: 'unit_id', nullable: false, onDelete: 'RESTRICT' })
  unit?: Relation<AdministrativeUnit>;
}
