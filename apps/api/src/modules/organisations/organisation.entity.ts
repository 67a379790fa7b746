import { OrganisationKind } from '@hoanhap/shared';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
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

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  @Field(() => OrganisationKind)
  @Column({ type: 'enum', enum: OrganisationKind, enumName: 'organisation_kind' })
  kind: OrganisationKind;

  @Column({ type: 'uuid' })
  unitId: string;

  @ManyToOne(() => AdministrativeUnit, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: Relation<AdministrativeUnit>;
}
