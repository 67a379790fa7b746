import type { DeepPartial, EntityTarget, ObjectLiteral } from 'typeorm';
import type { RequestContext } from '../context.js';

/**
 * Saves a new row of `entity` through `ctx.db` (inside `withTransaction`, the write's transaction)
 * and returns the entity as saved: id, defaults and version filled in.
 */
export function saveNew<E extends ObjectLiteral>(
  ctx: RequestContext,
  entity: EntityTarget<E>,
  values: DeepPartial<E>,
): Promise<E> {
  const repo = ctx.db.getRepository(entity);
  return repo.save(repo.create(values));
}
