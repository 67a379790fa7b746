import { Field, InputType } from 'type-graphql';
import { DateField, TextField } from '../../../common/fields.js';
import { ModelStatus } from '../enums.js';

@InputType({ description: 'A new reintegration model of your unit; its baseline statistics are frozen now.' })
export class CreateReintegrationModelInput {
  @TextField({ max: 300, min: 2 })
  name: string;

  @TextField({ max: 500, nullable: true })
  slogan?: string | null;

  @DateField({ description: 'Launch day; the baseline is computed as of this day.' })
  launchedOn: string;

  @Field(() => ModelStatus, { nullable: true, description: 'ACTIVE by default.' })
  status?: ModelStatus | null;

  @DateField({
    description: 'Cohort start of the baseline: people who returned on or after this day (e.g. "2020-01-01").',
  })
  baselineReturnedSince: string;
}
