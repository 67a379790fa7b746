import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../context.js';
import type { Metrics } from './metrics.js';
import { OperationNames, outcomeOf } from './operation-names.js';

/** Counts each GraphQL request and times it, labelled by operation name and outcome. */
export function graphqlMetricsPlugin(metrics: Metrics): ApolloServerPlugin<RequestContext> {
  const names = new OperationNames();
  return {
    async requestDidStart() {
      const stopTimer = metrics.graphqlDuration.startTimer();
      let executed = false;
      return {
        async executionDidStart() {
          executed = true;
        },
        async willSendResponse({ operationName, response, errors }) {
          const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const labels = {
            operation: names.label(operationName, executed),
            outcome: outcomeOf(body?.errors ?? errors),
          };
          metrics.graphqlRequests.inc(labels);
          stopTimer(labels);
        },
      };
    },
  };
}
