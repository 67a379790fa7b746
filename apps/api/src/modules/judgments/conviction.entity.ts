import { MainPenalty, OffenceSeverity } from '@hoanhap/shared';
import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, type Relation } from 'typeorm';
import { BaseRecord } from '../../common/base.entity.js';
import { BelongsTo, DateColumn, EnumColumn, TextColumn } from '../../common/columns.js';
import { Returnee } from '../returnees/returnee.entity.js';

/** A judgment against the person. Sensitive personal data (criminal record). */
@ObjectType({ description: 'A judgment (bản án). Sensitive: hidden from helpers.' })
@Entity({ name: 'conviction' })
@Index(['returneeId'])
export class Conviction extends BaseRecord {
  @Column({ type: 'uuid' })
  returneeId: string;

  @TextColumn()
  court: string;

  @TextColumn()
  judgmentNumber: string;

  @DateColumn()
  judgmentDate: string;

  @TextColumn({ description: 'Penal Code 2015 article, e.g. "173" (theft).' })
  penalCodeArticle: string;

  @Field(() => Int, { description: 'Penal Code chapter as a number (XIII = 13).' })
  @Column({ type: 'smallint' })
  penalCodeChapter: number;

  @EnumColumn(OffenceSeverity, 'offence_severity')
  severity: OffenceSeverity;

  @Field(() => Boolean)
  @Column({ type: 'boolean' })
  intentional: boolean;

  @Field(() => Int)
  @Column({ type: 'smallint' })
  ageAtOffence: number;

  @EnumColumn(MainPenalty, 'main_penalty')
  mainPenalty: MainPenalty;

  @Field(() => Int, { nullable: true, description: 'Months of imprisonment as sentenced (Penal Code art. 73).' })
  @Column({ type: 'smallint', nullable: true })
  prisonMonths: number | null;

  @DateColumn({ nullable: true })
  mainPenaltyCompletedOn: string | null;

  @BelongsTo(() => Returnee, { column: 'returnee_id', nullable: false, onDelete: 'CASCADE' })
  returnee?: Relation<Returnee>;
}
