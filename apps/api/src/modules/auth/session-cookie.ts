import { createHmac, randomBytes } from 'node:crypto';
import { parse, serialize } from 'cookie';
import type { CookieSettings } from '../../context.js';

export const SESSION_IDLE_MS = 30 * 60_000;
export const SESSION_ABSOLUTE_MS = 12 * 3600_000;

/** `__Host-` pins the cookie to this origin and path when it can be Secure (behind TLS). */
export function cookieName(settings: CookieSettings): string {
  return settings.secure ? '__Host-hn_session' : 'hn_session';
}

/** A new opaque session token: 256 random bits. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database keeps instead of the token. */
export function tokenHash(token: string, secret: string): string {
  return createHmac('sha256', secret).update(token).digest('base64url');
}

export function readToken(cookieHeader: string | undefined, settings: CookieSettings): string | undefined {
  if (!cookieHeader) return undefined;
  const value = parse(cookieHeader)[cookieName(settings)];
  return value && /^[A-Za-z0-9_-]{43}$/.test(value) ? value : undefined;
}

export function sessionCookie(token: string, settings: CookieSettings): string {
  return serialize(cookieName(settings), token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: settings.secure,
    path: '/',
    maxAge: SESSION_ABSOLUTE_MS / 1000,
  });
}

export function clearedSessionCookie(settings: CookieSettings): string {
  return serialize(cookieName(settings), '', {
    httpOnly: true,
    sameSite: 'strict',
    secure: settings.secure,
    path: '/',
    maxAge: 0,
  });
}
