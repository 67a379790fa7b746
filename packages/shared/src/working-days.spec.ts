import { describe, expect, it } from 'vitest';
import { addWorkingDays, isWorkingDay, type WorkingCalendar, workingDaysBetween } from './working-days.js';

// Reunification Day and Labour Day 2024 with the swapped days of that year: Monday 29/04 off,
// Saturday 04/05 worked.
const calendar: WorkingCalendar = {
  daysOff: new Set(['2024-04-29', '2024-04-30', '2024-05-01', '2024-09-02', '2024-09-03']),
  workedWeekendDays: new Set(['2024-05-04']),
};

describe('working days', () => {
  it('skips weekends', () => {
    expect(isWorkingDay('2024-04-27')).toBe(false); // Saturday
    expect(addWorkingDays('2024-04-26', 3)).toBe('2024-05-01'); // Friday + 3 → Wednesday
  });

  it('skips holidays and counts a swapped Saturday', () => {
    // Friday 26/04/2024 + 3 working days: Thursday 02/05, Friday 03/05, Saturday 04/05 (worked).
    expect(addWorkingDays('2024-04-26', 3, calendar)).toBe('2024-05-04');
    expect(isWorkingDay('2024-05-04', calendar)).toBe(true);
    expect(isWorkingDay('2024-04-30', calendar)).toBe(false);
  });

  it('counts the days between two dates', () => {
    expect(workingDaysBetween('2024-04-26', '2024-05-06', calendar)).toBe(4);
    expect(workingDaysBetween('2024-05-06', '2024-05-06', calendar)).toBe(0);
  });

  it('returns the same day for zero and refuses negatives', () => {
    expect(addWorkingDays('2024-04-27', 0)).toBe('2024-04-27');
    expect(() => addWorkingDays('2024-04-27', -1)).toThrow(RangeError);
  });
});
