import type { AuditAction } from '@hoanhap/shared';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../context.js';
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

/**
 * Records a read (e.g. `read:returnee` for a case file) in its own short transaction: reads have
 * no transaction of their own. Call it after the read succeeded, before answering.
 */
export async function auditRead(ctx: RequestContext, entry: AuditEntry): Promise<void> {
  await ctx.dataSource.transaction((tx) => audit(tx, ctx, entry));
}

/**
 * Records a refused sign-in: no actor, no fields; the account's id when the email exists (only
 * auditors see it), so repeated attempts on one account can be found. Never the email or password.
 */
export async function auditLoginFailed(ctx: RequestContext, userId: string | null): Promise<void> {
  await ctx.dataSource.transaction((tx) =>
    tx.getRepository(AuditEvent).insert({
      actorId: null,
      actorRole: null,
      action: 'login_failed',
      objectType: 'User',
      objectId: userId,
      returneeId: null,
      fields: [],
      requestId: ctx.requestId,
    }),
  );
}
