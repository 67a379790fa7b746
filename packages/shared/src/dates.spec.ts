import { describe, expect, it } from 'vitest';
import { formatDateVi, isIsoDate, parseDateVi, todayInVietnam } from './dates.js';

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
  });
});
