import { describe, expect, it } from 'vitest';
import { EmploymentStatus } from './enums.js';
import { breakdownOf, stableShare } from './stats.js';

describe('breakdownOf', () => {
  it('counts training, unable-to-work and unknown as other, and parts add up to total', () => {
    const b = breakdownOf([
      EmploymentStatus.STABLE,
      EmploymentStatus.UNSTABLE,
      EmploymentStatus.UNSTABLE,
      EmploymentStatus.UNEMPLOYED,
      EmploymentStatus.IN_TRAINING,
      EmploymentStatus.UNABLE_TO_WORK,
      null,
    ]);
    expect(b).toEqual({ total: 7, stable: 1, unstable: 2, unemployed: 1, other: 3 });
    expect(b.stable + b.unstable + b.unemployed + b.other).toBe(b.total);
  });

  it('gives zeros and a zero share for nobody', () => {
    const b = breakdownOf([]);
    expect(b.total).toBe(0);
    expect(stableShare(b)).toBe(0);
  });
});
