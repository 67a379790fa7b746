import { addDays } from '@hoanhap/shared';

/** Parolees report in within 5 days of release (the API's report-in task uses the same rule). */
export const PAROLE_REPORT_IN_DAYS = 5;

interface ReleaseLike {
  type: string;
  releasedOn: string;
}

/** The last day to report in after this release: 5 days for parole, the unit's setting otherwise. */
export function reportInDeadline(release: ReleaseLike, unitReportInDays: number): string {
  return addDays(release.releasedOn, release.type === 'PAROLE' ? PAROLE_REPORT_IN_DAYS : unitReportInDays);
}

/**
 * Whether a reception came within the report-in deadline of the release before it (the latest
 * release on or before the reception day); null when no release is on file to measure against.
 */
export function receptionTimeliness(
  receivedOn: string,
  releases: readonly ReleaseLike[],
  unitReportInDays: number,
): { deadline: string; onTime: boolean } | null {
  const before = releases
    .filter((r) => r.releasedOn <= receivedOn)
    .sort((a, b) => (a.releasedOn < b.releasedOn ? -1 : 1));
  const release = before.at(-1);
  if (!release) return null;
  const deadline = reportInDeadline(release, unitReportInDays);
  return { deadline, onTime: receivedOn <= deadline };
}

/** Where the address verification of a notice stands on `today`. */
export function verificationState(
  notice: { verifiedOn: string | null; verificationDueOn: string },
  today: string,
): 'onTime' | 'late' | 'pending' | 'overdue' {
  if (notice.verifiedOn) return notice.verifiedOn <= notice.verificationDueOn ? 'onTime' : 'late';
  return today > notice.verificationDueOn ? 'overdue' : 'pending';
}
