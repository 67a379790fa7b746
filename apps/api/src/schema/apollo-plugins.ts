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
