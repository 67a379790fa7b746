import { EmploymentStatus } from '@hoanhap/shared';
import { IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDate } from '../../common/scalars.js';

@InputType({ description: 'A dated period of work, training or no work (both dates inclusive).' })
export class RecordEmploymentPeriodInput {
  @Field(() => ID)
  returneeId: string;

  @Field(() => EmploymentStatus)
  status: EmploymentStatus;

  @Field(() => String, { nullable: true, description: 'Employer or kind of work, e.g. "Xưởng may Lãm Hà".' })
  @IsOptional()
  @MaxLength(200, { message: 'TOO_LONG' })
  employerName?: string | null;

  @Field(() => LocalDate, { description: 'First day; not in the future.' })
  startedOn: string;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Last day, when the period is over; empty while it goes on. Not before startedOn.',
  })
  endedOn?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Day the officer or a helper checked it.' })
  verifiedOn?: string | null;
}

@InputType({ description: 'Closes an open employment period.' })
export class EndEmploymentPeriodInput {
  @Field(() => ID)
  employmentPeriodId: string;

  @Field(() => LocalDate, { description: 'Last day of the period; not before its start, not in the future.' })
  endedOn: string;

  @Field(() => String, { nullable: true, description: 'e.g. "Hết hợp đồng", "Chuyển sang việc làm ổn định".' })
  @IsOptional()
  @MaxLength(500, { message: 'TOO_LONG' })
  endReason?: string | null;

  @Field(() => Int, { description: 'The version you read; a stale version is refused with CONFLICT.' })
  version: number;
}
