import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ParseOptions, ValidationRule } from 'graphql';
import type { RequestContext } from '../context.js';

/**
 * Limits every GraphQL document must fit, checked while parsing and validating, before any
 * resolver (and so any SQL) runs. docs/api.md publishes them to other departments.
 *
 * The cost is graphql-armor's: 1 per scalar field, 2 per object field, ×1.5 per level of nesting
 * (fragments flattened: a spread costs what its fields cost in place), and a literal `first: N` multiplies the cost of its selection by N (a `$first` variable does
 * not). The web app's largest operations cost about 120; a case file with every field one level
 * deep about 450; the same field repeated 1,000 times at least 1,000.
 */
export const GRAPHQL_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxTokens: 2_000,
  maxDirectives: 20,
  maxCost: 900,
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
 * graphql-armor's Apollo integration: depth, alias, directive and cost limits as validation rules
 * (Apollo answers them GRAPHQL_VALIDATION_FAILED with HTTP 400) and no "Did you mean" field
 * suggestions (format-error.ts also strips every other suggestion). The token limit is graphql-js's
 * own parser option: armor's token plugin throws from a hook Apollo answers with HTTP 500.
 */
export function graphqlLimits(): GraphqlProtection {
  const armor = new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth, flattenFragments: true },
    // No allow-list: 1,000 aliased `__typename`s are as much work to validate as any other field.
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases, allowList: [] },
    maxTokens: { enabled: false },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
    costLimit: {
      maxCost: GRAPHQL_LIMITS.maxCost,
      objectCost: 2,
      scalarCost: 1,
      depthCostFactor: 1.5,
      // A fragment spread costs what its fields would cost written in place: the web composes its
      // pages from fragments beside each component, and that must not be dearer than inlining them.
      flattenFragments: true,
      // Fragments spreading each other are refused by graphql-js (NoFragmentCycles); counted here too.
      fragmentRecursionCost: 1_000,
    },
    blockFieldSuggestion: { enabled: true },
  });
  const { plugins, validationRules } = armor.protect();
  return {
    plugins: plugins as ApolloServerPlugin<RequestContext>[],
    validationRules,
    parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens },
  };
}
