import { EmploymentStatus } from '@hoanhap/shared';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateField, TextField } from '../../common/fields.js';

@InputType({ description: 'A dated period of work, training or no work (both dates inclusive).' })
export class RecordEmploymentPeriodInput {
  @Field(() => ID)
  returneeId: string;

  @Field(() => EmploymentStatus)
  status: EmploymentStatus;

  @TextField({ max: 200, nullable: true, description: 'Employer or kind of work, e.g. "Xưởng may Lãm Hà".' })
  employerName?: string | null;

  @DateField({ description: 'First day; not in the future.' })
  startedOn: string;

  @DateField({
    nullable: true,
    description: 'Last day, when the period is over; empty while it goes on. Not before startedOn.',
  })
  endedOn?: string | null;

  @DateField({ nullable: true, description: 'Day the officer or a helper checked it.' })
  verifiedOn?: string | null;
}

@InputType({ description: 'Closes an open employment period.' })
export class EndEmploymentPeriodInput {
  @Field(() => ID)
  employmentPeriodId: string;

  @DateField({ description: 'Last day of the period; not before its start, not in the future.' })
  endedOn: string;

  @TextField({ max: 500, nullable: true, description: 'e.g. "Hết hợp đồng", "Chuyển sang việc làm ổn định".' })
  endReason?: string | null;

  @Field(() => Int, { description: 'The version you read; a stale version is refused with CONFLICT.' })
  version: number;
}
