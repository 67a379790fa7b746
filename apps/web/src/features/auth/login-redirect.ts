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
