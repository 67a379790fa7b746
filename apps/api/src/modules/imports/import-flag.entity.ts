import { ImportFlagDecision } from '@hoanhap/shared';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, type Relation } from 'typeorm';
import { BaseRecord } from '../../common/base.entity.js';
import { BelongsTo, EnumColumn } from '../../common/columns.js';
import { Returnee } from '../returnees/returnee.entity.js';
import type { RowRecords } from './import-records-read.js';
import type { PersonRow } from './import-rows.js';
import { ImportJob } from './import-job.entity.js';

registerEnumType(ImportFlagDecision, {
  name: 'ImportFlagDecision',
  description: 'What the officer decided of a flagged row: the person on record, or someone else.',
});

/**
 * A row an import did not take because it may be someone already on record (same name and date of
 * birth): kept, as read, until the officer decides. SAME_PERSON updates the person on record with
 * it; DIFFERENT_PERSON registers a new person. Emptied 30 days after the import.
 */
@ObjectType({ description: 'A row left for the officer to decide: possibly a person already on record.' })
@Entity({ name: 'import_flag' })
@Index(['importJobId', 'rowNumber'], { unique: true })
export class ImportFlag extends BaseRecord {
  @Column({ type: 'uuid' })
  importJobId: string;

  @Field(() => Int, { description: 'The row number in the sheet.' })
  @Column({ type: 'integer' })
  rowNumber: number;

  /** The person on record the row may be. */
  @Index()
  @Column({ type: 'uuid' })
  candidateId: string;

  /** The person's details as the row gave them. */
  @Column({ type: 'jsonb' })
  person: PersonRow;

  /** The records beside the person the row gave. */
  @Column({ type: 'jsonb' })
  records: RowRecords;

  @EnumColumn(ImportFlagDecision, 'import_flag_decision', { nullable: true })
  decision: ImportFlagDecision | null;

  @Column({ type: 'uuid', nullable: true })
  decidedById: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  /** The person the decision updated or registered. */
  @Column({ type: 'uuid', nullable: true })
  resultId: string | null;

  @BelongsTo(() => ImportJob, { column: 'import_job_id', nullable: false, onDelete: 'CASCADE' })
  importJob?: Relation<ImportJob>;

  @BelongsTo(() => Returnee, { column: 'candidate_id', nullable: false, onDelete: 'CASCADE' })
  candidate?: Relation<Returnee>;
}
