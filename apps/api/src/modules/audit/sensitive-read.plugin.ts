import { apiMessage } from '../../common/errors.js';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { RequestContext } from '../../context.js';
import { withTransaction } from '../../common/transaction.js';
import { audit } from './audit.service.js';

/**
 * Writes one `read:sensitive` audit row per person whose sensitive fields (convictions,
 * incidents, obligations, citizen ID, contact notes) the request returned, in one statement,
 * before the response leaves. If the audit cannot be written the data does not leave either.
 */
export function sensitiveReadAudit(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue: ctx, response }) {
          const people = [...ctx.disclosure.reads];
          if (people.length === 0 || response.body.kind !== 'single') return;
          try {
            await withTransaction(ctx, (ctx) =>
              audit(
                ctx,
                people.map((id) => ({
                  action: 'read:sensitive',
                  objectType: 'Returnee',
                  objectId: id,
                  returneeId: id,
                })),
              ),
            );
          } catch (error) {
            ctx.log.error(
              { err: { name: (error as Error).name }, requestId: ctx.requestId },
              'sensitive read audit failed',
            );
            response.body.singleResult.data = null;
            response.body.singleResult.errors = [
              new GraphQLError(apiMessage('INTERNAL_SERVER_ERROR'), {
                extensions: { code: 'INTERNAL_SERVER_ERROR' },
              }).toJSON(),
            ];
          }
        },
      };
    },
  };
}
