import { describe, expect, it } from 'vitest';
import { MainPenalty, OffenceSeverity } from './enums.js';
import {
  type ExpungementInput,
  ExpungementNote,
  forecastExpungement,
  forecastRecord,
  penaltyBand,
} from './expungement.js';
import { base, CASES } from './expungement.fixtures.js';

const P = MainPenalty;
const S = OffenceSeverity;

describe('forecastExpungement', () => {
  it('has a table of at least 25 legal cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(25);
  });

  it.each(CASES)('%s', (_label, change, route, waitingMonths, eligibleOn, blockers = []) => {
    const { explanation: _explanation, ...forecast } = forecastExpungement({ ...base, ...change });
    expect(forecast).toEqual({ route, waitingMonths, eligibleOn, blockers });
  });

  it('is the forecast of a record with that one conviction', () => {
    for (const [, change] of CASES) {
      expect(forecastRecord([{ ...base, ...change }])).toEqual(forecastExpungement({ ...base, ...change }));
    }
  });

  it('refuses fixed-term imprisonment without its months', () => {
    expect(() => forecastExpungement({ ...base, prisonMonths: null })).toThrow(RangeError);
    expect(() => penaltyBand(P.FIXED_TERM_IMPRISONMENT, 0)).toThrow(RangeError);
  });
});

describe('the explanation of a forecast', () => {
  const N = ExpungementNote;
  it.each<[string, Partial<ExpungementInput>, ExpungementNote[]]>([
    ['art. 70(2): the automatic route', {}, [N.AUTOMATIC_PERIOD]],
    ['art. 71(2): the court route', { penalCodeChapter: 13 }, [N.COURT_PERIOD]],
    ['art. 69(2): no record', { intentional: false }, [N.NO_RECORD_UNINTENTIONAL]],
    ['art. 107(1): no record under 16', { ageAtOffence: 15 }, [N.NO_RECORD_JUVENILE]],
    [
      'art. 107(2): a juvenile with unpaid obligations is told they do not block',
      { ageAtOffence: 17, severity: S.VERY_SERIOUS, obligationsSettled: false },
      [N.JUVENILE_PERIOD],
    ],
    [
      'art. 70(2): a supplementary penalty ending later',
      { supplementaryPenaltyEndsOn: '2024-01-31' },
      [N.AUTOMATIC_PERIOD, N.SUPPLEMENTARY_PENALTY_ENDS_LATER],
    ],
    [
      'art. 70(2): obligations settled later',
      { obligationsSettledOn: '2023-08-01' },
      [N.AUTOMATIC_PERIOD, N.OBLIGATIONS_SETTLED_LATER],
    ],
    [
      'a supplementary penalty ending earlier is not mentioned',
      { supplementaryPenaltyEndsOn: '2022-01-31' },
      [N.AUTOMATIC_PERIOD],
    ],
  ])('%s', (_label, change, explanation) => {
    expect(forecastExpungement({ ...base, ...change }).explanation).toEqual(explanation);
  });
});
