import { UNIT_SETTINGS_LIMITS } from '@hoanhap/shared';
import { Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

const { noContactDays, reportInDays } = UNIT_SETTINGS_LIMITS;

@InputType({
  description:
    'Replaces a unit’s settings (admin): all three are written, so send the values you read for those you keep.',
})
export class UpdateUnitSettingsInput {
  @Field(() => ID)
  unitId: string;

  @Field(() => Int, {
    description: 'After how many days without contact a person shows in the no-contact list: 7–365.',
  })
  @Min(noContactDays.min, { message: 'OUT_OF_RANGE' })
  @Max(noContactDays.max, { message: 'OUT_OF_RANGE' })
  noContactDays: number;

  @Field(() => Int, {
    description:
      'Days after release before a missing report-in becomes a task: 1–60. The ward’s own rule (the law sets no deadline for reception).',
  })
  @Min(reportInDays.min, { message: 'OUT_OF_RANGE' })
  @Max(reportInDays.max, { message: 'OUT_OF_RANGE' })
  reportInDays: number;

  // Its length is checked once trimmed, in the service.
  @Field(() => String, { nullable: true, description: 'Up to 2,000 characters once trimmed; null or blank clears it.' })
  note?: string | null;
}
