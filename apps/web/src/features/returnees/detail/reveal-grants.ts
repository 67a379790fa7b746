import { formatDateVi, todayInVietnam } from '@hoanhap/shared';

/**
 * Reveals granted in this tab, by person: the API keeps the grant for 30 minutes, so coming back
 * to the file within that time shows the data (and until when) without asking again.
 */
const grants = new Map<string, string>();

export function rememberGrant(returneeId: string, expiresAt: string): void {
  grants.set(returneeId, expiresAt);
}

/** The end of a grant still running for this person, or null. */
export function activeGrant(returneeId: string, now: Date = new Date()): string | null {
  const expiresAt = grants.get(returneeId);
  if (!expiresAt) return null;
  if (new Date(expiresAt).getTime() <= now.getTime()) {
    grants.delete(returneeId);
    return null;
  }
  return expiresAt;
}

export function forgetGrants(): void {
  grants.clear();
}

/** "14:35 29/11/2026" in Việt Nam time. */
export function formatTimeVi(iso: string): string {
  const date = new Date(iso);
  const time = new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone: 'Asia/Ho_Chi_Minh',
  }).format(date);
  return `${time} ${formatDateVi(todayInVietnam(date))}`;
}
