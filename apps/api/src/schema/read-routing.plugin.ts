import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../context.js';
import { currentReadRoute } from '../database/read-routing.js';
import { replicasOf } from '../database/replicas.js';

/**
 * Sends a read-only operation (a `query`: lists, statistics, case files) to the replicas, and
 * makes the caller's own writes visible to their next reads. Turned on at the start of execution,
 * after the other plugins' checks (a service key's cost is charged on the primary before it); the
 * context and session were read before that, on the primary, where a session made a moment ago
 * exists. A mutation stays on the primary, and the primary's WAL position after it is remembered
 * for its author: their reads skip any replica that has not replayed that far.
 */
export function readRoutingPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      const replicas = replicasOf(contextValue.dataSource);
      if (!replicas) return;
      return {
        async executionDidStart({ operation }) {
          const route = currentReadRoute();
          if (!route || operation.operation !== 'query') return;
          route.replica = true;
          route.minLsn = contextValue.actor ? replicas.ownWriteOf(contextValue.actor.userId) : undefined;
        },
        async willSendResponse({ operation, contextValue: ctx }) {
          const route = currentReadRoute();
          if (route) route.replica = false;
          if (operation?.operation === 'mutation' && ctx.actor) await replicas.rememberWrite(ctx.actor.userId);
        },
      };
    },
  };
}
