import { apiMessage } from '../../common/errors.js';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { RequestContext } from '../../context.js';

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
          const people = [...(ctx.sensitiveReads ?? [])];
          if (people.length === 0 || response.body.kind !== 'single') return;
          try {
            await ctx.dataSource.query(
              `INSERT INTO audit_event (actor_id, actor_role, action, object_type, object_id, returnee_id, fields, request_id)
               SELECT $1, $2, 'read:sensitive', 'Returnee', id, id, '{}', $3 FROM unnest($4::uuid[]) AS id`,
              [ctx.actor?.userId ?? null, ctx.actor?.role ?? null, ctx.requestId, people],
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
