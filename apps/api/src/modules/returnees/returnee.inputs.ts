import { Sex } from '@hoanhap/shared';
import { ArrayMaxSize, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateField, PhoneField, TextField } from '../../common/fields.js';

@InputType({ description: 'A family member or other contact person.' })
export class FamilyContactInput {
  @TextField({ max: 200, min: 1 })
  name: string;

  @TextField({ max: 100, min: 1, description: 'e.g. "mẹ", "vợ", "anh trai".' })
  relation: string;

  @PhoneField()
  phone?: string | null;
}

/** The personal details both registering and updating take; all optional here. */
@InputType({ description: 'Personal details of a person.' })
abstract class ReturneeDetailsInput {
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10, { message: 'TOO_MANY' })
  @MaxLength(200, { each: true, message: 'TOO_LONG' })
  otherNames?: string[] | null;

  @DateField({ nullable: true })
  dateOfBirth?: string | null;

  @Field(() => Sex, { nullable: true })
  sex?: Sex | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Personal identification number: 12 digits (số định danh cá nhân, on the identity card). Spaces, dots and dashes are ignored.',
  })
  @IsOptional()
  @MaxLength(20, { message: 'INVALID_CITIZEN_ID' })
  citizenId?: string | null;

  @TextField({ max: 500, nullable: true })
  permanentAddress?: string | null;

  @TextField({ max: 500, nullable: true })
  currentAddress?: string | null;

  @TextField({ max: 100, nullable: true })
  residentialGroup?: string | null;

  @Field(() => [FamilyContactInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'TOO_MANY' })
  @ValidateNested({ each: true })
  familyContacts?: FamilyContactInput[] | null;

  @DateField({
    nullable: true,
    description:
      'Day the person arrived in the unit; empty while they are not home yet (e.g. registered from a prison notice).',
  })
  returnedOn?: string | null;
}

@InputType({ description: 'A new person in the unit’s records.' })
export class RegisterReturneeInput extends ReturneeDetailsInput {
  @TextField({ max: 200, min: 2 })
  fullName: string;

  @TextField({ max: 100, nullable: true, description: 'Unit code; defaults to the officer’s own unit.' })
  unitCode?: string | null;
}

@InputType({ description: 'Changes to a person’s details. Fields left out are unchanged.' })
export class UpdateReturneeInput extends ReturneeDetailsInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, {
    description: 'The version you read; if someone saved since, the update is refused with CONFLICT.',
  })
  version: number;

  @TextField({ max: 200, min: 2, nullable: true })
  fullName?: string | null;
}
