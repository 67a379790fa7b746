import { badInput } from '../../common/errors.js';
import { bindTo, keysetOrder, keysetPage } from '../../common/pagination/index.js';
import type { RequestContext } from '../../context.js';
import type { AuditEvent } from './audit-event.entity.js';
import type { AuditEventConnection, AuditFilter } from './audit.types.js';
import { UUID } from '../../common/uuid.js';

const BY_ID_DESC = keysetOrder('auditLog', 'DESC', ['id', 'bigint']);

/** The entity's GraphQL fields from alias `t` (hashes stay in the database). */
export const AUDIT_COLUMNS = (t: string) =>
  `${t}.id::text AS id, ${t}.occurred_at AS "occurredAt", ${t}.actor_id AS "actorId", ${t}.actor_role AS "actorRole",
   ${t}.action, ${t}.object_type AS "objectType", ${t}.object_id AS "objectId", ${t}.returnee_id AS "returneeId",
   ${t}.fields, ${t}.request_id AS "requestId"`;

function uuidOrBad(value: string | null | undefined, field: string): string | null {
  if (value === null || value === undefined) return null;
  if (!UUID.test(value)) throw badInput(field, 'INVALID_ID');
  return value;
}

/**
 * The audit log in the caller's scope, newest first: rows whose actor, or whose person, or (for a
 * refused sign-in) whose target account belongs to a unit the caller answers for. Rows tied to
 * nobody (a sign-in with an unknown email) are shown to callers at a top-level unit.
 */
export async function listAuditLog(
  ctx: RequestContext,
  filter: AuditFilter | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<AuditEventConnection> {
  const page = keysetPage(BY_ID_DESC, first, after);
  const f = filter ?? {};
  if (f.from && f.to && f.to < f.from) {
    throw badInput('filter.to', 'BEFORE_START.toBeforeFrom');
  }
  const params: unknown[] = [await ctx.unitScope()];
  const where: string[] = [
    `(au.unit_id = ANY($1::uuid[]) OR r.unit_id = ANY($1::uuid[]) OR tu.unit_id = ANY($1::uuid[])
      OR (a.actor_id IS NULL AND a.returnee_id IS NULL AND tu.id IS NULL
          AND EXISTS (SELECT 1 FROM administrative_unit top WHERE top.parent_id IS NULL AND top.id = ANY($1::uuid[]))))`,
  ];
  const add = (sql: (n: number) => string, value: unknown) => {
    params.push(value);
    where.push(sql(params.length));
  };
  const actorId = uuidOrBad(f.actorId, 'filter.actorId');
  const returneeId = uuidOrBad(f.returneeId, 'filter.returneeId');
  if (actorId) add((n) => `a.actor_id = $${n}::uuid`, actorId);
  if (returneeId) add((n) => `a.returnee_id = $${n}::uuid`, returneeId);
  if (f.action) add((n) => `a.action = $${n}`, f.action);
  if (f.objectType) add((n) => `a.object_type = $${n}`, f.objectType);
  if (f.from) add((n) => `a.occurred_at >= ($${n}::date::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')`, f.from);
  if (f.to) add((n) => `a.occurred_at < (($${n}::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')`, f.to);
  const pageWhere = page.after('a', bindTo(params));
  if (pageWhere) where.push(pageWhere);
  params.push(page.limit + 1);
  const rows: AuditEvent[] = await ctx.db.query(
    `SELECT ${AUDIT_COLUMNS('a')}
       FROM audit_event a
       LEFT JOIN app_user au ON au.id = a.actor_id
       LEFT JOIN returnee r ON r.id = a.returnee_id
       LEFT JOIN app_user tu ON a.object_type = 'User' AND tu.id = a.object_id
      WHERE ${where.join(' AND ')}
      ORDER BY ${page.orderBy('a')}
      LIMIT $${params.length}`,
    params,
  );
  return page.connection(rows);
}
