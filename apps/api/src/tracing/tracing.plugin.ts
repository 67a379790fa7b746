import type { ApolloServerPlugin } from '@apollo/server';
import { SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { RequestHandler } from 'express';
import type { RequestContext } from '../context.js';
import { outcomeOf } from '../metrics/operation-names.js';

/**
 * Opens the request's span around the GraphQL handler, after the body is parsed: everything the
 * request runs (resolvers, SQL) happens inside it and becomes its children. Without a tracer
 * registered (OTEL_ENABLED unset) the span records nothing.
 */
export function graphqlSpan(): RequestHandler {
  const tracer = trace.getTracer('hoanhap-api');
  return (_req, res, next) => {
    tracer.startActiveSpan('graphql', { kind: SpanKind.SERVER }, (span) => {
      res.once('finish', () => {
        span.setAttribute('http.response.status_code', res.statusCode);
        span.end();
      });
      next();
    });
  };
}

/** Names the request's span by its operation, and marks it failed with the error code answered. */
export function graphqlTracingPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      const span = trace.getActiveSpan();
      if (!span?.isRecording()) return {};
      return {
        async didResolveOperation({ operation, operationName }) {
          const type = operation?.operation ?? 'query';
          span.updateName(`${type} ${operationName ?? 'anonymous'}`);
          span.setAttribute('graphql.operation.type', type);
          if (operationName) span.setAttribute('graphql.operation.name', operationName);
        },
        async willSendResponse({ response, errors }) {
          const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const outcome = outcomeOf(body?.errors ?? errors);
          if (outcome !== 'ok') {
            span.setAttribute('graphql.error.code', outcome);
            span.setStatus({ code: SpanStatusCode.ERROR, message: outcome });
          }
        },
      };
    },
  };
}
