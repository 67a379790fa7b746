import { Field, Int, ObjectType } from 'type-graphql';
import { DateField } from '../../common/fields.js';
import { Returnee } from '../returnees/returnee.entity.js';

@ObjectType({ description: 'A person in the caseload with no contact for longer than the threshold.' })
export class NoContactEntry {
  @Field(() => Returnee)
  returnee: Returnee;

  @DateField({ nullable: true, description: 'Latest contact by anyone; null when there has been none.' })
  lastContactOn: string | null;

  @Field(() => Int, { description: 'Days since the latest contact, or since the person returned when none.' })
  daysSince: number;

  @Field(() => Int, { description: 'The threshold applied: the `days` asked for, or the unit’s noContactDays.' })
  thresholdDays: number;
}
