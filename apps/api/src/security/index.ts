import type { GraphqlProtection } from './graphql-limits.js';
import { graphqlLimits } from './graphql-limits.js';
import { inputGuard } from './input-guard.js';
import { introspectionGate } from './introspection.js';
import { type ChargeCost, queryCostLimit } from './query-cost-limit.js';

export { bodyErrors } from './body-errors.js';
export { withClientAddress } from './client-address.js';
export { GRAPHQL_LIMITS } from './graphql-limits.js';
export { allowIntrospection } from './introspection.js';
export { type ChargeCost, QUERY_TOO_COSTLY } from './query-cost-limit.js';

/**
 * Everything Apollo needs to refuse a request before execution: armor's limits (validation rules
 * and plugins), the query cost limit (which hands each cost to `chargeCost`), the NUL guard on
 * inputs and, in production, the introspection gate.
 */
export function graphqlProtection({
  isProduction,
  chargeCost,
}: {
  isProduction: boolean;
  chargeCost?: ChargeCost;
}): GraphqlProtection {
  const limits = graphqlLimits();
  return {
    plugins: [...limits.plugins, queryCostLimit(chargeCost), inputGuard(), introspectionGate(isProduction)],
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
  };
}
