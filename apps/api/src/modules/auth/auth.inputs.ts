import { InputType } from 'type-graphql';
import { TextField } from '../../common/fields.js';

/** No format rules beyond length: any wrong credential, however malformed, gives INVALID_CREDENTIALS. */
@InputType({ description: 'Email and password of a user account.' })
export class LoginInput {
  @TextField({ max: 254, min: 1 })
  email: string;

  @TextField({ max: 1024, min: 1 })
  password: string;
}
