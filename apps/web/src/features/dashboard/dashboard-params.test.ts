import { describe, expect, it } from 'vitest';
import { isRangeInverted, readDashboardParams } from './dashboard-params';

const read = (query: string) => readDashboardParams(new URLSearchParams(query), '2024-06-30');

describe('readDashboardParams', () => {
  it('takes valid dates from the URL', () => {
    expect(read('returnedSince=2021-03-10&asOf=2024-04-25')).toEqual({
      returnedSince: '2021-03-10',
      asOf: '2024-04-25',
      fellBack: false,
    });
  });

  it('uses 2020-01-01 and today when the dates are absent', () => {
    expect(read('')).toEqual({ returnedSince: '2020-01-01', asOf: '2024-06-30', fellBack: false });
  });

  it.each(['returnedSince=2023-02-29', 'asOf=25/04/2024', 'returnedSince=', 'asOf=2024-4-25'])(
    'falls back, and says so, for %s',
    (query) => {
      const params = read(query);
      expect(params.fellBack).toBe(true);
      expect([params.returnedSince, params.asOf]).toContain(query.startsWith('asOf') ? '2024-06-30' : '2020-01-01');
    },
  );

  it('spots a period that ends before it starts', () => {
    expect(isRangeInverted({ returnedSince: '2024-05-01', asOf: '2024-04-30' })).toBe(true);
    expect(isRangeInverted({ returnedSince: '2024-04-30', asOf: '2024-04-30' })).toBe(false);
  });
});
