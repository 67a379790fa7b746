import { ExportFormat, ExportList } from '@hoanhap/shared';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { EnumColumn } from '../../common/columns.js';
import { JobRecord } from '../../jobs/job-record.entity.js';

registerEnumType(ExportList, { name: 'ExportList', description: 'A list exported to a spreadsheet.' });
registerEnumType(ExportFormat, { name: 'ExportFormat', description: 'The kind of file an export writes.' });

/**
 * A list written to a spreadsheet on the server by the `export` job, from the list's filters, for
 * the person who asked. The row stays as the record of what left (filters, rows, the file's hash);
 * the file itself is kept 24 hours, in the database so every API process can serve it.
 */
@ObjectType({ description: 'An export of a list to a spreadsheet, written on the server (a job).' })
@Entity({ name: 'export_job' })
@Index(['requestedById', 'createdAt'])
export class ExportJob extends JobRecord {
  @EnumColumn(ExportList, 'export_list')
  list: ExportList;

  @Field(() => ExportFormat)
  @Column({ type: 'enum', enum: ExportFormat, enumName: 'export_format', default: ExportFormat.XLSX })
  format: ExportFormat;

  /** The list's filter as asked (its own filter input's fields), replayed page by page by the job. */
  @Column({ type: 'jsonb', default: {} })
  filter: Record<string, unknown>;

  @Field(() => Int, { nullable: true, description: 'Rows the file will hold, once the job has counted them.' })
  @Column({ type: 'integer', nullable: true })
  rowsTotal: number | null;

  @Field(() => Int, { description: 'Rows written so far.' })
  @Column({ type: 'integer', default: 0 })
  rowsWritten: number;

  @Field(() => String, { nullable: true, description: 'The file’s name, once written.' })
  @Column({ type: 'text', nullable: true })
  fileName: string | null;

  @Field(() => Int, { nullable: true, description: 'The file’s size in bytes, once written.' })
  @Column({ type: 'integer', nullable: true })
  sizeBytes: number | null;

  /** Hex SHA-256 of the file, kept after the file is gone: the record of exactly what left. */
  @Column({ type: 'text', nullable: true })
  sha256: string | null;

  /** The file; emptied when it expires. Never selected with the job. */
  @Column({ type: 'bytea', nullable: true, select: false })
  content: Buffer | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Until when the file can be downloaded (24 hours after it was written).',
  })
  @Column({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null;
}
