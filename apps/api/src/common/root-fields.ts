import type { GraphQLSchema } from 'graphql';

/** Root fields of the schema (queries and mutations): what an allowed-operations list may name. */
export function schemaRootFields(schema: GraphQLSchema): Set<string> {
  return new Set([
    ...Object.keys(schema.getQueryType()?.getFields() ?? {}),
    ...Object.keys(schema.getMutationType()?.getFields() ?? {}),
  ]);
}
