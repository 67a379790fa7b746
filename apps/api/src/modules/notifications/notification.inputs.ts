import { DeliveryChannel, DeliveryStatus, NotificationKind } from '@hoanhap/shared';
import { ArrayMaxSize, IsOptional, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'Which of your notifications to mark read: the ids given, or all of them.' })
export class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true, description: 'At most 100.' })
  @IsOptional()
  @ArrayMaxSize(100, { message: 'OUT_OF_RANGE' })
  ids?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Mark every unread notification read.' })
  all?: boolean | null;
}

@InputType({ description: 'Your notification preferences; a field left out stays as it is.' })
export class UpdateNotificationPreferencesInput {
  @Field(() => [DeliveryChannel], { nullable: true, description: 'Channels you do not want messages by.' })
  mutedChannels?: DeliveryChannel[] | null;

  @Field(() => Int, { nullable: true, description: 'Hour of the daily digest, 0–23 (Việt Nam time).' })
  @IsOptional()
  @Min(0, { message: 'OUT_OF_RANGE' })
  @Max(23, { message: 'OUT_OF_RANGE' })
  digestHour?: number | null;

  @Field(() => Int, { nullable: true, description: 'Quiet hours start, 0–23; equal to the end for none.' })
  @IsOptional()
  @Min(0, { message: 'OUT_OF_RANGE' })
  @Max(23, { message: 'OUT_OF_RANGE' })
  quietStartHour?: number | null;

  @Field(() => Int, { nullable: true, description: 'Quiet hours end, 0–23.' })
  @IsOptional()
  @Min(0, { message: 'OUT_OF_RANGE' })
  @Max(23, { message: 'OUT_OF_RANGE' })
  quietEndHour?: number | null;

  @Field(() => String, { nullable: true, description: 'Where emails go; blank: your sign-in email.' })
  email?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Mobile number for Zalo and SMS (0912 345 678); blank clears it.',
  })
  phone?: string | null;
}

@InputType({ description: 'The ZNS template approved for one event.' })
export class ZnsTemplateInput {
  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field(() => String)
  templateId: string;
}

@InputType({
  description:
    'Configures Zalo ZNS or the SMS brandname gateway (admin). A secret left out keeps the saved one; it is never shown again.',
})
export class ConfigureNotificationChannelInput {
  @Field(() => DeliveryChannel, { description: 'ZALO_ZNS or SMS.' })
  channel: DeliveryChannel;

  @Field(() => Boolean)
  enabled: boolean;

  @Field(() => String, { nullable: true, description: 'ZNS: the API base (default https://business.openapi.zalo.me).' })
  baseUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'ZNS: the Zalo app id.' })
  appId?: string | null;

  @Field(() => [ZnsTemplateInput], { nullable: true, description: 'ZNS: the template id for each event.' })
  templates?: ZnsTemplateInput[] | null;

  @Field(() => String, { nullable: true, description: 'SMS: the gateway’s send address.' })
  providerUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'SMS: the registered brandname.' })
  brandname?: string | null;

  @Field(() => String, { nullable: true, description: 'ZNS access token or SMS API key; write-only.' })
  secret?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'ZNS: the official account’s secret key, which signs Zalo’s delivery receipts (see receiptUrl); write-only.',
  })
  receiptSecret?: string | null;
}

@InputType({ description: 'Narrows the delivery log.' })
export class NotificationDeliveryFilter {
  @Field(() => DeliveryStatus, { nullable: true })
  status?: DeliveryStatus | null;

  @Field(() => DeliveryChannel, { nullable: true })
  channel?: DeliveryChannel | null;

  @Field(() => NotificationKind, { nullable: true })
  kind?: NotificationKind | null;
}
