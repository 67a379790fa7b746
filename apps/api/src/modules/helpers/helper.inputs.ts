import { ContactChannel, HelperRole } from '@hoanhap/shared';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DateField, IdempotencyKeyField, OptionalId, PhoneField, TextField } from '../../common/fields.js';

/** The helper and the terms of an assignment: the same for one person or for many. */
@InputType({ description: 'The helper and the terms of an assignment (not used on its own).' })
export abstract class HelperAssignmentFields {
  @TextField({ max: 200, min: 2, description: 'The helper’s full name.' })
  helperName: string;

  @Field(() => ID, { description: 'The helper’s organisation, in the person’s unit.' })
  organisationId: string;

  @OptionalId('The helper’s account (role HELPER), when they sign in: the person then appears in their caseload.')
  helperUserId?: string | null;

  @PhoneField()
  helperPhone?: string | null;

  @Field(() => HelperRole, { description: 'At most one active PRIMARY helper per person.' })
  role: HelperRole;

  @DateField()
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

  @DateField({ description: 'Last day of the assignment: not before it started, not in the future.' })
  endedOn: string;

  @TextField({ max: 500, nullable: true })
  endReason?: string | null;
}

@InputType({ description: 'A meeting, visit or call with a person.' })
export class RecordContactInput {
  @Field(() => ID)
  returneeId: string;

  @DateField({ description: 'Not in the future, not before the person returned.' })
  contactedOn: string;

  @Field(() => ContactChannel)
  channel: ContactChannel;

  @TextField({
    max: 5000,
    nullable: true,
    description: 'Restricted: only the officer and the helper who wrote them can read them back.',
  })
  notes?: string | null;

  @TextField({ max: 1000, nullable: true })
  nextAction?: string | null;

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}
