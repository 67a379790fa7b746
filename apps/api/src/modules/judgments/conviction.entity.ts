import { MainPenalty, OffenceSeverity } from '@hoanhap/shared';
import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseRecord } from '../../common/base.entity.js';
import { LocalDate } from '../../common/scalars.js';
import { Returnee } from '../returnees/returnee.entity.js';

/** A judgment against the person. Sensitive personal data (criminal record). */
@ObjectType({ description: 'A judgment (bản án). Sensitive: hidden from helpers.' })
@Entity({ name: 'conviction' })
@Index(['returneeId'])
export class Conviction extends BaseRecord {
  @Column({ type: 'uuid' })
  returneeId: string;

  @Field(() => String)
  @Column({ type: 'text' })
  court: string;

  @Field(() => String)
  @Column({ type: 'text' })
  judgmentNumber: string;

  @Field(() => LocalDate)
  @Column({ type: 'date' })
  judgmentDate: string;

  @Field(() => String, { description: 'Penal Code 2015 article, e.g. "173" (theft).' })
  @Column({ type: 'text' })
  penalCodeArticle: string;

  @Field(() => Int, { description: 'Penal Code chapter as a number (XIII = 13).' })
  @Column({ type: 'smallint' })
  penalCodeChapter: number;

  @Field(() => OffenceSeverity)
  @Column({ type: 'enum', enum: OffenceSeverity, enumName: 'offence_severity' })
  severity: OffenceSeverity;

  @Field(() => Boolean)
  @Column({ type: 'boolean' })
  intentional: boolean;

  @Field(() => Int)
  @Column({ type: 'smallint' })
  ageAtOffence: number;

  @Field(() => MainPenalty)
  @Column({ type: 'enum', enum: MainPenalty, enumName: 'main_penalty' })
  mainPenalty: MainPenalty;

  @Field(() => Int, { nullable: true, description: 'Months of imprisonment as sentenced (Penal Code art. 73).' })
  @Column({ type: 'smallint', nullable: true })
  prisonMonths: number | null;

  @Field(() => LocalDate, { nullable: true })
  @Column({ type: 'date', nullable: true })
  mainPenaltyCompletedOn: string | null;

  @ManyToOne(() => Returnee, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'returnee_id' })
  returnee?: Relation<Returnee>;
}
