import { describe, expect, it } from 'vitest';
import { addressedUpward, cellKey, differenceKeys } from './report-figures';

describe('addressedUpward', () => {
  it('hides 1s and 2s with a partner so the total does not give them back', () => {
    expect(addressedUpward({ total: 10, stable: 2, unstable: 7, unemployed: 1, other: 0 })).toEqual({
      total: 10,
      stable: null,
      unstable: 7,
      unemployed: null,
      other: 0,
    });
  });

  it('leaves larger counts and zeros as they are', () => {
    const b = { total: 34, stable: 7, unstable: 21, unemployed: 6, other: 0 };
    expect(addressedUpward(b)).toEqual(b);
  });

  it('keeps figures the API already suppressed', () => {
    const b = { total: 10, stable: null, unstable: 7, unemployed: null, other: 0 };
    expect(addressedUpward(b)).toBe(b);
  });
});

describe('differenceKeys', () => {
  it('names each differing cell by row and column', () => {
    const keys = differenceKeys([{ row: 'RETURNED', part: 'TOTAL' }]);
    expect(keys.has(cellKey('RETURNED', 'total'))).toBe(true);
    expect(keys.has(cellKey('IN_CASELOAD', 'total'))).toBe(false);
  });
});
