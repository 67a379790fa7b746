import { Field, ID, InputType, Int } from 'type-graphql';
import { DateField, OptionalId, PhoneField, TextField } from '../../../common/fields.js';
import { JobOfferStatus } from '../enums.js';

@InputType({ description: 'A partner employer of your unit (an organisation of kind EMPLOYER).' })
export class RegisterEmployerInput {
  @TextField({ max: 300, min: 2 })
  name: string;

  @TextField({ max: 200, nullable: true })
  contactPerson?: string | null;

  @PhoneField()
  phone?: string | null;

  @TextField({ max: 500, nullable: true })
  address?: string | null;

  @Field(() => Int, { nullable: true, description: 'Workers on labour contracts (for the 10% rule).' })
  staffCount?: number | null;
}

@InputType({ description: 'A job offer of a partner employer.' })
export class RecordJobOfferInput {
  @Field(() => ID)
  employerId: string;

  @TextField({ max: 300, min: 2 })
  title: string;

  @Field(() => Int, { description: 'Number of positions, 1 or more.' })
  positions: number;

  @Field(() => String, { nullable: true, description: 'Monthly wage band, whole đồng.' })
  wageMinVnd?: string | null;

  @Field(() => String, { nullable: true, description: 'Not below wageMinVnd.' })
  wageMaxVnd?: string | null;

  @Field(() => JobOfferStatus, { nullable: true, description: 'OPEN by default.' })
  status?: JobOfferStatus | null;

  @DateField({ description: 'Not in the future.' })
  offeredOn: string;
}

@InputType({
  description:
    'Places a person with a partner employer from a day; opens their employment period (STABLE with a labour contract of 12 months or more, else UNSTABLE).',
})
export class RecordPlacementInput {
  @Field(() => ID)
  employerId: string;

  @OptionalId('An OPEN offer of the same employer.')
  jobOfferId?: string | null;

  @Field(() => ID)
  returneeId: string;

  @DateField({ description: 'First working day; not in the future, not before the person returned.' })
  startedOn: string;

  @Field(() => Int, { nullable: true, description: 'Labour contract length in months (1–120); empty without one.' })
  contractMonths?: number | null;
}
