import { CaseStatus, ClosureReason } from './enums.js';

/*
 * The case lifecycle (docs/domain.md, Lifecycle): a prison's notice, release, reception, support (or probation for
 * parolees), eligibility for expungement, closure. Side exits close a case from any open state;
 * a closed case can be reopened (with a reason) into support.
 */
const { AWAITING_REPORT, RECEIVED, ON_PROBATION, UNDER_SUPPORT, ELIGIBLE_FOR_EXPUNGEMENT, CLOSED } = CaseStatus;

export const CASE_TRANSITIONS: Record<CaseStatus, readonly CaseStatus[]> = {
  NOTIFIED: [AWAITING_REPORT, RECEIVED, CLOSED],
  AWAITING_REPORT: [RECEIVED, CLOSED],
  RECEIVED: [UNDER_SUPPORT, ON_PROBATION, CLOSED],
  ON_PROBATION: [UNDER_SUPPORT, CLOSED],
  UNDER_SUPPORT: [ELIGIBLE_FOR_EXPUNGEMENT, CLOSED],
  ELIGIBLE_FOR_EXPUNGEMENT: [UNDER_SUPPORT, CLOSED],
  CLOSED: [UNDER_SUPPORT],
};

export function canTransition(from: CaseStatus, to: CaseStatus): boolean {
  return CASE_TRANSITIONS[from].includes(to);
}

/** Only proof of expungement closes a case as EXPUNGED, and only once the person is in support. */
const EXPUNGEABLE_FROM = new Set<CaseStatus>([UNDER_SUPPORT, ELIGIBLE_FOR_EXPUNGEMENT]);

export function canClose(from: CaseStatus, reason: ClosureReason): boolean {
  if (!canTransition(from, CLOSED)) return false;
  return reason !== ClosureReason.EXPUNGED || EXPUNGEABLE_FROM.has(from);
}

export function isOpen(status: CaseStatus): boolean {
  return status !== CLOSED;
}

/**
 * The bounds of the per-unit settings that drive the lifecycle's reminders, the same for the API's
 * rules and the web form. The report-in deadline for full-term and amnesty releases is not
 * confirmed in law, hence a setting at all. (Kept in this module rather than a new one: a new
 * module of this package changes how the web build splits its first-load chunks.)
 */
export const UNIT_SETTINGS_LIMITS = {
  /** After how many days without contact a person shows in the no-contact list. */
  noContactDays: { min: 7, max: 365 },
  /** Days after release before a missing report-in becomes a task. */
  reportInDays: { min: 1, max: 60 },
  /** Characters of the unit's note, once trimmed. */
  noteMaxLength: 2000,
} as const;
