import { ArrayMaxSize, IsOptional, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { LocalDate } from '../../../common/scalars.js';
import { CommitteeRole } from '../enums.js';

@InputType({ description: 'A person taking a seat on the committee.' })
export class CommitteeSeatInput {
  @Field(() => String)
  @MinLength(2, { message: 'REQUIRED' })
  @MaxLength(200, { message: 'TOO_LONG' })
  personName: string;

  @Field(() => String, { description: 'Official title, e.g. "Trưởng Công an phường".' })
  @MinLength(2, { message: 'REQUIRED' })
  @MaxLength(300, { message: 'TOO_LONG' })
  title: string;

  @Field(() => ID, { nullable: true, description: 'The organisation they come from (of your unit).' })
  organisationId?: string | null;

  @Field(() => CommitteeRole)
  role: CommitteeRole;
}

@InputType({ description: 'Founds a steering committee by its decision; the head is named at once.' })
export class FoundSteeringCommitteeInput {
  @Field(() => ID, { nullable: true })
  modelId?: string | null;

  @Field(() => String)
  @MinLength(2, { message: 'REQUIRED' })
  @MaxLength(300, { message: 'TOO_LONG' })
  name: string;

  @Field(() => ID, { description: 'The founding decision: a DECISION document of your unit.' })
  foundingDecisionId: string;

  @Field(() => ID, { nullable: true, description: 'The operating rules: an OPERATING_RULES document.' })
  operatingRulesId?: string | null;

  @Field(() => LocalDate)
  termFrom: string;

  @Field(() => LocalDate, { nullable: true })
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

  @Field(() => LocalDate)
  startedOn: string;

  @Field(() => ID, { nullable: true, description: 'The member this appointment replaces (ended the day before).' })
  replacesMemberId?: string | null;
}

@InputType({ description: 'Ends a membership; the record stays in the history. A HEAD is replaced, not ended.' })
export class EndCommitteeMembershipInput {
  @Field(() => ID)
  memberId: string;

  @Field(() => LocalDate, { description: 'Last day in the role.' })
  endedOn: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500, { message: 'TOO_LONG' })
  endReason?: string | null;
}
