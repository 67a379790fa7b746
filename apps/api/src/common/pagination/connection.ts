import { type ClassType, Field, Int, ObjectType } from 'type-graphql';
import { free, rowsCountedByNode } from '../query-cost.js';
import type { ConnectionShape, PageInfoShape } from './keyset.js';

@ObjectType()
export class PageInfo implements PageInfoShape {
  @Field(() => Boolean) hasNextPage: boolean;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

/**
 * The base of a list's connection type: `edges` of type `<name>Edge` (`cursor`, `node`) and
 * `pageInfo`. The list's own `@ObjectType()` class extends it and gives the connection its name and
 * description: `@ObjectType() class PledgeConnection extends Connection(Pledge, 'Pledge') {}`.
 * The base itself is never in the schema: no field returns it.
 */
export function Connection<N extends object>(node: ClassType<N>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String) cursor: string;
    @Field(() => node) node: N;
  }

  @ObjectType()
  abstract class BaseConnection implements ConnectionShape<N> {
    // The list field's `first` multiplies one row's cost (common/query-cost.ts): an edge adds nothing
    // of its own, and the page's description is not a record.
    @Field(() => [Edge], { complexity: rowsCountedByNode }) edges: Edge[];
    @Field(() => PageInfo, { complexity: free }) pageInfo: PageInfo;
  }
  return BaseConnection;
}

/** A connection with `totalCount`: how many rows match, across all pages. */
export function CountedConnection<N extends object>(node: ClassType<N>, name: string, totalCountDescription?: string) {
  @ObjectType()
  abstract class Counted extends Connection(node, name) {
    @Field(() => Int, { description: totalCountDescription }) totalCount: number;
  }
  return Counted;
}
