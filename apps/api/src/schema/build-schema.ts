import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from '../common/access.js';
import { applyAgreementRedaction } from '../modules/agreements/redaction.js';
import { MODULES } from '../modules/index.js';

// biome-ignore lint/complexity/noBannedTypes: type-graphql takes resolver classes as `Function`.
export const RESOLVERS = MODULES.flatMap((module) => module.resolvers ?? []) as [Function, ...Function[]];

let built: Promise<GraphQLSchema> | undefined;

/** The executable schema, built once per process. */
export function getSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: RESOLVERS,
    // Root fields declare what they need with @Authorized(Permission.X); see common/access.ts.
    authChecker,
    authMode: 'error',
    validate: { forbidUnknownValues: false },
    // A key's agreement may redact fields: wrapped once here, whatever path reaches them.
  }).then(applyAgreementRedaction);
  return built;
}
