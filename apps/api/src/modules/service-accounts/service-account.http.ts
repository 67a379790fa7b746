import type { ApolloServerPlugin } from '@apollo/server';
import { reasonMessage } from '@hoanhap/shared';
import { GraphQLError } from 'graphql';
import { apiMessage, appError, ErrorCode } from '../../common/errors.js';
import type { RequestContext } from '../../context.js';
import { rootFieldNames } from '../../schema/public-operations.js';
import type { ChargeCost } from '../../security/index.js';
import type { BudgetState, KeyBudget } from './service-key-budget.js';

/** GitHub's names: the hour's points, what is left, what is spent, when the hour ends (epoch seconds). */
function budgetHeaders(state: BudgetState): Array<[string, string]> {
  return [
    ['x-ratelimit-limit', String(state.limit)],
    ['x-ratelimit-remaining', String(state.remaining)],
    ['x-ratelimit-used', String(state.used)],
    ['x-ratelimit-reset', String(state.resetAt)],
  ];
}

export interface ServiceKeyLimits {
  /** Spends a document's cost from its key's hour, or refuses it with 429 and Retry-After. */
  chargeCost: ChargeCost;
  /** Reports the budget on every keyed response, including those refused before any cost. */
  budgetReport: ApolloServerPlugin<RequestContext>;
}

/**
 * A department's key spends points from an hourly budget (service-key-budget.ts): each document
 * its cost, at least 1. Sessions of people are not counted here (their sign-ins are throttled).
 */
export function serviceKeyLimits(budget: KeyBudget): ServiceKeyLimits {
  const charged = new WeakSet<RequestContext>();
  const chargeCost: ChargeCost = async (ctx, cost, http) => {
    const id = ctx.actor?.serviceAccountId;
    if (!id) return;
    const { state, refused } = await budget.spend(id, cost.points);
    charged.add(ctx);
    for (const [name, value] of budgetHeaders(state)) http.headers.set(name, value);
    if (!refused) return;
    const seconds = Math.max(1, state.resetAt - Math.ceil(Date.now() / 1000));
    ctx.log.warn(
      { event: 'key_budget_spent', serviceAccountId: id, cost: cost.points, retryAfterSeconds: seconds },
      'key budget spent',
    );
    throw new GraphQLError(apiMessage(reasonMessage('TOO_MANY_REQUESTS.points', { cost: cost.points, seconds })), {
      extensions: {
        code: ErrorCode.TOO_MANY_REQUESTS,
        cost: cost.points,
        retryAfterSeconds: seconds,
        http: { status: 429, headers: new Map([['retry-after', String(seconds)]]) },
      },
    });
  };
  const budgetReport: ApolloServerPlugin<RequestContext> = {
    async requestDidStart({ contextValue }) {
      const id = contextValue.actor?.serviceAccountId;
      if (!id) return;
      return {
        async willSendResponse({ contextValue: ctx, response }) {
          if (charged.has(ctx)) return;
          for (const [name, value] of budgetHeaders(await budget.peek(id))) response.http.headers.set(name, value);
        },
      };
    },
  };
  return { chargeCost, budgetReport };
}

const ALWAYS_ALLOWED = new Set(['__typename', '__schema', '__type']);

/** Refuses, before execution, any root field a service account's key does not list. */
export function serviceAccountOperationGate(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document, operation }) {
          const allowed = contextValue.actor?.allowedOperations;
          if (!allowed || !operation) return;
          const refused = rootFieldNames(document, operation).some(
            (name) => !ALWAYS_ALLOWED.has(name) && !allowed.includes(name),
          );
          if (refused) {
            const error = appError(ErrorCode.FORBIDDEN, 'FORBIDDEN.keyOperation');
            error.extensions.http = { status: 200 };
            throw error;
          }
        },
      };
    },
  };
}
