import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../../context.js';
import { rootFieldNames } from '../../schema/public-operations.js';

/** Codes that mean the request was refused rather than answered. */
const REFUSED = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'TOO_MANY_REQUESTS',
  'QUERY_TOO_COSTLY',
  'UNTRUSTED_DOCUMENT',
]);

/** The month of the usage report, the first day of the current month in Việt Nam. */
const MONTH = `date_trunc('month', now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`;

/**
 * For a request made with a key: says which paths its agreement redacted
 * (`extensions.redacted: [{ path, field, agreement }]`), and counts the request in the agreement's
 * monthly usage: a call or a refusal per root field, and the people read. One upsert per request,
 * so the report reads a few rows instead of the audit log (Decree 13/2023/NĐ-CP art. 17 asks both
 * sides to be able to account for what was shared).
 */
export function agreementUsagePlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue: ctx, response, document, operation, errors }) {
          const agreementId = ctx.actor?.agreement?.id ?? ctx.keyRefusal?.agreementId;
          if (!agreementId) return;
          const { redacted, people } = ctx.disclosure;
          if (redacted.length > 0 && response.body.kind === 'single') {
            response.body.singleResult.extensions = {
              ...response.body.singleResult.extensions,
              redacted: redacted.map(({ path, field }) => ({ path, field, agreement: agreementId })),
            };
          }
          const refused =
            !ctx.actor ||
            (errors ?? []).some((error) => REFUSED.has(String(error.extensions?.code ?? ''))) ||
            (response.body.kind === 'single' &&
              (response.body.singleResult.errors ?? []).some((e) => REFUSED.has(String(e.extensions?.code ?? ''))));
          const operations = document && operation ? [...new Set(rootFieldNames(document, operation))] : [];
          try {
            await ctx.dataSource.query(
              `WITH ops AS (
                 INSERT INTO agreement_usage AS u (agreement_id, month, operation, calls, refusals)
                 SELECT $1, ${MONTH}, op, CASE WHEN $3 THEN 0 ELSE 1 END, CASE WHEN $3 THEN 1 ELSE 0 END
                 FROM unnest($2::text[]) op
                 ON CONFLICT (agreement_id, month, operation)
                 DO UPDATE SET calls = u.calls + EXCLUDED.calls, refusals = u.refusals + EXCLUDED.refusals
               )
               INSERT INTO agreement_usage_person (agreement_id, month, returnee_id)
               SELECT $1, ${MONTH}, id FROM unnest($4::uuid[]) id
               ON CONFLICT DO NOTHING`,
              [agreementId, operations.length > 0 ? operations : ['(unparsed)'], refused, [...people]],
            );
          } catch (error) {
            // Counting must never cost the answer: log it (no personal data) and go on.
            ctx.log.warn({ event: 'agreement_usage_failed', agreementId, err: error }, 'agreement usage not counted');
          }
        },
      };
    },
  };
}
