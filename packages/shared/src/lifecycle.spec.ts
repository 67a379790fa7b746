import { describe, expect, it } from 'vitest';
import { CaseStatus, ClosureReason } from './enums.js';
import { CASE_TRANSITIONS, canClose, canTransition, isOpen } from './lifecycle.js';

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
