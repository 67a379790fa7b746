import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../../context.js';

/**
 * When a resolver hid sensitive fields (`ctx.disclosure.hidden`), says so in
 * `extensions.SENSITIVE_HIDDEN`: the page still renders, and can offer to state a purpose.
 */
export function sensitiveHiddenPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          if (!contextValue.disclosure.hidden || response.body.kind !== 'single') return;
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            SENSITIVE_HIDDEN: true,
          };
        },
      };
    },
  };
}
