import { IsOptional, MaxLength, MinLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { LocalDate } from '../../../common/scalars.js';
import { ModelStatus } from '../enums.js';

@InputType({ description: 'A new reintegration model of your unit; its baseline statistics are frozen now.' })
export class CreateReintegrationModelInput {
  @Field(() => String)
  @MinLength(2, { message: 'REQUIRED' })
  @MaxLength(300, { message: 'TOO_LONG' })
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500, { message: 'TOO_LONG' })
  slogan?: string | null;

  @Field(() => LocalDate, { description: 'Launch day; the baseline is computed as of this day.' })
  launchedOn: string;

  @Field(() => ModelStatus, { nullable: true, description: 'ACTIVE by default.' })
  status?: ModelStatus | null;

  @Field(() => LocalDate, {
    description: 'Cohort start of the baseline: people who returned on or after this day (e.g. "2020-01-01").',
  })
  baselineReturnedSince: string;
}
