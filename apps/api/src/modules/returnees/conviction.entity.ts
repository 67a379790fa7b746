import { MainPenalty, OffenceSeverity } from '@hoanhap/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Returnee } from './returnee.entity.js';
import { BaseRecord } from '../../common/base.entity.js';

/** A judgment against the person. Sensitive personal data (criminal record). */
@Entity({ name: 'conviction' })
@Index(['returneeId'])
export class Conviction extends BaseRecord {
  @Column({ type: 'uuid' })
  returneeId: string;

  @Column({ type: 'text' })
  court: string;

  @Column({ type: 'text' })
  judgmentNumber: string;

  @Column({ type: 'date' })
  judgmentDate: string;

  /** Penal Code 2015 article, e.g. "173" (theft). */
  @Column({ type: 'text' })
  penalCodeArticle: string;

  @Column({ type: 'smallint' })
  penalCodeChapter: number;

  @Column({ type: 'enum', enum: OffenceSeverity, enumName: 'offence_severity' })
  severity: OffenceSeverity;

  @Column({ type: 'boolean' })
  intentional: boolean;

  @Column({ type: 'smallint' })
  ageAtOffence: number;

  @Column({ type: 'enum', enum: MainPenalty, enumName: 'main_penalty' })
  mainPenalty: MainPenalty;

  /** Sentenced months of imprisonment (as sentenced, not as served: Penal Code art. 73). */
  @Column({ type: 'smallint', nullable: true })
  prisonMonths: number | null;

  @Column({ type: 'date', nullable: true })
  mainPenaltyCompletedOn: string | null;

  @ManyToOne(() => Returnee, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'returnee_id' })
  returnee?: Relation<Returnee>;
}
