import { ReportPeriodKind } from '@hoanhap/shared';
import { Field, InputType } from 'type-graphql';
import { LocalDate } from '../../common/scalars.js';

@InputType({
  description: 'Submits the ward’s statistics report for a period; its figures are frozen as they are now.',
})
export class SubmitReportInput {
  @Field(() => String, {
    nullable: true,
    description: 'The ward; defaults to the caller’s own. Must be a ward or commune.',
  })
  unitCode?: string | null;

  @Field(() => ReportPeriodKind)
  periodKind: ReportPeriodKind;

  @Field(() => LocalDate, {
    description: 'The 1st of the month; 1 January or 1 July for six months; 1 January for a year.',
  })
  periodStart: string;

  @Field(() => LocalDate, { nullable: true, description: 'Only for CUSTOM: the last day, at the latest today.' })
  periodEnd?: string | null;

  @Field(() => LocalDate, {
    description: 'The cohort: people who returned on or after this day (the report’s “từ ngày”).',
  })
  returnedSince: string;

  @Field(() => String, { description: 'Who signs, as on the paper; 1–120 characters.' })
  signerName: string;

  @Field(() => String, { description: 'Their title; 1–120 characters.' })
  signerTitle: string;
}
