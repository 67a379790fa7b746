import { describe, expect, it } from 'vitest';
import { dateParts, placeName, startsOnNewYear } from './report-text';

describe('report text', () => {
  it('names the place without the unit level', () => {
    expect(placeName('Phường Lãm Hà')).toBe('Lãm Hà');
    expect(placeName('Xã An Hồng')).toBe('An Hồng');
    expect(placeName('Thị trấn Núi Đèo')).toBe('Núi Đèo');
    expect(placeName('Lãm Hà')).toBe('Lãm Hà');
  });

  it('splits a date for "ngày 25 tháng 4 năm 2024"', () => {
    expect(dateParts('2024-04-25')).toEqual({ day: 25, month: 4, year: 2024 });
    expect(dateParts('2024-01-05')).toEqual({ day: 5, month: 1, year: 2024 });
  });

  it('speaks of the year only for a period starting on 1 January', () => {
    expect(startsOnNewYear('2020-01-01')).toBe(true);
    expect(startsOnNewYear('2020-03-01')).toBe(false);
  });
});
