export const DEFAULT_AFTER_LOGIN = '/dashboard';

/**
 * Where to go after signing in. Only same-site paths are accepted: `next` comes from the URL, and
 * following "//evil.example" or "https://…" would make the login page an open redirect.
 */
export function safeNext(next: string | null | undefined): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return DEFAULT_AFTER_LOGIN;
  if (next === '/login' || next.startsWith('/login?')) return DEFAULT_AFTER_LOGIN;
  return next;
}

/** The login URL that brings the user back to `location` afterwards. */
export function loginPath(location: { pathname: string; search: string }, reason?: 'expired'): string {
  const params = new URLSearchParams({ next: location.pathname + location.search });
  if (reason) params.set('reason', reason);
  return `/login?${params.toString()}`;
}

/** The phone app's home: its own build under /m/, outside this app's router. */
export const PHONE_HOME = '/m/';

/**
 * Where a sign-in leads outside this app: the phone app when `next` is one of its pages, or when a
 * helper signs in on a phone-sized screen without asking for a page. Null: stay in this app.
 */
export function phoneDestination(next: string | null, role: string, isPhone: boolean): string | null {
  const target = next ? safeNext(next) : null;
  if (target === '/m' || target?.startsWith(PHONE_HOME)) return target;
  if (!next && role === 'HELPER' && isPhone) return PHONE_HOME;
  return null;
}
