import { describe, expect, it } from 'vitest';
import { receptionTimeliness, reportInDeadline, verificationState } from './release-deadlines';

describe('report-in deadlines', () => {
  it('gives a parolee 5 days and others the unit’s setting', () => {
    expect(reportInDeadline({ type: 'PAROLE', releasedOn: '2024-01-30' }, 10)).toBe('2024-02-04');
    expect(reportInDeadline({ type: 'FULL_TERM', releasedOn: '2024-01-30' }, 10)).toBe('2024-02-09');
  });

  it('measures a reception against the latest release before it', () => {
    const releases = [
      { type: 'FULL_TERM', releasedOn: '2020-05-01' },
      { type: 'AMNESTY', releasedOn: '2024-01-20' },
    ];
    expect(receptionTimeliness('2024-01-25', releases, 10)).toEqual({ deadline: '2024-01-30', onTime: true });
    expect(receptionTimeliness('2024-02-05', releases, 10)).toEqual({ deadline: '2024-01-30', onTime: false });
    expect(receptionTimeliness('2019-01-01', releases, 10)).toBeNull();
  });
});

describe('address verification', () => {
  it('is on time up to the due day, late after it, overdue when still open past it', () => {
    const due = { verificationDueOn: '2024-03-07' };
    expect(verificationState({ ...due, verifiedOn: '2024-03-07' }, '2024-04-01')).toBe('onTime');
    expect(verificationState({ ...due, verifiedOn: '2024-03-08' }, '2024-04-01')).toBe('late');
    expect(verificationState({ ...due, verifiedOn: null }, '2024-03-07')).toBe('pending');
    expect(verificationState({ ...due, verifiedOn: null }, '2024-03-08')).toBe('overdue');
  });
});
