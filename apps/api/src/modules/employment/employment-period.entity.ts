import { EmploymentStatus } from '@hoanhap/shared';
import { ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, Entity, Index, type Relation } from 'typeorm';
import { BaseRecord } from '../../common/base.entity.js';
import { BelongsTo, DateColumn, EnumColumn, TextColumn } from '../../common/columns.js';
import { Returnee } from '../returnees/returnee.entity.js';

registerEnumType(EmploymentStatus, { name: 'EmploymentStatus' });

/**
 * What a person did for a living from `startedOn` to `endedOn` (both inclusive; open-ended while
 * `endedOn` is null). Employment status on any date is derived from these periods, never stored.
 */
@ObjectType({ description: 'A dated period of work, training or no work (both dates inclusive).' })
@Entity({ name: 'employment_period' })
@Index(['returneeId', 'startedOn'])
@Check('employment_period_dates', '"ended_on" IS NULL OR "ended_on" >= "started_on"')
export class EmploymentPeriod extends BaseRecord {
  @Column({ type: 'uuid' })
  returneeId: string;

  @EnumColumn(EmploymentStatus, 'employment_status')
  status: EmploymentStatus;

  @TextColumn({ nullable: true })
  employerName: string | null;

  @DateColumn()
  startedOn: string;

  @DateColumn({ nullable: true, description: 'Last day of the period; null while it goes on.' })
  endedOn: string | null;

  @TextColumn({ nullable: true })
  endReason: string | null;

  @DateColumn({ nullable: true, description: 'When an officer or helper last checked it.' })
  verifiedOn: string | null;

  @BelongsTo(() => Returnee, { column: 'returnee_id', nullable: false, onDelete: 'CASCADE' })
  returnee?: Relation<Returnee>;
}
