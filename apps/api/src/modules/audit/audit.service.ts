import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../context.js';
import { AuditEvent } from './audit-event.entity.js';

export interface AuditEntry {
  action: string;
  objectType: string;
  objectId?: string | null;
  returneeId?: string | null;
  /** Names of the fields written or read, never their values. */
  fields?: string[];
}

/** Writes one audit row inside the caller's transaction, so it exists exactly when the change does. */
export async function audit(tx: EntityManager, ctx: RequestContext, entry: AuditEntry): Promise<void> {
  await tx.getRepository(AuditEvent).insert({
    actorId: ctx.actor?.userId ?? null,
    actorRole: ctx.actor?.role ?? null,
    action: entry.action,
    objectType: entry.objectType,
    objectId: entry.objectId ?? null,
    returneeId: entry.returneeId ?? null,
    fields: entry.fields ?? [],
    requestId: ctx.requestId,
  });
}
