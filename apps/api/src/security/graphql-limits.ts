import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ParseOptions, ValidationRule } from 'graphql';
import type { RequestContext } from '../context.js';

/**
 * Limits every GraphQL document must fit, checked while parsing and validating, before any
 * resolver (and so any SQL) runs. docs/api.md publishes them to other departments. What a document
 * costs (records it can return, `first` counted whether literal or a variable) is checked once its
 * variables are known: common/query-cost.ts and query-cost-limit.ts.
 */
export const GRAPHQL_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxTokens: 2_000,
  maxDirectives: 20,
  /** Largest JSON body Express accepts on /graphql (answered 413 above it). */
  maxBodyBytes: 100 * 1024,
} as const;

export interface GraphqlProtection {
  plugins: ApolloServerPlugin<RequestContext>[];
  validationRules: ValidationRule[];
  /** graphql-js stops parsing past `maxTokens`: Apollo answers GRAPHQL_PARSE_FAILED with HTTP 400. */
  parseOptions: ParseOptions;
}

/**
 * graphql-armor's Apollo integration: depth, alias and directive limits as validation rules
 * (Apollo answers them GRAPHQL_VALIDATION_FAILED with HTTP 400) and no "Did you mean" field
 * suggestions (format-error.ts also strips every other suggestion). The token limit is graphql-js's
 * own parser option: armor's token plugin throws from a hook Apollo answers with HTTP 500. Armor's
 * cost limit is off: it cannot see variables (query-cost-limit.ts replaces it).
 */
export function graphqlLimits(): GraphqlProtection {
  const armor = new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth, flattenFragments: true },
    // No allow-list: 1,000 aliased `__typename`s are as much work to validate as any other field.
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases, allowList: [] },
    maxTokens: { enabled: false },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  });
  const { plugins, validationRules } = armor.protect();
  return {
    plugins: plugins as ApolloServerPlugin<RequestContext>[],
    validationRules,
    parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens },
  };
}
