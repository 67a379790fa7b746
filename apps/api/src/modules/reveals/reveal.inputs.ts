import { Field, ID, InputType } from 'type-graphql';
import { TextField } from '../../common/fields.js';

@InputType({ description: 'Why you need to see one person’s sensitive fields.' })
export class RevealSensitiveInput {
  @Field(() => ID)
  returneeId: string;

  @TextField({
    max: 500,
    min: 10,
    tooShort: true,
    description: 'At least 10 characters, e.g. "Xét đề nghị hỗ trợ vốn vay tháng 11".',
  })
  purpose: string;
}
