import { IncidentKind } from '@hoanhap/shared';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseRecord } from '../../common/base.entity.js';
import { LocalDate } from '../../common/scalars.js';
import { Returnee } from '../returnees/returnee.entity.js';

registerEnumType(IncidentKind, { name: 'IncidentKind' });

/** A violation, new offence, detention or compulsory rehabilitation. Sensitive. */
@ObjectType({ description: 'An incident (sự việc): violation, new offence, detention. Sensitive.' })
@Entity({ name: 'incident' })
@Index(['returneeId', 'occurredOn'])
export class Incident extends BaseRecord {
  @Column({ type: 'uuid' })
  returneeId: string;

  @Field(() => IncidentKind)
  @Column({ type: 'enum', enum: IncidentKind, enumName: 'incident_kind' })
  kind: IncidentKind;

  @Field(() => LocalDate)
  @Column({ type: 'date' })
  occurredOn: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @ManyToOne(() => Returnee, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'returnee_id' })
  returnee?: Relation<Returnee>;
}
