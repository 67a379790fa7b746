import { IncidentKind } from '@hoanhap/shared';
import { ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, type Relation } from 'typeorm';
import { BaseRecord } from '../../common/base.entity.js';
import { BelongsTo, DateColumn, EnumColumn, TextColumn } from '../../common/columns.js';
import { Returnee } from '../returnees/returnee.entity.js';

registerEnumType(IncidentKind, { name: 'IncidentKind' });

/** A violation, new offence, detention or compulsory rehabilitation. Sensitive. */
@ObjectType({ description: 'An incident (sự việc): violation, new offence, detention. Sensitive.' })
@Entity({ name: 'incident' })
@Index(['returneeId', 'occurredOn'])
export class Incident extends BaseRecord {
  @Column({ type: 'uuid' })
  returneeId: string;

  @EnumColumn(IncidentKind, 'incident_kind')
  kind: IncidentKind;

  @DateColumn()
  occurredOn: string;

  @TextColumn({ nullable: true })
  note: string | null;

  @BelongsTo(() => Returnee, { column: 'returnee_id', nullable: false, onDelete: 'CASCADE' })
  returnee?: Relation<Returnee>;
}
