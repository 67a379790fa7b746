import type { ApolloServerPlugin } from '@apollo/server';
import { appError, ErrorCode, unauthenticated } from '../common/errors.js';
import type { KeyRefusal, RequestContext } from '../context.js';
import { needsSession } from './public-operations.js';

const REFUSAL_MESSAGE = {
  AGREEMENT_SUSPENDED: 'UNAUTHENTICATED.agreementSuspended',
  AGREEMENT_ENDED: 'UNAUTHENTICATED.agreementEnded',
  AGREEMENT_NOT_STARTED: 'UNAUTHENTICATED.agreementNotStarted',
} as const;

/** A valid key whose agreement is not in force: refused like an expired key, saying why. */
function agreementRefusal(refusal: KeyRefusal) {
  return appError(ErrorCode.UNAUTHENTICATED, REFUSAL_MESSAGE[refusal.reason], {
    reason: refusal.reason,
    agreement: refusal.agreementId,
  });
}

/** Refuses, before execution, any operation that needs a session when there is none. */
export function authGate(allowIntrospection: boolean): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document, operation }) {
          if (!contextValue.actor && operation && needsSession(document, operation, allowIntrospection)) {
            const error = contextValue.keyRefusal ? agreementRefusal(contextValue.keyRefusal) : unauthenticated();
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
