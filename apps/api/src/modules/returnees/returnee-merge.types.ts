import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { TextField } from '../../common/fields.js';

@InputType({
  description:
    'Two records of the same person: the survivor keeps its id and receives every related record; the absorbed record is marked merged and answers with the survivor.',
})
export class MergeReturneesInput {
  @Field(() => ID, { description: 'The record that is kept.' })
  survivorId: string;

  @Field(() => Int, { description: 'The version of the kept record you read; a stale one gives CONFLICT.' })
  survivorVersion: number;

  @Field(() => ID, { description: 'The record merged into the survivor.' })
  absorbedId: string;

  @Field(() => Int, { description: 'The version of the absorbed record you read; a stale one gives CONFLICT.' })
  absorbedVersion: number;

  @TextField({ max: 500, min: 1, notBlank: true, description: 'Why these are one person (kept with the merge).' })
  reason: string;
}

@ObjectType({ description: 'How many records of one kind belong to a person (the merge compares them).' })
export class RelatedRecordCount {
  @Field(() => String, { description: 'The kind of record: the table’s name, e.g. `contact`, `conviction`.' })
  kind: string;

  @Field(() => Int)
  count: number;
}
