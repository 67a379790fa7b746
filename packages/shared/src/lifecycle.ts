import { addDays, addMonths, type IsoDate } from './dates.js';
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
  /** Working days an overdue task waits before its owner's officer is told (issue 16 §2; the ward's own rule). */
  overdueEscalationDays: { min: 1, max: 30 },
  /** Characters of the unit's note, once trimmed. */
  noteMaxLength: 2000,
} as const;

/*
 * (In this module for the reason given above UNIT_SETTINGS_LIMITS: the retention policy is also a
 * unit setting.)
 *
 * Retention of criminal-record data, which is sensitive personal data (Decree 13/2023/NĐ-CP art.
 * 2(4); the Personal Data Protection Law 91/2025/QH15, in force 01/01/2026): it is kept only as
 * long as its purpose needs it (Decree 13/2023/NĐ-CP art. 3(7)). Once a record is expunged the
 * person is treated in law as never convicted (Penal Code art. 69(1)), so the details of the
 * conviction have no purpose left. docs/security.md, "Retention", lists every category.
 */

/** A unit's retention policy; the defaults apply to a unit whose administrator changed nothing. */
export interface RetentionPolicy {
  /** Days after an EXPUNGED closure before minimisation: time to correct a closure made in error. */
  expungedMinimiseDays: number;
  /** Months after any other closure (moved away, deceased, new conviction, other). */
  closedRetentionMonths: number;
}

export const RETENTION_DEFAULTS: RetentionPolicy = {
  expungedMinimiseDays: 30,
  // Five years: the longest waiting period before expungement (Penal Code art. 70(2)(d)), so a
  // person whose case closed for another reason can still have the record assessed.
  closedRetentionMonths: 60,
};

/** The bounds an administrator may choose, the same for the API and the web form. */
export const RETENTION_LIMITS = {
  expungedMinimiseDays: { min: 7, max: 365 },
  closedRetentionMonths: { min: 12, max: 120 },
} as const;

/** The closure in force that a minimisation follows. */
export interface ClosureForMinimisation {
  reason: ClosureReason;
  closedOn: IsoDate;
  /** Set when the case was reopened: the closure no longer counts. */
  reopenedOn: IsoDate | null;
}

/**
 * The day a closed person's sensitive details become due for minimisation under `policy`, or null
 * when nothing is due (no closure, or a reopened one).
 */
export function minimisationDueOn(
  closure: ClosureForMinimisation | null,
  policy: RetentionPolicy = RETENTION_DEFAULTS,
): IsoDate | null {
  if (!closure || closure.reopenedOn) return null;
  return closure.reason === ClosureReason.EXPUNGED
    ? addDays(closure.closedOn, policy.expungedMinimiseDays)
    : addMonths(closure.closedOn, policy.closedRetentionMonths);
}

/**
 * How long the records of the product's own operation are kept (not per unit: they are about
 * accounts and access, not about a ward's casework).
 */
export const OPERATIONAL_RETENTION = {
  /** Sensitive reveals (user, person, purpose): days after the grant expired, for review. */
  sensitiveRevealDays: 365,
  /** Session rows: deleted once expired or idle; this many days after is the latest. */
  sessionDays: 1,
  /** Failed-login counters: deleted once their window has passed. */
  failedLoginDays: 1,
  /**
   * A device's idempotency keys (ids only): long after a phone could still replay a change (its
   * offline copy expires after 7 days without a sync), so a late replay is still written once.
   */
  clientChangeDays: 90,
  /** Notifications and their delivery log (no personal data: a count and a link, docs/security.md). */
  notificationDays: 180,
} as const;
