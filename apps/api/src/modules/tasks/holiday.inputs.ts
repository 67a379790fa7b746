import { HolidayKind } from '@hoanhap/shared';
import { MaxLength, MinLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { LocalDate } from '../../common/scalars.js';

@InputType({ description: 'Adds or changes one day of the working calendar.' })
export class SetHolidayInput {
  @Field(() => LocalDate)
  day: string;

  @Field(() => HolidayKind, { description: 'WORKING_DAY only for a Saturday or Sunday worked in exchange.' })
  kind: HolidayKind;

  @Field(() => String)
  @MinLength(1, { message: 'REQUIRED' })
  @MaxLength(200, { message: 'TOO_LONG' })
  name: string;
}

@InputType({ description: 'Removes one day from the working calendar.' })
export class RemoveHolidayInput {
  @Field(() => LocalDate)
  day: string;
}
