import { Field, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../../common/scalars.js';
import { AdministrativeUnit } from '../units/administrative-unit.entity.js';

@ObjectType({
  description:
    'People by employment status on a date. Training, unable to work or no recorded period count in `other`; the parts add up to `total`.',
})
export class EmploymentBreakdown {
  @Field(() => Int) total: number;
  @Field(() => Int, { description: 'Stable job (việc làm ổn định).' }) stable: number;
  @Field(() => Int, { description: 'Unstable job (việc làm không ổn định).' }) unstable: number;
  @Field(() => Int, { description: 'No job (không có việc làm).' }) unemployed: number;
  @Field(() => Int, { description: 'Any other status, or none recorded.' }) other: number;
}

@ObjectType({ description: 'The caseload on one day, by employment status.' })
export class CaseloadPoint {
  @Field(() => LocalDate, { description: 'The last day of a month, or the period’s `asOf`.' }) on: string;
  /** Exact; read through the resolver, which refuses it above the ward when a count must be hidden. */
  inCaseload: EmploymentBreakdown;
}

@ObjectType({
  description: 'The statistics a ward reports: the cohort returned since a date, and the caseload on a date.',
})
export class ReintegrationStats {
  @Field(() => AdministrativeUnit, { description: 'The unit counted, with every unit below it and merged into it.' })
  unit: AdministrativeUnit;

  @Field(() => LocalDate) returnedSince: string;
  @Field(() => LocalDate) asOf: string;

  /** Exact; read through the resolver, which refuses it above the ward when a count must be hidden. */
  returned: EmploymentBreakdown;

  /** Exact; as `returned`. */
  inCaseload: EmploymentBreakdown;
}
