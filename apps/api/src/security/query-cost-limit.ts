import type { ApolloServerPlugin, HTTPGraphQLHead } from '@apollo/server';
import { reasonMessage } from '@hoanhap/shared';
import { GraphQLError } from 'graphql';
import { apiMessage } from '../common/errors.js';
import { MAX_QUERY_COST, type QueryCost, queryCost } from '../common/query-cost.js';
import type { RequestContext } from '../context.js';

/** Refused: the document could return more records than one request may read. */
export const QUERY_TOO_COSTLY = 'QUERY_TOO_COSTLY';

/** Spends a document's cost from the caller's budget, or throws its refusal. */
export type ChargeCost = (ctx: RequestContext, cost: QueryCost, http: HTTPGraphQLHead) => Promise<void>;

/**
 * Refuses, before execution, a document whose cost (common/query-cost.ts) is over MAX_QUERY_COST,
 * then hands the cost to `charge` (a service key's hourly budget). It runs once the operation is
 * known, so variables count like literals: `first: $first` costs what `$first` says.
 */
export function queryCostLimit(charge?: ChargeCost): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, contextValue, response }) {
          const cost = costOrMinimum(() => queryCost(schema, document, request.variables, request.operationName));
          if (cost.points > MAX_QUERY_COST) {
            throw new GraphQLError(
              apiMessage(reasonMessage('QUERY_TOO_COSTLY', { cost: cost.points, max: MAX_QUERY_COST })),
              {
                extensions: {
                  code: QUERY_TOO_COSTLY,
                  cost: cost.points,
                  maxCost: MAX_QUERY_COST,
                  http: { status: 400 },
                },
              },
            );
          }
          await charge?.(contextValue, cost, response.http);
        },
      };
    },
  };
}

/**
 * Variables that cannot be coerced make the estimate throw; execution refuses them the same way
 * before any resolver runs, with its own message, so such a request costs the minimum.
 */
function costOrMinimum(estimate: () => QueryCost): QueryCost {
  try {
    return estimate();
  } catch (error) {
    if (error instanceof Error && 'extensions' in error) return { records: 0, points: 1 };
    throw error;
  }
}
