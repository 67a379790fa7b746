import { Field, ID, InputType } from 'type-graphql';
import { TextField } from '../../common/fields.js';

@InputType({ description: 'Whose whole file to write to an archive, and why.' })
export class StartPersonArchiveInput {
  @Field(() => ID)
  returneeId: string;

  @TextField({
    max: 500,
    min: 10,
    tooShort: true,
    description: 'At least 10 characters, e.g. "Trả lời yêu cầu cung cấp thông tin của đương sự".',
  })
  purpose: string;
}
