import type { GraphqlProtection } from './graphql-limits.js';
import { graphqlLimits } from './graphql-limits.js';
import { inputGuard } from './input-guard.js';
import { introspectionGate } from './introspection.js';

export { bodyErrors } from './body-errors.js';
export { withClientAddress } from './client-address.js';
export { GRAPHQL_LIMITS } from './graphql-limits.js';
export { allowIntrospection } from './introspection.js';

/**
 * Everything Apollo needs to refuse a request before execution: armor's limits (validation rules
 * and plugins), the NUL guard on inputs and, in production, the introspection gate.
 */
export function graphqlProtection({ isProduction }: { isProduction: boolean }): GraphqlProtection {
  const limits = graphqlLimits();
  return {
    plugins: [...limits.plugins, inputGuard(), introspectionGate(isProduction)],
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
  };
}
