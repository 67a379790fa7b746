import { apiMessage } from '../common/errors.js';
import type { ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, GraphQLError, visit } from 'graphql';
import type { RequestContext } from '../context.js';

const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);

/**
 * Who may read the schema through introspection in production: authenticated service accounts
 * (other departments' integrations) only; neither anonymous callers nor browser sessions.
 */
export function allowIntrospection(ctx: RequestContext): boolean {
  return Boolean(ctx.actor?.serviceAccountId);
}

/** True when the document asks for `__schema` or `__type` anywhere, fragments included. */
export function selectsIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (INTROSPECTION_FIELDS.has(node.name.value)) found = true;
    },
  });
  return found;
}

/**
 * In production, refuses introspection before execution unless `allowIntrospection` says yes.
 * Apollo's own `introspection` switch is all-or-nothing per server, so the server keeps it on and
 * this plugin decides per request. In development everyone may introspect (GraphiQL, codegen).
 */
export function introspectionGate(isProduction: boolean): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      if (!isProduction) return;
      return {
        async didResolveOperation({ contextValue, document }) {
          if (selectsIntrospection(document) && !allowIntrospection(contextValue)) {
            throw new GraphQLError(apiMessage('INTROSPECTION_DISABLED'), {
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
