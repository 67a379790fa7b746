import { CampaignKind } from '@hoanhap/shared';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateField, TextField } from '../../common/fields.js';

@InputType({ description: 'A new amnesty or bulk-release campaign of a unit in your scope.' })
export class CreateCampaignInput {
  @Field(() => String, { description: 'The owning unit (a city, province or ward in your scope).' })
  unitCode: string;

  @Field(() => CampaignKind)
  kind: CampaignKind;

  @TextField({ max: 200, notBlank: true })
  name: string;

  @TextField({ max: 100, nullable: true })
  decisionNumber?: string | null;

  @DateField({ nullable: true, description: 'Not in the future.' })
  decisionDate?: string | null;

  @TextField({ max: 2000, nullable: true })
  notes?: string | null;
}

@InputType({ description: 'Changes a campaign; the fields left out keep their value.' })
export class UpdateCampaignInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'The version you read: a stale one gives CONFLICT.' })
  version: number;

  @Field(() => CampaignKind, { nullable: true })
  kind?: CampaignKind | null;

  @TextField({ max: 200, notBlank: true, nullable: true })
  name?: string | null;

  @TextField({ max: 100, nullable: true })
  decisionNumber?: string | null;

  @DateField({ nullable: true, description: 'Not in the future.' })
  decisionDate?: string | null;

  @TextField({ max: 2000, nullable: true })
  notes?: string | null;
}
