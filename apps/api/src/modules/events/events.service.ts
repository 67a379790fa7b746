import type { DomainEventType } from '@hoanhap/shared';
import { inTransaction } from '../../common/transaction.js';
import type { RequestContext } from '../../context.js';

export interface DomainEventInput {
  type: DomainEventType;
  /** The record the event is about (`DOMAIN_EVENT_TYPES` says which for each type). */
  subjectId: string;
  /** The unit where it happened. */
  unitId: string;
}

/**
 * Records that something happened, in the caller's transaction: if the change rolls back, so does
 * its event, and nothing is ever sent about a change that did not happen. Consumers (webhooks) pick
 * the row up once it has committed.
 */
export async function recordEvent(ctx: RequestContext, event: DomainEventInput): Promise<void> {
  if (!inTransaction(ctx)) throw new Error('recordEvent() must run inside withTransaction()');
  await ctx.db.query(`INSERT INTO domain_event (type, subject_id, unit_id) VALUES ($1, $2, $3)`, [
    event.type,
    event.subjectId,
    event.unitId,
  ]);
}
