import { Field, Int, ObjectType } from 'type-graphql';
import { User } from '../auth/user.entity.js';
import { PageInfo } from '../returnees/returnee-list.types.js';

@ObjectType()
export class UserEdge {
  @Field(() => String) cursor: string;
  @Field(() => User) node: User;
}

@ObjectType({ description: 'A page of user accounts, by email.' })
export class UserConnection {
  @Field(() => [UserEdge]) edges: UserEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) totalCount: number;
}
