import { ArrayMaxSize, ArrayMinSize, IsOptional, Matches } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateField, PhoneField, TextField } from '../../common/fields.js';

const OPERATION = /^[A-Za-z_][A-Za-z0-9_]{0,99}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The terms both creating and editing an agreement set. */
@InputType({ description: 'The terms an agreement sets (creating or editing it).' })
export class DataSharingAgreementTermsInput {
  @TextField({ max: 300, min: 2, notBlank: true, description: 'The counterpart department.' })
  counterpart: string;

  @TextField({ max: 100, min: 1, notBlank: true, description: 'Number of the document the sharing rests on.' })
  legalBasisNumber: string;

  @DateField({ description: 'Date of that document.' })
  legalBasisDate: string;

  @TextField({ max: 2000, min: 5, notBlank: true, tooShort: true, description: 'What the data is shared for.' })
  purpose: string;

  @Field(() => [String], { description: 'Root fields its keys may be allowed, e.g. ["reintegrationStats"].' })
  @ArrayMinSize(1, { message: 'REQUIRED' })
  @ArrayMaxSize(100, { message: 'TOO_MANY' })
  @Matches(OPERATION, { each: true, message: 'UNKNOWN_OPERATION' })
  allowedOperations: string[];

  @Field(() => [String], { description: 'Fields its keys get as null, from the catalogue in docs/api.md.' })
  @ArrayMaxSize(100, { message: 'TOO_MANY' })
  redactedFields: string[];

  @DateField({ description: 'First day in force.' })
  startsOn: string;

  @DateField({ description: 'Last day in force.' })
  endsOn: string;

  @TextField({ max: 200, nullable: true })
  contactName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(EMAIL, { message: 'INVALID_EMAIL' })
  contactEmail?: string | null;

  @PhoneField()
  contactPhone?: string | null;
}

@InputType({ description: 'A new data-sharing agreement with another department (admin).' })
export class CreateDataSharingAgreementInput extends DataSharingAgreementTermsInput {
  @TextField({ max: 100, min: 1, description: 'The unit whose people it covers (with everything below it).' })
  unitCode: string;
}

@InputType({ description: 'New terms for an agreement, from the version you read.' })
export class UpdateDataSharingAgreementInput extends DataSharingAgreementTermsInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'The version you read: a stale one gives CONFLICT.' })
  version: number;
}

@InputType({ description: 'Stops an agreement’s keys until it is resumed.' })
export class SuspendDataSharingAgreementInput {
  @Field(() => ID)
  id: string;

  @TextField({ max: 1000, min: 2, notBlank: true, description: 'Why (shown to the counterpart’s contact).' })
  reason: string;
}
