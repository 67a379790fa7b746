import { JobStatus } from '@hoanhap/shared';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Index, type Relation } from 'typeorm';
import { BaseRecord } from '../common/base.entity.js';
import { BelongsTo, EnumColumn } from '../common/columns.js';
import { User } from '../modules/auth/user.entity.js';
import { AdministrativeUnit } from '../modules/units/administrative-unit.entity.js';

registerEnumType(JobStatus, {
  name: 'JobStatus',
  description: 'Where a background job stands: QUEUED, RUNNING, then SUCCEEDED, FAILED or CANCELLED.',
});

/**
 * What every job a person asks for records (an export, an import): who asked and in which unit,
 * where it stands, when it ran and why it failed. Each kind adds its own columns and table.
 */
@ObjectType()
export abstract class JobRecord extends BaseRecord {
  @Column({ type: 'uuid' })
  requestedById: string;

  /** The unit the job works in: the requester's (an export), the one people come into (an import). */
  @Index()
  @Column({ type: 'uuid' })
  unitId: string;

  @EnumColumn(JobStatus, 'job_status')
  status: JobStatus;

  @Field(() => String, {
    nullable: true,
    description:
      'Why a FAILED job failed, as a reason code: FORBIDDEN (the role lost the right), TIMEOUT, or the job’s own (an import: TOO_MANY_ROWS, NO_HEADER, DAMAGED…).',
  })
  @Column({ type: 'text', nullable: true })
  failureReason: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @BelongsTo(() => User, { column: 'requested_by_id', nullable: false, onDelete: 'CASCADE' })
  requestedBy?: Relation<User>;

  @BelongsTo(() => AdministrativeUnit, { column: 'unit_id', nullable: false, onDelete: 'CASCADE' })
  unit?: Relation<AdministrativeUnit>;
}
