import { MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Why you need to see one person’s sensitive fields.' })
export class RevealSensitiveInput {
  @Field(() => ID)
  returneeId: string;

  @Field(() => String, { description: 'At least 10 characters, e.g. "Xét đề nghị hỗ trợ vốn vay tháng 11".' })
  @MinLength(10, { message: 'TOO_SHORT' })
  @MaxLength(500, { message: 'TOO_LONG' })
  purpose: string;
}
