import { MaxLength, MinLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

/** No format rules beyond length: any wrong credential, however malformed, gives INVALID_CREDENTIALS. */
@InputType({ description: 'Email and password of a user account.' })
export class LoginInput {
  @Field(() => String)
  @MinLength(1, { message: 'REQUIRED' })
  @MaxLength(254, { message: 'TOO_LONG' })
  email: string;

  @Field(() => String)
  @MinLength(1, { message: 'REQUIRED' })
  @MaxLength(1024, { message: 'TOO_LONG' })
  password: string;
}
