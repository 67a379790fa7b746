import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, type Relation } from 'typeorm';
import { BelongsTo } from '../../common/columns.js';
import { JobRecord } from '../../jobs/job-record.entity.js';
import { Returnee } from '../returnees/returnee.entity.js';

/**
 * A person's whole file written to a .zip archive by the `person-archive` job (person.json, its
 * schema and the documents' files), for the officer who asked and stated why. The row stays as the
 * record of what left (purpose, counts, the file's hash); the file is kept 24 hours.
 */
@ObjectType({ description: 'An archive of one person’s whole file (JSON and documents), written on the server.' })
@Entity({ name: 'person_archive_job' })
@Index(['requestedById', 'createdAt'])
@Index(['returneeId'])
export class PersonArchiveJob extends JobRecord {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  returneeId: string;

  /** Why the archive was asked for (at least 10 characters); personal data, never logged. */
  @Field(() => String)
  @Column({ type: 'text' })
  purpose: string;

  @Field(() => Int, { nullable: true, description: 'Records in person.json, once written.' })
  @Column({ type: 'integer', nullable: true })
  recordCount: number | null;

  @Field(() => Int, { nullable: true, description: 'Document files in the archive, once written.' })
  @Column({ type: 'integer', nullable: true })
  documentCount: number | null;

  @Field(() => String, { nullable: true, description: 'The file’s name, once written.' })
  @Column({ type: 'text', nullable: true })
  fileName: string | null;

  @Field(() => Int, { nullable: true, description: 'The file’s size in bytes, once written.' })
  @Column({ type: 'integer', nullable: true })
  sizeBytes: number | null;

  /** Hex SHA-256 of the file, kept after the file is gone: the record of exactly what left. */
  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  sha256: string | null;

  /** The file; emptied when it expires. Never selected with the job. */
  @Column({ type: 'bytea', nullable: true, select: false })
  content: Buffer | null;

  @Field(() => Date, { nullable: true, description: 'Until when the file can be downloaded (24 hours).' })
  @Column({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  @BelongsTo(() => Returnee, { column: 'returnee_id', nullable: false, onDelete: 'CASCADE' })
  returnee?: Relation<Returnee>;
}
