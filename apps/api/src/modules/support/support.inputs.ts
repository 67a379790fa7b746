import { FundingSource, SupportStatus, SupportType } from '@hoanhap/shared';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateField, IdempotencyKeyField, OptionalId, TextField } from '../../common/fields.js';

@InputType({ description: 'A support action for a person (Decree 49/2020).' })
export class RecordSupportInput {
  @Field(() => ID)
  returneeId: string;

  @Field(() => SupportType)
  type: SupportType;

  @OptionalId('The providing organisation, when it is one of the unit’s.')
  providerOrganisationId?: string | null;

  @TextField({ max: 300, nullable: true, description: 'Who provides it, when not one of the unit’s organisations.' })
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

  @DateField({ description: 'Not in the future.' })
  startedOn: string;

  @TextField({ max: 2000, nullable: true })
  outcome?: string | null;

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
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

  @DateField({ nullable: true, description: 'Required for DONE; not before the start, not in the future.' })
  completedOn?: string | null;

  @TextField({ max: 2000, nullable: true })
  outcome?: string | null;

  @Field(() => Int, { description: 'The version you read; a stale one gives CONFLICT.' })
  version: number;

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}
