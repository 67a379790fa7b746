import { describe, expect, it } from 'vitest';
import { ExpungementRoute, MainPenalty, OffenceSeverity } from './enums.js';
import { type ExpungementInput, ExpungementNote, forecastRecord } from './expungement.js';
import { base } from './expungement.fixtures.js';

const { AUTOMATIC, COURT_DECISION, NO_RECORD } = ExpungementRoute;
const P = MainPenalty;
const S = OffenceSeverity;

/*
 * Penal Code art. 73(2): "thời hạn để xóa án tích cũ được tính lại kể từ ngày chấp hành xong hình
 * phạt chính … của bản án mới". The record is forecast as a whole: from the latest completion, the
 * longest period among the convictions not yet expunged, by court if any is, blocked by any.
 */
describe('forecastRecord: a new conviction restarts the old clock (art. 73(2))', () => {
  const N = ExpungementNote;
  const older: ExpungementInput = { ...base, mainPenaltyCompletedOn: '2018-05-02' };
  const newer: ExpungementInput = { ...base, prisonMonths: 12, mainPenaltyCompletedOn: '2021-03-10' };
  const noRecord: ExpungementInput = {
    ...base,
    intentional: false,
    severity: S.LESS_SERIOUS,
    prisonMonths: 9,
    mainPenaltyCompletedOn: '2022-06-15',
  };

  type RecordCase = [string, ExpungementInput[], ExpungementRoute, number | null, string | null, string[], string[]];
  const RECORD_CASES: RecordCase[] = [
    [
      'two convictions: counted from the newer completion',
      [older, newer],
      AUTOMATIC,
      24,
      '2023-03-10',
      [],
      [N.AUTOMATIC_PERIOD, N.NEW_CONVICTION_RESTARTS],
    ],
    [
      'two convictions: the older one’s longer period (96 months of prison: 3 years) applies',
      [{ ...older, prisonMonths: 96, severity: S.VERY_SERIOUS }, newer],
      AUTOMATIC,
      36,
      '2024-03-10',
      [],
      [N.AUTOMATIC_PERIOD, N.NEW_CONVICTION_RESTARTS],
    ],
    [
      'two convictions: the older one on the court route (chapter XIII) puts the record on it',
      [{ ...older, penalCodeChapter: 13 }, newer],
      COURT_DECISION,
      36,
      '2024-03-10',
      [],
      [N.AUTOMATIC_PERIOD, N.COURT_PERIOD, N.NEW_CONVICTION_RESTARTS],
    ],
    [
      'two convictions: the older one’s unpaid obligations block the record',
      [{ ...older, obligationsSettled: false }, newer],
      AUTOMATIC,
      24,
      null,
      ['UNSETTLED_OBLIGATIONS'],
      [N.AUTOMATIC_PERIOD, N.NEW_CONVICTION_RESTARTS],
    ],
    [
      'two convictions: the older one’s supplementary penalty ending later holds the record back',
      [{ ...older, supplementaryPenaltyEndsOn: '2024-07-01' }, newer],
      AUTOMATIC,
      24,
      '2024-07-01',
      [],
      [N.AUTOMATIC_PERIOD, N.NEW_CONVICTION_RESTARTS, N.SUPPLEMENTARY_PENALTY_ENDS_LATER],
    ],
    [
      'two convictions: a latest one that leaves no record still restarts the older clock',
      [older, noRecord],
      AUTOMATIC,
      24,
      '2024-06-15',
      [],
      [N.AUTOMATIC_PERIOD, N.NEW_CONVICTION_RESTARTS],
    ],
    [
      'two convictions that both leave no record: no record',
      [{ ...noRecord, mainPenaltyCompletedOn: '2019-01-01' }, noRecord],
      NO_RECORD,
      null,
      null,
      [],
      [N.NO_RECORD_UNINTENTIONAL],
    ],
    [
      'two convictions: an offence at 17 with unpaid obligations does not block, an adult one would',
      [{ ...older, ageAtOffence: 17, severity: S.VERY_SERIOUS, obligationsSettled: false }, newer],
      AUTOMATIC,
      24,
      '2023-03-10',
      [],
      [N.AUTOMATIC_PERIOD, N.JUVENILE_PERIOD, N.NEW_CONVICTION_RESTARTS],
    ],
    [
      'three convictions: court route and the longest period, from a latest one with no record',
      [
        { ...older, penalCodeChapter: 13, prisonMonths: 24, mainPenaltyCompletedOn: '2015-01-20' },
        { ...older, prisonMonths: 181, severity: S.ESPECIALLY_SERIOUS, supplementaryPenaltyEndsOn: '2026-01-01' },
        noRecord,
      ],
      COURT_DECISION,
      60,
      '2027-06-15',
      [],
      [N.AUTOMATIC_PERIOD, N.COURT_PERIOD, N.NEW_CONVICTION_RESTARTS],
    ],
    [
      'three convictions: the longest period is the court’s 7 years (chapter XXVI, life)',
      [
        {
          ...older,
          penalCodeChapter: 26,
          penalty: P.LIFE_IMPRISONMENT,
          prisonMonths: null,
          severity: S.ESPECIALLY_SERIOUS,
        },
        { ...older, prisonMonths: 200, severity: S.ESPECIALLY_SERIOUS, mainPenaltyCompletedOn: '2019-11-30' },
        newer,
      ],
      COURT_DECISION,
      84,
      '2028-03-10',
      [],
      [N.AUTOMATIC_PERIOD, N.COURT_PERIOD, N.NEW_CONVICTION_RESTARTS],
    ],
    [
      'three convictions: the middle one’s unpaid obligations block, whatever the others',
      [older, { ...older, mainPenaltyCompletedOn: '2019-09-09', obligationsSettled: false }, noRecord],
      AUTOMATIC,
      24,
      null,
      ['UNSETTLED_OBLIGATIONS'],
      [N.AUTOMATIC_PERIOD, N.NEW_CONVICTION_RESTARTS],
    ],
    [
      'three convictions: obligations of the oldest settled after the period move the date',
      [{ ...older, obligationsSettledOn: '2023-12-01' }, newer, { ...newer, mainPenaltyCompletedOn: '2021-01-05' }],
      AUTOMATIC,
      24,
      '2023-12-01',
      [],
      [N.AUTOMATIC_PERIOD, N.NEW_CONVICTION_RESTARTS, N.OBLIGATIONS_SETTLED_LATER],
    ],
    [
      'three convictions: a juvenile one is not blocked and the adult periods still apply, 29/02 restart',
      [
        { ...older, ageAtOffence: 17, severity: S.ESPECIALLY_SERIOUS, prisonMonths: 181, obligationsSettled: false },
        { ...older, prisonMonths: 61, severity: S.VERY_SERIOUS, mainPenaltyCompletedOn: '2020-02-29' },
        { ...noRecord, mainPenaltyCompletedOn: '2020-02-29' },
      ],
      AUTOMATIC,
      36,
      '2023-02-28',
      [],
      [N.AUTOMATIC_PERIOD, N.JUVENILE_PERIOD, N.NEW_CONVICTION_RESTARTS],
    ],
  ];

  it.each(RECORD_CASES)('%s', (_label, convictions, route, waitingMonths, eligibleOn, blockers, explanation) => {
    expect(forecastRecord(convictions)).toEqual({ route, waitingMonths, eligibleOn, blockers, explanation });
  });

  it('does not depend on the order the convictions come in', () => {
    for (const [, convictions] of RECORD_CASES) {
      expect(forecastRecord([...convictions].reverse())).toEqual(forecastRecord(convictions));
    }
  });

  it('needs at least one conviction', () => {
    expect(() => forecastRecord([])).toThrow(RangeError);
  });
});
