import { describe, expect, it } from 'vitest';
import { addDays } from './dates.js';
import {
  addWorkingDays,
  isWorkingDay,
  lastDueDateOverdueBy,
  type WorkingCalendar,
  workingDaysBetween,
} from './working-days.js';

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

  it('turns "overdue by n working days" into the last such due date', () => {
    // Thursday 02/05/2024: Tuesday 30/04 and Wednesday 01/05 are off, Monday 29/04 too.
    expect(lastDueDateOverdueBy('2024-05-02', 1, calendar)).toBe('2024-05-01');
    expect(lastDueDateOverdueBy('2024-05-02', 2, calendar)).toBe('2024-04-25');
    expect(lastDueDateOverdueBy('2024-05-02', 0, calendar)).toBe('2024-05-02');
    expect(() => lastDueDateOverdueBy('2024-05-02', -1)).toThrow(RangeError);
  });

  it('agrees with workingDaysBetween on every due date and day', () => {
    for (let o = 0; o < 40; o += 1) {
      const on = addDays('2024-04-20', o);
      for (const n of [1, 2, 3, 5, 10]) {
        const last = lastDueDateOverdueBy(on, n, calendar);
        for (let d = -30; d <= 0; d += 1) {
          const due = addDays(on, d);
          expect(workingDaysBetween(due, on, calendar) >= n, `${due} on ${on}, ${n}`).toBe(due <= last);
        }
      }
    }
  });
});
