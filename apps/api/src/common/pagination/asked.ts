import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';

/**
 * What a client asked of a connection: whether its total, and which fields of its nodes (by field
 * name, aliases, fragments and @include/@skip resolved). A list reads only what is asked: a page
 * of names should not count every person's open tasks.
 */
export interface ConnectionAsked {
  totalCount: boolean;
  node: ReadonlySet<string>;
  /** Every field asked of the connection itself (`totalCount`, `edges`, a list's own extras). */
  top?: ReadonlySet<string>;
}

const fieldsOf = (tree: ResolveTree | undefined): ResolveTree[] =>
  Object.values(tree?.fieldsByTypeName ?? {}).flatMap((fields) => Object.values(fields));

export function connectionAsked(info: GraphQLResolveInfo): ConnectionAsked {
  const top = fieldsOf((parseResolveInfo(info) as ResolveTree | null) ?? undefined);
  const nodes = top
    .filter((field) => field.name === 'edges')
    .flatMap(fieldsOf)
    .filter((field) => field.name === 'node');
  return {
    totalCount: top.some((field) => field.name === 'totalCount'),
    node: new Set(nodes.flatMap(fieldsOf).map((field) => field.name)),
    top: new Set(top.map((field) => field.name)),
  };
}

/** The fields a client asked of the object being resolved (fragments and aliases resolved). */
export function fieldsAsked(info: GraphQLResolveInfo): ReadonlySet<string> {
  const tree = (parseResolveInfo(info) as ResolveTree | null) ?? undefined;
  return new Set(fieldsOf(tree).map((field) => field.name));
}
