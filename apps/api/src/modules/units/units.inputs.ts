import { RETENTION_LIMITS, UNIT_SETTINGS_LIMITS } from '@hoanhap/shared';
import { IsOptional, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

const { noContactDays, reportInDays, overdueEscalationDays } = UNIT_SETTINGS_LIMITS;
const { expungedMinimiseDays, closedRetentionMonths } = RETENTION_LIMITS;

@InputType({
  description:
    'Replaces a unit’s settings (admin): the first three are written, so send the values you read for those you keep; the retention policy, when left out, stays as it is.',
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

  // Optional so that clients written before the retention policy keep working unchanged.
  @Field(() => Int, {
    nullable: true,
    description: 'Days after an EXPUNGED closure before minimisation: 7–365. Left out: unchanged.',
  })
  @IsOptional()
  @Min(expungedMinimiseDays.min, { message: 'OUT_OF_RANGE' })
  @Max(expungedMinimiseDays.max, { message: 'OUT_OF_RANGE' })
  expungedMinimiseDays?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Months after any other closure before minimisation: 12–120. Left out: unchanged.',
  })
  @IsOptional()
  @Min(closedRetentionMonths.min, { message: 'OUT_OF_RANGE' })
  @Max(closedRetentionMonths.max, { message: 'OUT_OF_RANGE' })
  closedRetentionMonths?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Working days an overdue task waits before the unit’s officers are told: 1–30. Left out: unchanged.',
  })
  @IsOptional()
  @Min(overdueEscalationDays.min, { message: 'OUT_OF_RANGE' })
  @Max(overdueEscalationDays.max, { message: 'OUT_OF_RANGE' })
  overdueEscalationDays?: number | null;

  // Its length is checked once trimmed, in the service.
  @Field(() => String, { nullable: true, description: 'Up to 2,000 characters once trimmed; null or blank clears it.' })
  note?: string | null;
}
