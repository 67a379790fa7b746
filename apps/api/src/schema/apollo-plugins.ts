import type { ApolloServerPlugin } from '@apollo/server';
import { unauthenticated } from '../common/errors.js';
import type { RequestContext } from '../context.js';
import { needsSession } from './public-operations.js';

/** Refuses, before execution, any operation that needs a session when there is none. */
export function authGate(allowIntrospection: boolean): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document, operation }) {
          if (!contextValue.actor && operation && needsSession(document, operation, allowIntrospection)) {
            const error = unauthenticated();
            // A GraphQL error in a 200 response, like any other, so clients read the code.
            error.extensions.http = { status: 200 };
            throw error;
          }
        },
      };
    },
  };
}

const DENIED = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'UNTRUSTED_DOCUMENT']);

/**
 * Logs every refused access (no session, a role that may not, an untrusted document) with the
 * request id, the actor's id and role and the field path: enough to investigate, no personal data.
 */
export function deniedAccessLog(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors, operationName }) {
          for (const error of errors) {
            const code = String(error.extensions?.code ?? '');
            if (!DENIED.has(code)) continue;
            contextValue.log.warn(
              {
                event: 'access_denied',
                code,
                requestId: contextValue.requestId,
                actorId: contextValue.actor?.userId ?? null,
                role: contextValue.actor?.role ?? null,
                operationName: operationName ?? null,
                path: error.path ?? null,
              },
              'access denied',
            );
          }
        },
      };
    },
  };
}
