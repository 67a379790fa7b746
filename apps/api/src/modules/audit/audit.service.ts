import type { AuditAction } from '@hoanhap/shared';
import type { RequestContext } from '../../context.js';
import { inTransaction } from '../../common/transaction.js';

export interface AuditEntry {
  /** One of the actions the audit log records (`@hoanhap/shared`), checked at compile time. */
  action: AuditAction;
  objectType: string;
  objectId?: string | null;
  returneeId?: string | null;
  /** Names of the fields written or read, never their values. */
  fields?: string[];
}

/**
 * The one audit writer: writes, reads (`read:returnee`), sensitive reads (`read:sensitive`),
 * refused sign-ins (`login_failed`, no actor) and tasks the rules create (no actor). It must be
 * called inside the transaction of what it records (`withTransaction`), so a row exists exactly
 * when the change or the answer does; several entries are one statement. The rows are sealed into
 * the hash chain by the `audit-seal` job within seconds (audit-seal.ts), whoever wrote them.
 */
export async function audit(ctx: RequestContext, entries: AuditEntry | readonly AuditEntry[]): Promise<void> {
  if (!inTransaction(ctx)) throw new Error('audit() must run inside withTransaction()');
  const list = Array.isArray(entries) ? entries : [entries as AuditEntry];
  if (list.length === 0) return;
  // One statement whatever the number of entries (the task rules may write thousands): the entries
  // travel as one JSON parameter, in order, instead of nine bound parameters each.
  await ctx.db.query(
    `INSERT INTO audit_event (actor_id, actor_role, action, object_type, object_id, returnee_id, fields, request_id)
     SELECT $1::uuid, $2::role, e.item->>'action', e.item->>'object_type', (e.item->>'object_id')::uuid,
            (e.item->>'returnee_id')::uuid, ARRAY(SELECT json_array_elements_text(e.item->'fields')), $3::uuid
       FROM json_array_elements($4::json) WITH ORDINALITY AS e(item, n)
      ORDER BY e.n`,
    [
      ctx.actor?.userId ?? null,
      ctx.actor?.role ?? null,
      ctx.requestId,
      JSON.stringify(
        list.map((entry) => ({
          action: entry.action,
          object_type: entry.objectType,
          object_id: entry.objectId ?? null,
          returnee_id: entry.returneeId ?? null,
          fields: entry.fields ?? [],
        })),
      ),
    ],
  );
}

/** Names of the inputs given (never their values), for an audit row; `skip` leaves out e.g. the id the write is about. */
export function givenFields(input: object, skip: readonly string[] = []): string[] {
  return Object.entries(input)
    .filter(([k, v]) => v !== null && v !== undefined && !skip.includes(k))
    .map(([k]) => k);
}

/**
 * The audit row of a write, for the record it wrote: the record's entity class names the object
 * type and its id the object; `returneeId` is the person it concerns, if any; `fields` the names
 * of the inputs given. Every mutation's row is written this way.
 */
export function auditChange(
  ctx: RequestContext,
  action: AuditAction,
  record: { id: string },
  fields: string[],
  returneeId?: string | null,
): Promise<void> {
  const objectType = record.constructor.name;
  // A plain object (a raw row) has no entity class to name it: a programming error, caught by the tests.
  if (objectType === 'Object') throw new Error(`auditChange(${action}) needs an entity instance`);
  ctx.disclosure.written.set(record.id, new Set(fields));
  return audit(ctx, { action, objectType, objectId: record.id, returneeId: returneeId ?? null, fields });
}
