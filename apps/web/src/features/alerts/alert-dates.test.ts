import { describe, expect, it } from 'vitest';
import { isDueWithin, monthLabel, monthOf } from './alert-dates';

describe('alert dates', () => {
  it('spans the whole month, February of a leap year included', () => {
    expect(monthOf('2026-11-29')).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(monthOf('2028-02-10')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthOf('2026-12-01')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });

  it('writes the month as MM/yyyy', () => {
    expect(monthLabel('2026-11-29')).toBe('11/2026');
  });

  it('counts a task due in up to 7 days, or overdue, and no later one', () => {
    expect(isDueWithin('2026-12-06', '2026-11-29', 7)).toBe(true);
    expect(isDueWithin('2026-11-01', '2026-11-29', 7)).toBe(true);
    expect(isDueWithin('2026-12-07', '2026-11-29', 7)).toBe(false);
  });
});
