import { ReportPeriodKind } from '@hoanhap/shared';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { BelongsTo, DateColumn, EnumColumn, IdColumn, TextColumn } from '../../common/columns.js';
import { User } from '../auth/user.entity.js';
import { AdministrativeUnit } from '../units/administrative-unit.entity.js';

registerEnumType(ReportPeriodKind, {
  name: 'ReportPeriodKind',
  description: 'Month, six months (sơ kết), year (tổng kết), or chosen dates.',
});

/** The figures of the statistics report as they were computed when it was submitted. */
export interface SubmittedFigures {
  returnedSince: string;
  asOf: string;
  returned: FrozenBreakdown;
  inCaseload: FrozenBreakdown;
}

export interface FrozenBreakdown {
  total: number;
  stable: number;
  unstable: number;
  unemployed: number;
  other: number;
}

/**
 * A ward's statistics report as submitted: its figures, period, unit and signer, frozen. A row is
 * never changed (a trigger refuses UPDATE): submitting again for the same period adds the next
 * revision and keeps the earlier ones as history. Counts only, no personal data about returnees;
 * the signer's name and title are what the signed paper shows.
 */
@ObjectType({ description: 'A statistics report a ward submitted (báo cáo đã nộp), frozen as submitted.' })
@Entity({ name: 'report_submission' })
@Index(['unitId', 'periodKind', 'periodStart', 'revision'], { unique: true })
@Index(['submittedById'])
export class ReportSubmission {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @IdColumn({ description: 'The ward whose report this is.' })
  unitId: string;

  @EnumColumn(ReportPeriodKind, 'report_period_kind')
  periodKind: ReportPeriodKind;

  @DateColumn({ description: 'First day of the period.' })
  periodStart: string;

  @DateColumn({ description: 'Last day of the period: the figures are as of this day.' })
  periodEnd: string;

  @Field(() => Int, {
    description: '1 for the first submission for this unit and period, then 2, 3, … for each re-submission.',
  })
  @Column({ type: 'integer' })
  revision: number;

  /** Read through the `figures` field resolver, which suppresses small counts above the ward. */
  @Column({ type: 'jsonb' })
  figures: SubmittedFigures;

  @Column({ type: 'uuid' })
  submittedById: string;

  @TextColumn({ description: 'The name of who signs the report, as on the paper.' })
  signerName: string;

  @TextColumn({ description: 'Their title, e.g. "Chủ tịch UBND phường".' })
  signerTitle: string;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  submittedAt: Date;

  @BelongsTo(() => AdministrativeUnit, { column: 'unit_id', nullable: false, onDelete: 'RESTRICT' })
  unit?: Relation<AdministrativeUnit>;

  @BelongsTo(() => User, { column: 'submitted_by_id', nullable: false, onDelete: 'RESTRICT' })
  submittedBy?: Relation<User>;
}
