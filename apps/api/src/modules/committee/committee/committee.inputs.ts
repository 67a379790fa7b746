import { ArrayMaxSize, IsOptional, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DateField, OptionalId, TextField } from '../../../common/fields.js';
import { CommitteeRole } from '../enums.js';

@InputType({ description: 'A person taking a seat on the committee.' })
export class CommitteeSeatInput {
  @TextField({ max: 200, min: 2 })
  personName: string;

  @TextField({ max: 300, min: 2, description: 'Official title, e.g. "Trưởng Công an phường".' })
  title: string;

  @OptionalId('The organisation they come from (of your unit).')
  organisationId?: string | null;

  @Field(() => CommitteeRole)
  role: CommitteeRole;
}

@InputType({ description: 'Founds a steering committee by its decision; the head is named at once.' })
export class FoundSteeringCommitteeInput {
  @OptionalId()
  modelId?: string | null;

  @TextField({ max: 300, min: 2 })
  name: string;

  @Field(() => ID, { description: 'The founding decision: a DECISION document of your unit.' })
  foundingDecisionId: string;

  @OptionalId('The operating rules: an OPERATING_RULES document.')
  operatingRulesId?: string | null;

  @DateField()
  termFrom: string;

  @DateField({ nullable: true })
  termTo?: string | null;

  @Field(() => CommitteeSeatInput, { description: 'The head (role must be HEAD).' })
  @ValidateNested()
  head: CommitteeSeatInput;

  @Field(() => [CommitteeSeatInput], { nullable: true, description: 'Other founding members (no HEAD).' })
  @IsOptional()
  @ArrayMaxSize(50, { message: 'TOO_MANY' })
  @ValidateNested({ each: true })
  members?: CommitteeSeatInput[] | null;
}

@InputType({
  description:
    'Appoints a member from a day. A HEAD or STANDING_DEPUTY while one is serving needs `replacesMemberId`: the predecessor’s membership then ends the day before.',
})
export class AppointCommitteeMemberInput extends CommitteeSeatInput {
  @Field(() => ID)
  committeeId: string;

  @DateField()
  startedOn: string;

  @OptionalId('The member this appointment replaces (ended the day before).')
  replacesMemberId?: string | null;
}

@InputType({ description: 'Ends a membership; the record stays in the history. A HEAD is replaced, not ended.' })
export class EndCommitteeMembershipInput {
  @Field(() => ID)
  memberId: string;

  @DateField({ description: 'Last day in the role.' })
  endedOn: string;

  @TextField({ max: 500, nullable: true })
  endReason?: string | null;
}
