import { describe, expect, it } from 'vitest';
import { MAX_TREND_POINTS, monthEnds } from '../../src/modules/statistics/statistics.service.js';
import { withDemoServer } from '../utils/demo-server.js';
import { StatementCounter } from '../utils/statement-counter.js';

const counter = new StatementCounter();
const { client } = withDemoServer({ sqlLogger: counter });
const officer = client('officer');

type Breakdown = { total: number; stable: number; unstable: number; unemployed: number; other: number };
const BY_MONTH = `query ($since: LocalDate!, $asOf: LocalDate) {
  reintegrationStats(returnedSince: $since, asOf: $asOf) {
    inCaseload { total stable unstable unemployed other }
    caseloadByMonth { on inCaseload { total stable unstable unemployed other } }
  }
}`;
const ON_DAY = `query ($since: LocalDate!, $asOf: LocalDate) {
  reintegrationStats(returnedSince: $since, asOf: $asOf) { inCaseload { total stable unstable unemployed other } }
}`;

describe('month ends of a period', () => {
  it('gives the last day of each month, then the period’s end, at most three years of them', () => {
    expect(monthEnds('2024-01-15', '2024-04-25')).toEqual(['2024-01-31', '2024-02-29', '2024-03-31', '2024-04-25']);
    expect(monthEnds('2023-12-01', '2024-01-31')).toEqual(['2023-12-31', '2024-01-31']);
    expect(monthEnds('2024-04-02', '2024-04-25')).toEqual(['2024-04-25']);
    const long = monthEnds('2020-01-01', '2024-04-25');
    expect(long).toHaveLength(MAX_TREND_POINTS);
    expect(long.at(-2)).toBe('2024-03-31');
    expect(long[0]).toBe('2021-05-31');
  });
});

describe('caseloadByMonth', () => {
  it('ends on the article’s caseload and agrees with the figures asked for each day', async () => {
    const res = await officer.request<{
      reintegrationStats: { inCaseload: Breakdown; caseloadByMonth: Array<{ on: string; inCaseload: Breakdown }> };
    }>(BY_MONTH, { since: '2020-01-01', asOf: '2024-04-25' });
    expect(res.errors).toBeUndefined();
    const stats = res.data?.reintegrationStats;
    const points = stats?.caseloadByMonth ?? [];
    expect(points).toHaveLength(MAX_TREND_POINTS);
    expect(points.at(-1)).toEqual({ on: '2024-04-25', inCaseload: stats?.inCaseload });
    expect(points.at(-1)?.inCaseload).toMatchObject({ total: 10, stable: 2, unstable: 7, unemployed: 1 });

    // Any month end, asked on its own, gives the same caseload: one rule, two statements.
    for (const point of [points[0], points[12], points[30]]) {
      const day = await officer.request<{ reintegrationStats: { inCaseload: Breakdown } }>(ON_DAY, {
        since: '2020-01-01',
        asOf: point?.on,
      });
      expect(day.data?.reintegrationStats.inCaseload).toEqual(point?.inCaseload);
    }
  });

  it('costs one statement for every point', async () => {
    const count = async (query: string) => {
      counter.reset();
      await officer.request(query, { since: '2020-01-01', asOf: '2024-04-25' });
      return counter.count;
    };
    expect((await count(BY_MONTH)) - (await count(ON_DAY))).toBe(1);
  });
});
