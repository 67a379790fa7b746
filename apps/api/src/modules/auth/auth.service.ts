import type { Role } from '@hoanhap/shared';
import type { DataSource } from 'typeorm';
import { appError, ErrorCode, unauthenticated } from '../../common/errors.js';
import { withTransaction } from '../../common/transaction.js';
import { audit } from '../audit/audit.service.js';
import type { Actor, CookieSettings, RequestContext } from '../../context.js';
import { beginLoginAttempt } from '../../security/login-throttle.js';
import { verifyPassword } from './password.js';
import { Session } from './session.entity.js';
import {
  clearedSessionCookie,
  newToken,
  readToken,
  SESSION_ABSOLUTE_MS,
  SESSION_IDLE_MS,
  sessionCookie,
  tokenHash,
} from './session-cookie.js';
import { User } from './user.entity.js';
import { carriedScope, carriedScopeSql } from '../units/units.service.js';
import { preparedQuery } from '../../common/prepared.js';

const invalidCredentials = () => appError(ErrorCode.INVALID_CREDENTIALS, 'INVALID_CREDENTIALS');

export class AuthService {
  /**
   * Resolves the session cookie to an actor and the actor's unit scope in one statement, touching
   * `last_seen_at` at most once a minute so reads do not turn into writes.
   */
  async actorFromCookie(
    dataSource: DataSource,
    cookieHeader: string | undefined,
    cookies: CookieSettings,
  ): Promise<{ actor: Actor | null; token: string | undefined }> {
    const token = readToken(cookieHeader, cookies);
    if (!token) return { actor: null, token };
    const hash = tokenHash(token, cookies.secret);
    // Every request runs it: a prepared statement, parsed and planned once per connection.
    const rows = await preparedQuery<{
      id: string;
      role: Role;
      unit_id: string;
      organisation_id: string | null;
      scope: string[];
    }>(
      dataSource,
      undefined,
      `WITH live AS (
           SELECT u.id, u.role, u.unit_id, u.organisation_id
           FROM session s JOIN app_user u ON u.id = s.user_id
           WHERE s.token_hash = $1 AND u.disabled_at IS NULL
             AND s.expires_at > now() AND s.last_seen_at > now() - make_interval(secs => $2)
         ), touch AS (
           UPDATE session SET last_seen_at = now()
           WHERE token_hash = $1 AND last_seen_at < now() - interval '1 minute' AND EXISTS (SELECT 1 FROM live)
         )
         SELECT live.*, ${carriedScopeSql('live.unit_id')} AS scope
         FROM live`,
      [hash, SESSION_IDLE_MS / 1000],
    );
    const row = rows[0];
    if (!row) return { actor: null, token };
    return {
      actor: {
        userId: row.id,
        role: row.role,
        unitId: row.unit_id,
        organisationId: row.organisation_id,
        unitScope: carriedScope(row.scope),
        sessionTokenHash: hash,
      },
      token,
    };
  }

  /**
   * Checks the credentials and opens a new session (the presented one, if any, is destroyed: the
   * id always changes at login). Every failure gives the same error; too many failures for the
   * account or the address give TOO_MANY_ATTEMPTS without checking the password.
   */
  async login(ctx: RequestContext, email: string, password: string): Promise<User> {
    const normalizedEmail = email.trim().toLowerCase();
    const attempt = await beginLoginAttempt(ctx, normalizedEmail);
    const users = ctx.db.getRepository(User);
    const user = await users.findOneBy({ email: normalizedEmail });
    const usable = user && !user.disabledAt ? user : null;
    const ok = await verifyPassword(usable?.passwordHash ?? null, password);
    if (!ok || !usable) {
      attempt.failed();
      // No actor and no fields; the account's id when the email exists (only auditors see it), so
      // repeated attempts on one account can be found. Never the email or the password.
      await withTransaction({ ...ctx, actor: null }, (ctx) =>
        audit(ctx, { action: 'login_failed', objectType: 'User', objectId: user?.id ?? null }),
      );
      throw invalidCredentials();
    }
    await attempt.succeeded();
    const token = newToken();
    const now = new Date();
    await withTransaction(ctx, async (ctx) => {
      const sessions = ctx.db.getRepository(Session);
      if (ctx.presentedToken) await sessions.delete({ tokenHash: tokenHash(ctx.presentedToken, ctx.cookies.secret) });
      await ctx.db.query(
        `DELETE FROM session WHERE user_id = $1 AND (expires_at <= now() OR last_seen_at <= now() - make_interval(secs => $2))`,
        [usable.id, SESSION_IDLE_MS / 1000],
      );
      await sessions.insert({
        tokenHash: tokenHash(token, ctx.cookies.secret),
        userId: usable.id,
        lastSeenAt: now,
        expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS),
      });
    });
    ctx.setCookie(sessionCookie(token, ctx.cookies));
    ctx.log.info({ requestId: ctx.requestId, event: 'login', userId: usable.id }, 'login');
    return usable;
  }

  async logout(ctx: RequestContext): Promise<boolean> {
    if (!ctx.actor) throw unauthenticated();
    await ctx.db.getRepository(Session).delete({ tokenHash: ctx.actor.sessionTokenHash });
    ctx.setCookie(clearedSessionCookie(ctx.cookies));
    return true;
  }

  /**
   * Records that the signed-in user's phone app has just finished a sync, so the notification
   * rules can warn after 3 days without one. A raw UPDATE: the account's `version` is for edits
   * by an administrator and must not move under them. Audited like every write, with no fields
   * besides the column (the sync's content is audited by each change it sent).
   */
  async reportDeviceSync(ctx: RequestContext): Promise<boolean> {
    if (!ctx.actor) throw unauthenticated();
    const { userId } = ctx.actor;
    await withTransaction(ctx, async (ctx) => {
      await ctx.db.query('UPDATE app_user SET last_synced_at = now() WHERE id = $1', [userId]);
      await audit(ctx, { action: 'reportDeviceSync', objectType: 'User', objectId: userId, fields: ['lastSyncedAt'] });
    });
    return true;
  }

  async me(ctx: RequestContext): Promise<User> {
    if (!ctx.actor) throw unauthenticated();
    const user = await ctx.db.getRepository(User).findOneBy({ id: ctx.actor.userId });
    if (!user) throw unauthenticated();
    return user;
  }
}

export const authService = new AuthService();
