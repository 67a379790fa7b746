import type { AuditAction } from '@hoanhap/shared';
import type { RequestContext } from '../../context.js';
import { inTransaction } from '../../common/transaction.js';
import { AuditEvent } from './audit-event.entity.js';

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
 * when the change or the answer does; several entries are one statement. The hash chain is the
 * database's (a trigger), so nothing here can write a row outside it.
 */
export async function audit(ctx: RequestContext, entries: AuditEntry | readonly AuditEntry[]): Promise<void> {
  if (!inTransaction(ctx)) throw new Error('audit() must run inside withTransaction()');
  const list = Array.isArray(entries) ? entries : [entries as AuditEntry];
  if (list.length === 0) return;
  await ctx.db.getRepository(AuditEvent).insert(
    list.map((entry) => ({
      actorId: ctx.actor?.userId ?? null,
      actorRole: ctx.actor?.role ?? null,
      action: entry.action,
      objectType: entry.objectType,
      objectId: entry.objectId ?? null,
      returneeId: entry.returneeId ?? null,
      fields: entry.fields ?? [],
      requestId: ctx.requestId,
    })),
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
