import type { ApolloServerPlugin, HTTPGraphQLHead } from '@apollo/server';
import { type ReasonMessage, reasonMessage } from '@hoanhap/shared';
import { GraphQLError } from 'graphql';
import { apiMessage } from '../common/errors.js';
import { isOverNodeLimit, MAX_QUERY_COST, MAX_QUERY_NODES, type QueryCost, queryCost } from '../common/query-cost.js';
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
          const cost = estimate(() => queryCost(schema, document, request.variables, request.operationName));
          if (cost.points > MAX_QUERY_COST) {
            throw tooCostly(reasonMessage('QUERY_TOO_COSTLY', { cost: cost.points, max: MAX_QUERY_COST }), {
              cost: cost.points,
            });
          }
          await charge?.(contextValue, cost, response.http);
        },
      };
    },
  };
}

function tooCostly(message: ReasonMessage, extensions: Record<string, unknown>): GraphQLError {
  return new GraphQLError(apiMessage(message), {
    extensions: { code: QUERY_TOO_COSTLY, ...extensions, maxCost: MAX_QUERY_COST, http: { status: 400 } },
  });
}

/**
 * The estimate, or its refusal when the document has too many fields to estimate. A variable that
 * cannot be coerced makes the estimate throw too; execution refuses it the same way before any
 * resolver runs, with its own message, so such a request costs the minimum.
 */
function estimate(compute: () => QueryCost): QueryCost {
  try {
    return compute();
  } catch (error) {
    if (isOverNodeLimit(error)) throw tooCostly(reasonMessage('QUERY_TOO_COSTLY.nodes', { max: MAX_QUERY_NODES }), {});
    if (error instanceof Error && /^Variable "\$/.test(error.message)) return { records: 0, points: 1 };
    throw error; // anything else: refused as an internal error, never run unestimated
  }
}
