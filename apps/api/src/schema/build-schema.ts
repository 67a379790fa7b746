import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { MODULES } from '../modules/index.js';

// biome-ignore lint/complexity/noBannedTypes: type-graphql takes resolver classes as `Function`.
export const RESOLVERS = MODULES.flatMap((module) => module.resolvers ?? []) as [Function, ...Function[]];

let built: Promise<GraphQLSchema> | undefined;

/** The executable schema, built once per process. */
export function getSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: RESOLVERS,
    validate: { forbidUnknownValues: false },
  });
  return built;
}
