import type { EntityTarget } from 'typeorm';
import { badInput, notFound } from '../../common/errors.js';
import { requireActor } from '../../common/access.js';
import { withTransaction } from '../../common/transaction.js';
import type { RequestContext } from '../../context.js';
import { isUuid } from '../helpers/helper-scope.js';
import { ClientChange } from './client-change.entity.js';

/**
 * Runs `write` once per (user, idempotency key): a phone replaying its offline queue after losing
 * an answer gets the record the first run wrote, not a second one. Without a key, `write` just runs.
 *
 * The key is claimed first, in the write's transaction: a concurrent replay of the same key waits
 * on the unique index until the first commits (then reads its record) or rolls back (then runs
 * itself). A refused write (a stale version, say) rolls the claim back, so the same key may be
 * sent again once the device has resolved the conflict.
 */
export function onceForKey<E extends { id: string }>(
  ctx: RequestContext,
  key: string | null | undefined,
  operation: string,
  entity: EntityTarget<E>,
  write: (ctx: RequestContext) => Promise<E>,
): Promise<E> {
  if (key == null) return write(ctx);
  if (!isUuid(key)) throw badInput('input.idempotencyKey', 'INVALID_ID');
  const userId = requireActor(ctx).userId;
  return withTransaction(ctx, async (ctx) => {
    const claimed: Array<{ id: string }> = await ctx.db.query(
      `INSERT INTO client_change (user_id, idempotency_key, operation) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, idempotency_key) DO NOTHING RETURNING id`,
      [userId, key, operation],
    );
    const claim = claimed[0];
    if (!claim) return firstResult(ctx, userId, key, operation, entity);
    const saved = await write(ctx);
    await ctx.db.query('UPDATE client_change SET record_id = $2 WHERE id = $1', [claim.id, saved.id]);
    return saved;
  });
}

async function firstResult<E extends { id: string }>(
  ctx: RequestContext,
  userId: string,
  key: string,
  operation: string,
  entity: EntityTarget<E>,
): Promise<E> {
  const change = await ctx.db.getRepository(ClientChange).findOneByOrFail({ userId, idempotencyKey: key });
  if (change.operation !== operation) throw badInput('input.idempotencyKey', 'REUSED.idempotencyKey');
  // The record may have been deleted since (a merged or purged person): the replay finds nothing.
  const record = change.recordId
    ? await ctx.db.getRepository(entity).findOneBy({ id: change.recordId } as never)
    : null;
  if (!record) throw notFound('NOT_FOUND.change');
  return record;
}
