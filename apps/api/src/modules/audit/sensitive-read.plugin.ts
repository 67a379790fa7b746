import { apiMessage } from '../../common/errors.js';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { RequestContext } from '../../context.js';
import { withTransaction } from '../../common/transaction.js';
import { audit } from './audit.service.js';

/**
 * Writes one `read:sensitive` audit row per person whose sensitive fields (convictions,
 * incidents, obligations, citizen ID, contact notes) the request returned, naming those fields,
 * in one statement, before the response leaves; fields the person's `read:returnee` row already
 * named (their case file was opened) are not written again, so opening a file is one row. If the
 * audit cannot be written the data does not leave either.
 */
export function sensitiveReadAudit(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue: ctx, response }) {
          const entries = [...ctx.disclosure.reads].flatMap(([id, read]) => {
            const announced = ctx.disclosure.announced.get(id);
            const fields = [...read].filter((field) => !announced?.has(field)).sort();
            return fields.length > 0
              ? [{ action: 'read:sensitive' as const, objectType: 'Returnee', objectId: id, returneeId: id, fields }]
              : [];
          });
          if (entries.length === 0 || response.body.kind !== 'single') return;
          try {
            await withTransaction(ctx, (ctx) => audit(ctx, entries));
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
