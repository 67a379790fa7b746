import { Role } from '@hoanhap/shared';
import type { RequestContext } from '../../context.js';
import { UNIT_SCOPE_CTE } from '../units/units.service.js';
import { UUID } from '../../common/uuid.js';

/** Ids from clients are checked before they reach a uuid column (a malformed one is simply not found). */
export const isUuid = (value: string | null | undefined): value is string => !!value && UUID.test(value);

/** SQL: today's civil date in Việt Nam. */
export const TODAY_SQL = `(now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`;

/**
 * The units whose organisations and people may serve a person registered in `unitId`: the unit's
 * own scope (units below it and merged into it) and the units it was itself merged into (a Lãm Hà
 * person is now served by Đồng Hòa, then Phù Liễn).
 */
export async function unitsServing(ctx: RequestContext, unitId: string): Promise<string[]> {
  const rows: Array<{ id: string }> = await ctx.db.query(
    `WITH RECURSIVE ${UNIT_SCOPE_CTE},
     merged_into AS (
       SELECT successor_id AS id FROM administrative_unit WHERE id = $1 AND successor_id IS NOT NULL
       UNION
       SELECT u.successor_id FROM administrative_unit u JOIN merged_into m ON u.id = m.id WHERE u.successor_id IS NOT NULL
     )
     SELECT id FROM unit_scope UNION SELECT id FROM merged_into`,
    [unitId],
  );
  return rows.map((r) => r.id);
}

/** True when the organisation exists and belongs to one of `units`. */
export async function organisationIn(ctx: RequestContext, organisationId: string, units: string[]): Promise<boolean> {
  if (!isUuid(organisationId)) return false;
  const rows: unknown[] = await ctx.db.query('SELECT 1 FROM organisation WHERE id = $1 AND unit_id = ANY($2::uuid[])', [
    organisationId,
    units,
  ]);
  return rows.length > 0;
}

/** The active account with this id in one of `units` (and with `role`, when given), else null. */
export async function activeUserIn(
  ctx: RequestContext,
  userId: string,
  units: string[],
  role?: Role,
): Promise<{ id: string; role: Role; organisationId: string | null } | null> {
  if (!isUuid(userId)) return null;
  const rows: Array<{ id: string; role: Role; organisation_id: string | null }> = await ctx.db.query(
    `SELECT id, role, organisation_id FROM app_user
     WHERE id = $1 AND unit_id = ANY($2::uuid[]) AND disabled_at IS NULL AND ($3::role IS NULL OR role = $3::role)`,
    [userId, units, role ?? null],
  );
  const row = rows[0];
  return row ? { id: row.id, role: row.role, organisationId: row.organisation_id } : null;
}
