import { Role } from '@hoanhap/shared';
import { appError, ErrorCode, unauthenticated } from './errors.js';
import type { Actor, RequestContext } from '../context.js';

/** The signed-in actor, or UNAUTHENTICATED. */
export function requireActor(ctx: RequestContext): Actor {
  if (!ctx.actor) throw unauthenticated();
  return ctx.actor;
}

/** Refuses an operation the actor's role may never perform (docs/security.md). */
export function requireRole(ctx: RequestContext, roles: readonly Role[]): Actor {
  const actor = requireActor(ctx);
  if (!roles.includes(actor.role)) {
    throw appError(ErrorCode.FORBIDDEN, 'Bạn không có quyền thực hiện thao tác này. / Not allowed for your role.');
  }
  return actor;
}

/** Who may read case files at all (auditors read the audit log, not cases). */
export const CASE_READERS = [Role.ADMIN, Role.OFFICER, Role.COMMITTEE, Role.VIEWER, Role.HELPER] as const;

/** Who records casework: the ward police officer in charge. */
export const CASE_WRITERS = [Role.OFFICER] as const;

/** Helpers may also record contacts and support, for the people assigned to them. */
export const CONTACT_WRITERS = [Role.OFFICER, Role.HELPER] as const;

/** Who records the reintegration model's documents, committee, pledges, reviews and employers. */
export const COMMITTEE_WRITERS = [Role.OFFICER, Role.COMMITTEE] as const;

/** Who reads the model, its documents, committee and pledges (in their unit scope). */
export const COMMITTEE_READERS = [Role.ADMIN, Role.OFFICER, Role.COMMITTEE, Role.VIEWER] as const;

/** Partner employers and their job offers: helpers see them too, to point people to work. */
export const EMPLOYER_READERS = [Role.ADMIN, Role.OFFICER, Role.COMMITTEE, Role.VIEWER, Role.HELPER] as const;

/**
 * Sensitive fields (convictions, incidents, obligations, citizen ID, contact notes): the officer
 * sees them; other roles see null (the security issue adds purpose-bound reveals).
 */
export function canSeeSensitive(actor: Actor | null): boolean {
  return actor?.role === Role.OFFICER;
}

/**
 * Whether the actor may see this person's sensitive fields: the officer always; a COMMITTEE or
 * VIEWER user while holding a live purpose-bound grant (`revealSensitive`, 30 minutes). When the
 * answer is no, the response is flagged `extensions.SENSITIVE_HIDDEN` so the page can offer a reveal.
 */
export async function canSeeSensitiveFor(
  ctx: RequestContext,
  returneeId: string,
  options: { audited?: boolean } = {},
): Promise<boolean> {
  const actor = ctx.actor;
  const allowed =
    canSeeSensitive(actor) ||
    (actor &&
      !actor.serviceAccountId &&
      (actor.role === Role.COMMITTEE || actor.role === Role.VIEWER) &&
      (await ctx.loaders.liveReveal.load(`${actor.userId}:${returneeId}`)));
  if (allowed) {
    if (options.audited === false) return true;
    // Every read of sensitive data is audited (modules/audit/sensitive-read.plugin.ts).
    ctx.sensitiveReads ??= new Set();
    ctx.sensitiveReads.add(returneeId);
    return true;
  }
  ctx.sensitiveHidden = true;
  return false;
}
