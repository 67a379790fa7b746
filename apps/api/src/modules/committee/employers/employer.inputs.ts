import { IsOptional, Matches, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDate } from '../../../common/scalars.js';
import { JobOfferStatus } from '../enums.js';

@InputType({ description: 'A partner employer of your unit (an organisation of kind EMPLOYER).' })
export class RegisterEmployerInput {
  @Field(() => String)
  @MinLength(2, { message: 'REQUIRED' })
  @MaxLength(300, { message: 'TOO_LONG' })
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200, { message: 'TOO_LONG' })
  contactPerson?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[0-9+ .-]{6,20}$/, { message: 'INVALID_PHONE' })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500, { message: 'TOO_LONG' })
  address?: string | null;

  @Field(() => Int, { nullable: true, description: 'Workers on labour contracts (for the 10% rule).' })
  staffCount?: number | null;
}

@InputType({ description: 'A job offer of a partner employer.' })
export class RecordJobOfferInput {
  @Field(() => ID)
  employerId: string;

  @Field(() => String)
  @MinLength(2, { message: 'REQUIRED' })
  @MaxLength(300, { message: 'TOO_LONG' })
  title: string;

  @Field(() => Int, { description: 'Number of positions, 1 or more.' })
  positions: number;

  @Field(() => String, { nullable: true, description: 'Monthly wage band, whole đồng.' })
  wageMinVnd?: string | null;

  @Field(() => String, { nullable: true, description: 'Not below wageMinVnd.' })
  wageMaxVnd?: string | null;

  @Field(() => JobOfferStatus, { nullable: true, description: 'OPEN by default.' })
  status?: JobOfferStatus | null;

  @Field(() => LocalDate, { description: 'Not in the future.' })
  offeredOn: string;
}

@InputType({
  description:
    'Places a person with a partner employer from a day; opens their employment period (STABLE with a labour contract of 12 months or more, else UNSTABLE).',
})
export class RecordPlacementInput {
  @Field(() => ID)
  employerId: string;

  @Field(() => ID, { nullable: true, description: 'An OPEN offer of the same employer.' })
  jobOfferId?: string | null;

  @Field(() => ID)
  returneeId: string;

  @Field(() => LocalDate, { description: 'First working day; not in the future, not before the person returned.' })
  startedOn: string;

  @Field(() => Int, { nullable: true, description: 'Labour contract length in months (1–120); empty without one.' })
  contractMonths?: number | null;
}
