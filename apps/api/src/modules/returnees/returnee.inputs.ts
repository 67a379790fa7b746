import { Sex } from '@hoanhap/shared';
import { ArrayMaxSize, IsOptional, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDate } from '../../common/scalars.js';

@InputType({ description: 'A family member or other contact person.' })
export class FamilyContactInput {
  @Field(() => String)
  @MinLength(1, { message: 'REQUIRED' })
  @MaxLength(200, { message: 'TOO_LONG' })
  name: string;

  @Field(() => String, { description: 'e.g. "mẹ", "vợ", "anh trai".' })
  @MinLength(1, { message: 'REQUIRED' })
  @MaxLength(100, { message: 'TOO_LONG' })
  relation: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[0-9+ .-]{6,20}$/, { message: 'INVALID_PHONE' })
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

  @Field(() => LocalDate, { nullable: true })
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

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500, { message: 'TOO_LONG' })
  permanentAddress?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500, { message: 'TOO_LONG' })
  currentAddress?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100, { message: 'TOO_LONG' })
  residentialGroup?: string | null;

  @Field(() => [FamilyContactInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'TOO_MANY' })
  @ValidateNested({ each: true })
  familyContacts?: FamilyContactInput[] | null;

  @Field(() => LocalDate, {
    nullable: true,
    description:
      'Day the person arrived in the unit; empty while they are not home yet (e.g. registered from a prison notice).',
  })
  returnedOn?: string | null;
}

@InputType({ description: 'A new person in the unit’s records.' })
export class RegisterReturneeInput extends ReturneeDetailsInput {
  @Field(() => String)
  @MinLength(2, { message: 'REQUIRED' })
  @MaxLength(200, { message: 'TOO_LONG' })
  fullName: string;

  @Field(() => String, { nullable: true, description: 'Unit code; defaults to the officer’s own unit.' })
  @IsOptional()
  @MaxLength(100, { message: 'TOO_LONG' })
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

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(2, { message: 'REQUIRED' })
  @MaxLength(200, { message: 'TOO_LONG' })
  fullName?: string | null;
}
