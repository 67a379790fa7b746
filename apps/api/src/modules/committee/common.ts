import { badInput } from '../../common/errors.js';
import type { RequestContext } from '../../context.js';
import { UUID } from '../../common/uuid.js';

export const isUuid = (id: string | null | undefined): id is string => !!id && UUID.test(id);

/** Trimmed text, or null when empty. */
export const clean = (s: string | null | undefined): string | null => s?.trim() || null;

/**
 * The id of a row of `table` with this id whose `unit_id` is in the caller's scope, else null:
 * out of scope looks exactly like missing. `lock` locks the row for the transaction.
 */
export async function idInScope(
  ctx: RequestContext,
  table: 'reintegration_model' | 'document' | 'steering_committee' | 'pledge' | 'organisation' | 'returnee',
  id: string | null | undefined,
  options: { lock?: boolean; where?: string } = {},
): Promise<string | null> {
  if (!isUuid(id)) return null;
  const rows: Array<{ id: string }> = await ctx.db.query(
    `SELECT id FROM ${table} WHERE id = $1 AND unit_id = ANY($2::uuid[])${options.where ? ` AND ${options.where}` : ''}${options.lock ? ' FOR UPDATE' : ''}`,
    [id, await ctx.unitScope()],
  );
  return rows[0]?.id ?? null;
}

/** A linked record that must exist in scope: BAD_USER_INPUT on the field when it does not. */
export async function requireLinked(
  ctx: RequestContext,
  field: string,
  table: Parameters<typeof idInScope>[1],
  id: string | null | undefined,
  where?: string,
): Promise<string | null> {
  if (id === null || id === undefined) return null;
  const found = await idInScope(ctx, table, id, { where });
  if (!found) {
    throw badInput(field, 'NOT_FOUND.linked');
  }
  return found;
}

export function requireText(field: string, value: string | null | undefined): string {
  const v = clean(value);
  if (!v) throw badInput(field, 'REQUIRED');
  return v;
}
