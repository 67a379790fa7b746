import { describe, expect, it } from 'vitest';
import { CaseStatus, ClosureReason } from './enums.js';
import {
  CASE_TRANSITIONS,
  canClose,
  canTransition,
  isOpen,
  minimisationDueOn,
  RETENTION_DEFAULTS,
  RETENTION_LIMITS,
} from './lifecycle.js';

const S = CaseStatus;

describe('case lifecycle', () => {
  it.each([
    [S.NOTIFIED, S.AWAITING_REPORT, true],
    [S.AWAITING_REPORT, S.RECEIVED, true],
    [S.RECEIVED, S.ON_PROBATION, true],
    [S.ON_PROBATION, S.UNDER_SUPPORT, true],
    [S.UNDER_SUPPORT, S.ELIGIBLE_FOR_EXPUNGEMENT, true],
    [S.CLOSED, S.UNDER_SUPPORT, true],
    [S.NOTIFIED, S.UNDER_SUPPORT, false],
    [S.AWAITING_REPORT, S.ON_PROBATION, false],
    [S.UNDER_SUPPORT, S.RECEIVED, false],
    [S.CLOSED, S.RECEIVED, false],
    [S.ON_PROBATION, S.ELIGIBLE_FOR_EXPUNGEMENT, false],
  ])('%s → %s: %s', (from, to, allowed) => {
    expect(canTransition(from, to)).toBe(allowed);
  });

  it('lets every open state close, and no state go to itself', () => {
    for (const status of Object.values(S)) {
      expect(canTransition(status, status)).toBe(false);
      if (isOpen(status)) expect(canTransition(status, S.CLOSED)).toBe(true);
    }
    expect(Object.keys(CASE_TRANSITIONS).sort()).toEqual(Object.values(S).sort());
  });

  it('closes as EXPUNGED only from support or eligibility', () => {
    expect(canClose(S.UNDER_SUPPORT, ClosureReason.EXPUNGED)).toBe(true);
    expect(canClose(S.ELIGIBLE_FOR_EXPUNGEMENT, ClosureReason.EXPUNGED)).toBe(true);
    expect(canClose(S.ON_PROBATION, ClosureReason.EXPUNGED)).toBe(false);
    expect(canClose(S.NOTIFIED, ClosureReason.EXPUNGED)).toBe(false);
    expect(canClose(S.NOTIFIED, ClosureReason.MOVED_AWAY)).toBe(true);
    expect(canClose(S.CLOSED, ClosureReason.DECEASED)).toBe(false);
  });
});

describe('minimisationDueOn (Penal Code art. 69(1); Decree 13/2023/NĐ-CP art. 3(7))', () => {
  const closure = (reason: ClosureReason, closedOn: string, reopenedOn: string | null = null) => ({
    reason,
    closedOn,
    reopenedOn,
  });

  it('is 30 days after an EXPUNGED closure and five years after any other, by default', () => {
    expect(minimisationDueOn(closure(ClosureReason.EXPUNGED, '2024-03-15'))).toBe('2024-04-14');
    expect(minimisationDueOn(closure(ClosureReason.MOVED_AWAY, '2024-02-29'))).toBe('2029-02-28');
    expect(minimisationDueOn(closure(ClosureReason.DECEASED, '2021-01-31'))).toBe('2026-01-31');
  });

  it("follows the unit's policy", () => {
    const policy = { expungedMinimiseDays: 7, closedRetentionMonths: 12 };
    expect(minimisationDueOn(closure(ClosureReason.EXPUNGED, '2024-12-28'), policy)).toBe('2025-01-04');
    expect(minimisationDueOn(closure(ClosureReason.NEW_CONVICTION, '2024-12-28'), policy)).toBe('2025-12-28');
  });

  it('is never due without a closure in force', () => {
    expect(minimisationDueOn(null)).toBeNull();
    expect(minimisationDueOn(closure(ClosureReason.EXPUNGED, '2024-01-01', '2024-02-01'))).toBeNull();
  });

  it('keeps the defaults within the limits an administrator may choose', () => {
    for (const key of ['expungedMinimiseDays', 'closedRetentionMonths'] as const) {
      expect(RETENTION_DEFAULTS[key]).toBeGreaterThanOrEqual(RETENTION_LIMITS[key].min);
      expect(RETENTION_DEFAULTS[key]).toBeLessThanOrEqual(RETENTION_LIMITS[key].max);
    }
  });
});
