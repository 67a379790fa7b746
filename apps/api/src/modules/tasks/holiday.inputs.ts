import { HolidayKind } from '@hoanhap/shared';
import { Field, InputType } from 'type-graphql';
import { DateField, TextField } from '../../common/fields.js';

@InputType({ description: 'Adds or changes one day of the working calendar.' })
export class SetHolidayInput {
  @DateField()
  day: string;

  @Field(() => HolidayKind, { description: 'WORKING_DAY only for a Saturday or Sunday worked in exchange.' })
  kind: HolidayKind;

  @TextField({ max: 200, min: 1 })
  name: string;
}

@InputType({ description: 'Removes one day from the working calendar.' })
export class RemoveHolidayInput {
  @DateField()
  day: string;
}
