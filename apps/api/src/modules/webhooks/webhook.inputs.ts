import { ArrayMaxSize, ArrayMinSize, IsIn, IsString, MaxLength } from 'class-validator';
import { DOMAIN_EVENT_TYPES } from '@hoanhap/shared';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'A new endpoint under an agreement.' })
export class CreateWebhookEndpointInput {
  @Field(() => ID)
  agreementId: string;

  @Field(() => String, { description: 'https:// address the events are POSTed to.' })
  @IsString()
  @MaxLength(2000)
  url: string;

  @Field(() => [String], { description: 'Event types to receive (docs/api.md, "Webhooks").' })
  @ArrayMinSize(1, { message: 'REQUIRED' })
  @ArrayMaxSize(DOMAIN_EVENT_TYPES.length)
  @IsIn(DOMAIN_EVENT_TYPES, { each: true, message: 'NOT_ALLOWED' })
  eventTypes: string[];
}

@InputType({ description: 'A changed address or set of events; the version read, as for every edit.' })
export class UpdateWebhookEndpointInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => String, { nullable: true })
  @IsString()
  @MaxLength(2000)
  url?: string;

  @Field(() => [String], { nullable: true })
  @ArrayMinSize(1, { message: 'REQUIRED' })
  @ArrayMaxSize(DOMAIN_EVENT_TYPES.length)
  @IsIn(DOMAIN_EVENT_TYPES, { each: true, message: 'NOT_ALLOWED' })
  eventTypes?: string[];
}
