import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  formatDateVi,
  isIsoDate,
  msUntilNextVietnamDay,
  parseDateVi,
  todayInVietnam,
} from './dates.js';

describe('dates', () => {
  it('accepts real dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('24-04-25')).toBe(false);
  });

  it('formats and parses dd/MM/yyyy', () => {
    expect(formatDateVi('2024-04-25')).toBe('25/04/2024');
    expect(parseDateVi('25/04/2024')).toBe('2024-04-25');
    expect(parseDateVi('1/7/2025')).toBe('2025-07-01');
    expect(parseDateVi('31/02/2024')).toBeNull();
    expect(parseDateVi('2024-04-25')).toBeNull();
  });

  it('takes today in Việt Nam time, not the server’s', () => {
    expect(todayInVietnam(new Date('2024-04-24T17:30:00Z'))).toBe('2024-04-25');
    expect(todayInVietnam(new Date('2024-04-24T16:59:59Z'))).toBe('2024-04-24');
    expect(msUntilNextVietnamDay(new Date('2024-04-24T16:59:59Z'))).toBe(1000);
    expect(msUntilNextVietnamDay(new Date('2024-04-24T17:00:00Z'))).toBe(24 * 3600_000);
  });
});

describe('addDays and addMonths', () => {
  it('adds days across months and years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('keeps the day of the month, or the month’s last day when it is shorter (Criminal Procedure Code 2015 art. 134)', () => {
    expect(addMonths('2021-03-10', 24)).toBe('2023-03-10');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2024-02-29', 48)).toBe('2028-02-29');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-05-15', -5)).toBe('2023-12-15');
  });

  it('refuses what is not a date', () => {
    expect(() => addMonths('2023-02-29', 1)).toThrow(RangeError);
  });
});
