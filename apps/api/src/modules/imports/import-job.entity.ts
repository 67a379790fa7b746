import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, ForeignKey, Index } from 'typeorm';
import { JobRecord } from '../../jobs/job-record.entity.js';

/**
 * A spreadsheet of people brought into a unit by the `import` job: each row registers a person,
 * updates the one it matches, or is reported with its reason; a dry run only reports. The row
 * stays as the record of what came in (file name and hash, counts); the uploaded file is emptied
 * once read, the report after 7 days.
 */
@ObjectType({ description: 'An import of people from a spreadsheet (a job).' })
@Entity({ name: 'import_job' })
@Index(['requestedById', 'createdAt'])
export class ImportJob extends JobRecord {
  @Field(() => Boolean, { description: 'A dry run checks every row and writes nothing.' })
  @Column({ type: 'boolean' })
  dryRun: boolean;

  @Field(() => String)
  @Column({ type: 'text' })
  fileName: string;

  /** Hex SHA-256 of the uploaded file. */
  @Field(() => String, { description: 'SHA-256 of the uploaded file, hex.' })
  @Column({ type: 'text' })
  fileSha256: string;

  /** The header row the person chose (1-based sheet row); null: found by the job. */
  @Field(() => Int, {
    nullable: true,
    description: 'The header row chosen (sheet row number); null when found by the import.',
  })
  @Column({ type: 'integer', nullable: true })
  headerRow: number | null;

  /** The field of each column of the header row the person chose; null: mapped from the headers. */
  @Column({ type: 'jsonb', nullable: true })
  mapping: Array<string | null> | null;

  /** The template the columns were mapped with, if any (kept when the template is deleted later). */
  @Column({ type: 'uuid', nullable: true })
  templateId: string | null;

  /** The template's columns as they were when the import started: headers and their fields. */
  @Column({ type: 'jsonb', nullable: true })
  templateColumns: Array<{ header: string; field: string | null }> | null;

  /** The campaign whose list this is: each row also records a release notice of it (modules/campaigns). */
  @Field(() => ID, { nullable: true, description: 'The campaign whose list this is, if any.' })
  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('Campaign', { onDelete: 'RESTRICT' })
  @Index()
  campaignId: string | null;

  /** The uploaded file until the job has read it. Never selected with the job. */
  @Column({ type: 'bytea', nullable: true, select: false })
  content: Buffer | null;

  @Field(() => Int, { nullable: true, description: 'Rows of data in the file (the header row aside), once read.' })
  @Column({ type: 'integer', nullable: true })
  rowsTotal: number | null;

  /** Rows taken so far (imported, updated, unchanged, reported): the progress. */
  @Column({ type: 'integer', default: 0 })
  rowsDone: number;

  @Field(() => Int, { description: 'Rows whose cells are all valid.' })
  @Column({ type: 'integer', default: 0 })
  rowsValid: number;

  @Field(() => Int, { description: 'People registered (a dry run: who would be).' })
  @Column({ type: 'integer', default: 0 })
  rowsImported: number;

  @Field(() => Int, { description: 'People matched and updated (a dry run: who would be).' })
  @Column({ type: 'integer', default: 0 })
  rowsUpdated: number;

  @Field(() => Int, { description: 'Rows not imported because of an error, each in the report with its reason.' })
  @Column({ type: 'integer', default: 0 })
  rowsFailed: number;

  @Field(() => Int, {
    description:
      'Rows left for the officer to decide: same name and date of birth as someone on record (possibly the same person).',
  })
  @Column({ type: 'integer', default: 0 })
  rowsFlagged: number;

  /** The report (.xlsx of the rows not imported, each with its reason); emptied after 7 days. */
  @Column({ type: 'bytea', nullable: true, select: false })
  report: Buffer | null;

  @Column({ type: 'timestamptz', nullable: true })
  reportExpiresAt: Date | null;
}
