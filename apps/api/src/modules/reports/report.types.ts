import { EmploymentPart, ReportPeriodKind, ReportRow } from '@hoanhap/shared';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../../common/scalars.js';
import { AdministrativeUnit } from '../units/administrative-unit.entity.js';
import { ReportedBreakdown } from '../statistics/reported-breakdown.js';
import { ReportSubmission } from './report-submission.entity.js';

export { ReportedBreakdown, ReportRow };

@ObjectType({
  description: 'The statistics report’s figures: the cohort returned since a date and the caseload on a date.',
})
export class ReportFigures {
  @Field(() => LocalDate) returnedSince: string;
  @Field(() => LocalDate) asOf: string;
  @Field(() => ReportedBreakdown) returned: ReportedBreakdown;
  @Field(() => ReportedBreakdown) inCaseload: ReportedBreakdown;
}

registerEnumType(ReportRow, { name: 'ReportRow', description: 'A row of the statistics report.' });

@ObjectType({ description: 'A cell whose submitted value differs from the value computed today.' })
export class FigureDifference {
  @Field(() => ReportRow) row: ReportRow;
  @Field(() => EmploymentPart) part: EmploymentPart;
  @Field(() => Int, { nullable: true, description: 'As submitted (null when suppressed).' }) submitted: number | null;
  @Field(() => Int, { nullable: true, description: 'As of today (null when suppressed).' }) current: number | null;
}

@ObjectType({ description: 'One ward’s latest submission for a period, as its unit above reads it.' })
export class WardReport {
  @Field(() => AdministrativeUnit) unit: AdministrativeUnit;
  @Field(() => ReportSubmission, { description: 'The latest revision submitted for the period.' })
  submission: ReportSubmission;
  @Field(() => ReportedBreakdown) returned: ReportedBreakdown;
  @Field(() => ReportedBreakdown) inCaseload: ReportedBreakdown;
}

@ObjectType({
  description:
    'What the wards under a unit submitted for one period: each ward’s figures, their sums, and the wards that have not ' +
    'submitted. Wards and sums are suppressed together, so no hidden count can be worked out from the sums.',
})
export class SubmittedReports {
  @Field(() => AdministrativeUnit) unit: AdministrativeUnit;
  @Field(() => ReportPeriodKind) periodKind: ReportPeriodKind;
  @Field(() => LocalDate) periodStart: string;
  @Field(() => LocalDate) periodEnd: string;
  @Field(() => [WardReport], { description: 'Wards that submitted, by name.' }) submitted: WardReport[];
  @Field(() => ReportedBreakdown, { description: 'The sum of the submitted `returned` rows.' })
  returned: ReportedBreakdown;
  @Field(() => ReportedBreakdown, { description: 'The sum of the submitted `inCaseload` rows.' })
  inCaseload: ReportedBreakdown;
  @Field(() => [AdministrativeUnit], {
    description: 'Wards and communes in the unit that existed during the period and have not submitted (chưa nộp).',
  })
  notSubmitted: AdministrativeUnit[];
}
