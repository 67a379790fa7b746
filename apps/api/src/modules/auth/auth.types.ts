import { Field, ObjectType } from 'type-graphql';
import { User } from './user.entity.js';

@ObjectType({ description: 'The signed-in user; the session cookie is set on the response.' })
export class LoginResult {
  @Field(() => User)
  user: User;
}
