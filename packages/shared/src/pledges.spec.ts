import { describe, expect, it } from 'vitest';
import {
  PLEDGE_INDICATORS,
  PledgeIndicator,
  rankByScore,
  TargetDirection,
  targetProgress,
  targetScore,
  totalScore,
} from './pledges.js';

const { AT_LEAST, AT_MOST } = TargetDirection;

describe('targetProgress', () => {
  it('gives actual / target for an at-least target, capped at 1', () => {
    expect(targetProgress(AT_LEAST, 40, 20)).toBe(0.5);
    expect(targetProgress(AT_LEAST, 40, 60)).toBe(1);
    expect(targetProgress(AT_LEAST, 40, 0)).toBe(0);
  });

  it('counts an at-most target as met up to the target, then target / actual', () => {
    expect(targetProgress(AT_MOST, 2, 1)).toBe(1);
    expect(targetProgress(AT_MOST, 2, 2)).toBe(1);
    expect(targetProgress(AT_MOST, 2, 4)).toBe(0.5);
  });

  it('scores a zero target (no new offences) as all or nothing', () => {
    expect(targetProgress(AT_MOST, 0, 0)).toBe(1);
    expect(targetProgress(AT_MOST, 0, 1)).toBe(0);
  });

  it('has nothing to say while the actual cannot be measured', () => {
    expect(targetProgress(AT_LEAST, 50, null)).toBeNull();
  });
});

describe('totalScore', () => {
  it('is the sum of weight × progress over the sum of weights, out of 100', () => {
    // 3 × 0.5 + 1 × 1 = 2.5 over 4 → 62.5
    expect(
      totalScore([
        { weight: 3, progress: 0.5 },
        { weight: 1, progress: 1 },
      ]),
    ).toBe(62.5);
    expect(targetScore(3, 0.5)).toBe(1.5);
  });

  it('leaves unmeasurable targets out of both sums, and is null when nothing can be measured', () => {
    expect(
      totalScore([
        { weight: 2, progress: 1 },
        { weight: 5, progress: null },
      ]),
    ).toBe(100);
    expect(totalScore([{ weight: 2, progress: null }])).toBeNull();
    expect(totalScore([])).toBeNull();
  });
});

describe('rankByScore', () => {
  it('ranks highest first with shared ranks for ties, and puts unscored entries last', () => {
    const ranked = rankByScore([
      { score: 80, item: 'a' },
      { score: null, item: 'x' },
      { score: 95, item: 'b' },
      { score: 80, item: 'c' },
      { score: 70, item: 'd' },
    ]);
    expect(ranked.map((r) => [r.item, r.rank])).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', 2],
      ['d', 4],
      ['x', 0],
    ]);
  });
});

describe('the indicator catalogue', () => {
  it('describes every indicator in Vietnamese and English', () => {
    for (const code of Object.values(PledgeIndicator)) {
      const d = PLEDGE_INDICATORS[code];
      expect(d.code).toBe(code);
      expect(d.label.vi && d.label.en && d.definition.vi && d.definition.en).toBeTruthy();
    }
  });
});
