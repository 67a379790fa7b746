import { FundingSource, SupportStatus, SupportType } from '@hoanhap/shared';
import { IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDate } from '../../common/scalars.js';

@InputType({ description: 'A support action for a person (Decree 49/2020).' })
export class RecordSupportInput {
  @Field(() => ID)
  returneeId: string;

  @Field(() => SupportType)
  type: SupportType;

  @Field(() => ID, { nullable: true, description: 'The providing organisation, when it is one of the unit’s.' })
  providerOrganisationId?: string | null;

  @Field(() => String, { nullable: true, description: 'Who provides it, when not one of the unit’s organisations.' })
  @IsOptional()
  @MaxLength(300, { message: 'TOO_LONG' })
  providerName?: string | null;

  @Field(() => String, { nullable: true, description: 'Whole đồng as a decimal string, e.g. "2000000".' })
  amountVnd?: string | null;

  @Field(() => FundingSource, { nullable: true })
  fundingSource?: FundingSource | null;

  @Field(() => SupportStatus, {
    nullable: true,
    description: 'PROPOSED by default. A support recorded as DONE is taken to be completed on its start day.',
  })
  status?: SupportStatus | null;

  @Field(() => LocalDate, { description: 'Not in the future.' })
  startedOn: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000, { message: 'TOO_LONG' })
  outcome?: string | null;
}

@InputType({
  description:
    'Moves a support on: PROPOSED → IN_PROGRESS | DONE | DECLINED, IN_PROGRESS → DONE | DECLINED. DONE needs completedOn.',
})
export class UpdateSupportStatusInput {
  @Field(() => ID)
  supportId: string;

  @Field(() => SupportStatus)
  status: SupportStatus;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Required for DONE; not before the start, not in the future.',
  })
  completedOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000, { message: 'TOO_LONG' })
  outcome?: string | null;

  @Field(() => Int, { description: 'The version you read; a stale one gives CONFLICT.' })
  version: number;
}
