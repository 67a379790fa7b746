import { ContactChannel, HelperRole } from '@hoanhap/shared';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsOptional, Matches, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { LocalDate } from '../../common/scalars.js';

/** The helper and the terms of an assignment: the same for one person or for many. */
@InputType({ description: 'The helper and the terms of an assignment (not used on its own).' })
export abstract class HelperAssignmentFields {
  @Field(() => String, { description: 'The helper’s full name.' })
  @MinLength(2, { message: 'REQUIRED' })
  @MaxLength(200, { message: 'TOO_LONG' })
  helperName: string;

  @Field(() => ID, { description: 'The helper’s organisation, in the person’s unit.' })
  organisationId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The helper’s account (role HELPER), when they sign in: the person then appears in their caseload.',
  })
  helperUserId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[0-9+ .-]{6,20}$/, { message: 'INVALID_PHONE' })
  helperPhone?: string | null;

  @Field(() => HelperRole, { description: 'At most one active PRIMARY helper per person.' })
  role: HelperRole;

  @Field(() => LocalDate)
  startedOn: string;
}

@InputType({ description: 'A helper to assign to a person (phân công giúp đỡ).' })
export class AssignHelperInput extends HelperAssignmentFields {
  @Field(() => ID)
  returneeId: string;
}

@InputType({
  description:
    'One helper assigned to several people at once: all or nothing. A person who cannot be assigned fails the whole call with field input.returneeIds.<index>.',
})
export class AssignHelperToManyInput extends HelperAssignmentFields {
  @Field(() => [ID], { description: '1 to 100 distinct people.' })
  @ArrayMinSize(1, { message: 'REQUIRED' })
  @ArrayMaxSize(100, { message: 'TOO_MANY' })
  @ArrayUnique({ message: 'DUPLICATE' })
  returneeIds: string[];
}

@InputType({ description: 'The end of a helper’s assignment.' })
export class EndHelperAssignmentInput {
  @Field(() => ID)
  helperAssignmentId: string;

  @Field(() => LocalDate, { description: 'Last day of the assignment: not before it started, not in the future.' })
  endedOn: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500, { message: 'TOO_LONG' })
  endReason?: string | null;
}

@InputType({ description: 'A meeting, visit or call with a person.' })
export class RecordContactInput {
  @Field(() => ID)
  returneeId: string;

  @Field(() => LocalDate, { description: 'Not in the future, not before the person returned.' })
  contactedOn: string;

  @Field(() => ContactChannel)
  channel: ContactChannel;

  @Field(() => String, {
    nullable: true,
    description: 'Restricted: only the officer and the helper who wrote them can read them back.',
  })
  @IsOptional()
  @MaxLength(5000, { message: 'TOO_LONG' })
  notes?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000, { message: 'TOO_LONG' })
  nextAction?: string | null;
}
