import { Role } from '@hoanhap/shared';
import type { RequestContext } from '../../context.js';

/**
 * The active officers answering for people of each unit in `unitIds`, in one statement: those of
 * the unit and of the units in its scope (below it or merged into it: `unit_closure`), and of the
 * units it was itself merged into, along the successor chain (the same units as
 * helpers/helper-scope.ts `unitsServing`: a Lãm Hà person is now served by Đồng Hòa, then Phù
 * Liễn). A unit without officers is absent from the map.
 */
export async function officersServing(ctx: RequestContext, unitIds: readonly string[]): Promise<Map<string, string[]>> {
  if (unitIds.length === 0) return new Map();
  const rows: Array<{ unit_id: string; officers: string[] }> = await ctx.db.query(
    `WITH RECURSIVE origin AS (SELECT DISTINCT unnest($1::uuid[]) AS unit_id),
     merged_into (unit_id, id) AS (
       SELECT o.unit_id, u.successor_id FROM origin o JOIN administrative_unit u ON u.id = o.unit_id
        WHERE u.successor_id IS NOT NULL
       UNION
       SELECT m.unit_id, u.successor_id FROM merged_into m JOIN administrative_unit u ON u.id = m.id
        WHERE u.successor_id IS NOT NULL
     ),
     serving AS (
       SELECT o.unit_id, c.unit_id AS id FROM origin o JOIN unit_closure c ON c.ancestor_id = o.unit_id
       UNION SELECT unit_id, id FROM merged_into
     )
     SELECT s.unit_id, array_agg(DISTINCT a.id::text ORDER BY a.id::text) AS officers
     FROM serving s JOIN app_user a ON a.unit_id = s.id AND a.role = $2 AND a.disabled_at IS NULL
     GROUP BY s.unit_id`,
    [unitIds, Role.OFFICER],
  );
  return new Map(rows.map((row) => [row.unit_id, row.officers]));
}

/** The active officers answering for people of `unitId` (`officersServing` for one unit). */
export async function officersOf(ctx: RequestContext, unitId: string): Promise<string[]> {
  return (await officersServing(ctx, [unitId])).get(unitId) ?? [];
}
