import { can, Permission, Role } from '@hoanhap/shared';
import type { AuthChecker } from 'type-graphql';
import { appError, ErrorCode, unauthenticated } from './errors.js';
import type { Actor, RequestContext } from '../context.js';

/** The signed-in actor, or UNAUTHENTICATED. */
export function requireActor(ctx: RequestContext): Actor {
  if (!ctx.actor) throw unauthenticated();
  return ctx.actor;
}

/**
 * Refuses an operation the actor's role may never perform. What each role may do is
 * `@hoanhap/shared`'s permissions, the same the web app reads; where is the unit scope's business.
 */
export function requirePermission(ctx: RequestContext, permission: Permission): Actor {
  const actor = requireActor(ctx);
  if (!can(actor.role, permission)) {
    throw appError(ErrorCode.FORBIDDEN, 'FORBIDDEN');
  }
  return actor;
}

/**
 * type-graphql's `authChecker`: every root field carries `@Authorized(Permission.X)` (or
 * `@Authorized()` when being signed in is enough), checked here before its arguments are read.
 * It throws rather than answering false, so the refusal keeps the product's codes and wording:
 * UNAUTHENTICATED without a session, FORBIDDEN for a role without the permission.
 */
export const authChecker: AuthChecker<RequestContext, Permission> = ({ context }, permissions) => {
  const actor = requireActor(context);
  for (const permission of permissions) requirePermission(context, permission);
  return actor !== null;
};

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
 * With `field`, a yes is recorded as a read of that field, audited before the response leaves.
 */
export async function canSeeSensitiveFor(
  ctx: RequestContext,
  returneeId: string,
  options: { field?: string } = {},
): Promise<boolean> {
  const actor = ctx.actor;
  const allowed =
    canSeeSensitive(actor) ||
    (actor &&
      !actor.serviceAccountId &&
      can(actor.role, Permission.REQUEST_REVEAL) &&
      (await ctx.loaders.liveReveal.load(`${actor.userId}:${returneeId}`)));
  if (allowed) {
    // Every read of sensitive data is audited (modules/audit/sensitive-read.plugin.ts).
    if (options.field) {
      const fields = ctx.disclosure.reads.get(returneeId) ?? new Set<string>();
      ctx.disclosure.reads.set(returneeId, fields.add(options.field));
    }
    return true;
  }
  ctx.disclosure.hidden = true;
  return false;
}
