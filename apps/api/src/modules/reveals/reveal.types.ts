import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../returnees/returnee-list.types.js';
import { SensitiveReveal } from './sensitive-reveal.entity.js';

@ObjectType()
export class SensitiveRevealEdge {
  @Field(() => String) cursor: string;
  @Field(() => SensitiveReveal) node: SensitiveReveal;
}

@ObjectType({ description: 'A page of reveals, newest first.' })
export class SensitiveRevealConnection {
  @Field(() => [SensitiveRevealEdge]) edges: SensitiveRevealEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) totalCount: number;
}
