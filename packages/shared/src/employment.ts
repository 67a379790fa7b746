import type { IsoDate } from './dates.js';
import type { EmploymentStatus } from './enums.js';

/*
 * Employment is recorded as dated periods (both ends inclusive; an open period, `endedOn` null,
 * goes on indefinitely). A person's status on a date is derived from them, never stored, and two
 * periods of one person never overlap, so at most one period covers any date.
 */

export interface DatedPeriod {
  /** Present for stored periods: findOverlap skips the candidate's own row. */
  id?: string;
  startedOn: IsoDate;
  /** Last day of the period; null or absent while it goes on. */
  endedOn?: IsoDate | null;
}

export interface EmploymentStatusPeriod extends DatedPeriod {
  status: EmploymentStatus;
}

/** True when the period covers the date (first and last day included). */
export function covers(period: DatedPeriod, date: IsoDate): boolean {
  return period.startedOn <= date && (period.endedOn == null || period.endedOn >= date);
}

/**
 * The period covering `date`, or null. Should stored data ever hold overlapping periods, the one
 * that started last wins, as in the statistics queries.
 */
export function periodOn<P extends DatedPeriod>(periods: readonly P[], date: IsoDate): P | null {
  let found: P | null = null;
  for (const p of periods) {
    if (covers(p, date) && (found === null || p.startedOn > found.startedOn)) found = p;
  }
  return found;
}

/** The employment status on `date` (null: no period covers it, the status is unknown). */
export function statusOn(periods: readonly EmploymentStatusPeriod[], date: IsoDate): EmploymentStatus | null {
  return periodOn(periods, date)?.status ?? null;
}

/**
 * The first period (by start date) sharing at least one day with the candidate, or null. Dates are
 * inclusive: a period ending on the 10th overlaps one starting on the 10th, not one starting on
 * the 11th. An open end reaches every later date. A period with the candidate's own id is ignored.
 */
export function findOverlap<P extends DatedPeriod>(periods: readonly P[], candidate: DatedPeriod): P | null {
  const sorted = [...periods].sort((a, b) => (a.startedOn < b.startedOn ? -1 : a.startedOn > b.startedOn ? 1 : 0));
  for (const p of sorted) {
    if (candidate.id !== undefined && p.id === candidate.id) continue;
    const startsBeforeCandidateEnds = candidate.endedOn == null || p.startedOn <= candidate.endedOn;
    const endsAfterCandidateStarts = p.endedOn == null || p.endedOn >= candidate.startedOn;
    if (startsBeforeCandidateEnds && endsAfterCandidateStarts) return p;
  }
  return null;
}
