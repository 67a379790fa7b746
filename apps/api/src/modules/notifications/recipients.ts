import { Role } from '@hoanhap/shared';
import type { RequestContext } from '../../context.js';
import { unitsServing } from '../helpers/helper-scope.js';

/**
 * The active officers answering for people of `unitId`: those of the unit, of the units merged into
 * it, or of the unit it was itself merged into (helpers/helper-scope.ts `unitsServing`).
 */
export async function officersOf(ctx: RequestContext, unitId: string): Promise<string[]> {
  const rows: Array<{ id: string }> = await ctx.db.query(
    'SELECT id FROM app_user WHERE role = $1 AND disabled_at IS NULL AND unit_id = ANY($2::uuid[]) ORDER BY id',
    [Role.OFFICER, await unitsServing(ctx, unitId)],
  );
  return rows.map((row) => row.id);
}
