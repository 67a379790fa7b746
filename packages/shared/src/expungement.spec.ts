import { describe, expect, it } from 'vitest';
import { ExpungementRoute, MainPenalty, OffenceSeverity } from './enums.js';
import {
  type ExpungementInput,
  ExpungementNote,
  forecastExpungement,
  forecastRecord,
  penaltyBand,
} from './expungement.js';

const { AUTOMATIC, COURT_DECISION, NO_RECORD } = ExpungementRoute;
const P = MainPenalty;
const S = OffenceSeverity;

const base: ExpungementInput = {
  penalty: P.FIXED_TERM_IMPRISONMENT,
  prisonMonths: 36,
  penalCodeChapter: 14,
  severity: S.SERIOUS,
  intentional: true,
  ageAtOffence: 30,
  mainPenaltyCompletedOn: '2021-03-10',
  supplementaryPenaltyEndsOn: null,
  obligationsSettled: true,
  obligationsSettledOn: null,
};

type Case = [string, Partial<ExpungementInput>, ExpungementRoute, number | null, string | null, string[]?];

const CASES: Case[] = [
  // art. 70: automatic, by band
  ['the contract example: 36 months, chapter XIV', {}, AUTOMATIC, 24, '2023-03-10'],
  ['a warning waits 1 year', { penalty: P.WARNING, prisonMonths: null }, AUTOMATIC, 12, '2022-03-10'],
  ['a fine waits 1 year', { penalty: P.FINE, prisonMonths: null }, AUTOMATIC, 12, '2022-03-10'],
  [
    'non-custodial reform waits 1 year',
    { penalty: P.NON_CUSTODIAL_REFORM, prisonMonths: null },
    AUTOMATIC,
    12,
    '2022-03-10',
  ],
  [
    'a suspended sentence waits 1 year from the end of probation',
    { penalty: P.SUSPENDED_SENTENCE, prisonMonths: null },
    AUTOMATIC,
    12,
    '2022-03-10',
  ],
  ['1 month of prison waits 2 years', { prisonMonths: 1 }, AUTOMATIC, 24, '2023-03-10'],
  ['60 months is "up to 5 years": 2 years', { prisonMonths: 60 }, AUTOMATIC, 24, '2023-03-10'],
  ['61 months is "over 5 years": 3 years', { prisonMonths: 61 }, AUTOMATIC, 36, '2024-03-10'],
  [
    '180 months is "up to 15 years": 3 years',
    { prisonMonths: 180, severity: S.VERY_SERIOUS },
    AUTOMATIC,
    36,
    '2024-03-10',
  ],
  [
    '181 months is "over 15 years": 5 years',
    { prisonMonths: 181, severity: S.ESPECIALLY_SERIOUS },
    AUTOMATIC,
    60,
    '2026-03-10',
  ],
  [
    'life imprisonment waits 5 years',
    { penalty: P.LIFE_IMPRISONMENT, prisonMonths: null, severity: S.ESPECIALLY_SERIOUS },
    AUTOMATIC,
    60,
    '2026-03-10',
  ],
  [
    'a commuted death sentence waits 5 years',
    { penalty: P.DEATH_COMMUTED, prisonMonths: null, severity: S.ESPECIALLY_SERIOUS },
    AUTOMATIC,
    60,
    '2026-03-10',
  ],
  // art. 71(2) as amended by Law 12/2017: chapters XIII and XXVI need a court decision, four bands
  [
    'art. 71(2)(a), chapter XIII, a warning: 1 year by court',
    { penalCodeChapter: 13, penalty: P.WARNING, prisonMonths: null },
    COURT_DECISION,
    12,
    '2022-03-10',
  ],
  [
    'art. 71(2)(a), chapter XIII, non-custodial reform: 1 year by court',
    { penalCodeChapter: 13, penalty: P.NON_CUSTODIAL_REFORM, prisonMonths: null },
    COURT_DECISION,
    12,
    '2022-03-10',
  ],
  [
    'art. 71(2)(a), chapter XXVI, a suspended sentence: 1 year by court from the end of probation',
    { penalCodeChapter: 26, penalty: P.SUSPENDED_SENTENCE, prisonMonths: null },
    COURT_DECISION,
    12,
    '2022-03-10',
  ],
  [
    'chapter XIII, 60 months: 3 years by court',
    { penalCodeChapter: 13, prisonMonths: 60 },
    COURT_DECISION,
    36,
    '2024-03-10',
  ],
  [
    'chapter XIII, 61 months: 5 years by court',
    { penalCodeChapter: 13, prisonMonths: 61 },
    COURT_DECISION,
    60,
    '2026-03-10',
  ],
  [
    'chapter XXVI, 180 months: 5 years by court',
    { penalCodeChapter: 26, prisonMonths: 180, severity: S.VERY_SERIOUS },
    COURT_DECISION,
    60,
    '2026-03-10',
  ],
  [
    'art. 71(2)(d), chapter XIII, 181 months: 7 years by court',
    { penalCodeChapter: 13, prisonMonths: 181, severity: S.ESPECIALLY_SERIOUS },
    COURT_DECISION,
    84,
    '2028-03-10',
  ],
  [
    'chapter XXVI, life: 7 years by court',
    { penalCodeChapter: 26, penalty: P.LIFE_IMPRISONMENT, prisonMonths: null, severity: S.ESPECIALLY_SERIOUS },
    COURT_DECISION,
    84,
    '2028-03-10',
  ],
  [
    'art. 71(2)(d), chapter XIII, death commuted ("tử hình nhưng đã được giảm án"): 7 years by court',
    { penalCodeChapter: 13, penalty: P.DEATH_COMMUTED, prisonMonths: null, severity: S.ESPECIALLY_SERIOUS },
    COURT_DECISION,
    84,
    '2028-03-10',
  ],
  [
    'art. 71(2): a supplementary penalty ending later moves the court date too',
    { penalCodeChapter: 13, prisonMonths: 60, supplementaryPenaltyEndsOn: '2025-01-31' },
    COURT_DECISION,
    36,
    '2025-01-31',
  ],
  [
    'art. 71(2): unsettled obligations block the court route too',
    { penalCodeChapter: 26, prisonMonths: 60, obligationsSettled: false },
    COURT_DECISION,
    36,
    null,
    ['UNSETTLED_OBLIGATIONS'],
  ],
  // art. 69(2): unintentional less serious or serious offences leave no record
  ['unintentional serious offence: no record', { intentional: false, severity: S.SERIOUS }, NO_RECORD, null, null],
  [
    'unintentional less serious offence: no record',
    { intentional: false, severity: S.LESS_SERIOUS, prisonMonths: 12 },
    NO_RECORD,
    null,
    null,
  ],
  [
    'unintentional very serious offence, adult: a record',
    { intentional: false, severity: S.VERY_SERIOUS, prisonMonths: 96 },
    AUTOMATIC,
    36,
    '2024-03-10',
  ],
  // art. 107: offences committed under 18
  [
    'age 15, especially serious: no record',
    { ageAtOffence: 15, severity: S.ESPECIALLY_SERIOUS, prisonMonths: 120 },
    NO_RECORD,
    null,
    null,
  ],
  ['age 17, serious: no record', { ageAtOffence: 17, severity: S.SERIOUS }, NO_RECORD, null, null],
  [
    'age 17, unintentional very serious: no record',
    { ageAtOffence: 17, severity: S.VERY_SERIOUS, intentional: false, prisonMonths: 84 },
    NO_RECORD,
    null,
    null,
  ],
  [
    'age 17, intentional very serious, suspended: 6 months',
    { ageAtOffence: 17, severity: S.VERY_SERIOUS, penalty: P.SUSPENDED_SENTENCE, prisonMonths: null },
    AUTOMATIC,
    6,
    '2021-09-10',
  ],
  [
    'age 16, intentional very serious, 60 months: 1 year',
    { ageAtOffence: 16, severity: S.VERY_SERIOUS, prisonMonths: 60 },
    AUTOMATIC,
    12,
    '2022-03-10',
  ],
  [
    'age 17, especially serious, 61 months: 2 years',
    { ageAtOffence: 17, severity: S.ESPECIALLY_SERIOUS, prisonMonths: 61 },
    AUTOMATIC,
    24,
    '2023-03-10',
  ],
  [
    'age 17, especially serious, 181 months: 3 years',
    { ageAtOffence: 17, severity: S.ESPECIALLY_SERIOUS, prisonMonths: 181 },
    AUTOMATIC,
    36,
    '2024-03-10',
  ],
  // art. 107(2): only a new offence matters; supplementary penalties and obligations are no condition
  [
    'art. 107(2): age 17, unpaid obligations do not block the juvenile clock',
    { ageAtOffence: 17, severity: S.VERY_SERIOUS, prisonMonths: 60, obligationsSettled: false },
    AUTOMATIC,
    12,
    '2022-03-10',
  ],
  [
    'art. 107(2): age 16, obligations settled later do not move the date',
    { ageAtOffence: 16, severity: S.ESPECIALLY_SERIOUS, prisonMonths: 61, obligationsSettledOn: '2024-08-01' },
    AUTOMATIC,
    24,
    '2023-03-10',
  ],
  [
    'art. 107(2): age 17, a supplementary penalty ending later does not move the date',
    { ageAtOffence: 17, severity: S.VERY_SERIOUS, prisonMonths: 60, supplementaryPenaltyEndsOn: '2024-01-31' },
    AUTOMATIC,
    12,
    '2022-03-10',
  ],
  [
    'art. 107(2): a chapter XIII offence at 17 is still expunged automatically',
    { ageAtOffence: 17, penalCodeChapter: 13, severity: S.VERY_SERIOUS, prisonMonths: 60 },
    AUTOMATIC,
    12,
    '2022-03-10',
  ],
  [
    'age 18 exactly is an adult',
    { ageAtOffence: 18, severity: S.SERIOUS, prisonMonths: 24 },
    AUTOMATIC,
    24,
    '2023-03-10',
  ],
  // later dates win
  [
    'a supplementary penalty ending later moves the date',
    { supplementaryPenaltyEndsOn: '2024-01-31' },
    AUTOMATIC,
    24,
    '2024-01-31',
  ],
  [
    'a supplementary penalty ending earlier does not',
    { supplementaryPenaltyEndsOn: '2022-01-31' },
    AUTOMATIC,
    24,
    '2023-03-10',
  ],
  ['obligations settled later move the date', { obligationsSettledOn: '2023-08-01' }, AUTOMATIC, 24, '2023-08-01'],
  [
    'unsettled obligations block the date',
    { obligationsSettled: false },
    AUTOMATIC,
    24,
    null,
    ['UNSETTLED_OBLIGATIONS'],
  ],
  // 29 February
  [
    'completed on 29/02/2020, 2 years: 28/02/2022',
    { mainPenaltyCompletedOn: '2020-02-29' },
    AUTOMATIC,
    24,
    '2022-02-28',
  ],
  [
    'completed on 29/02/2020, 3 years by court: 28/02/2023',
    { mainPenaltyCompletedOn: '2020-02-29', penalCodeChapter: 13, prisonMonths: 24 },
    COURT_DECISION,
    36,
    '2023-02-28',
  ],
  [
    'completed on 29/02/2024, 1 year: 28/02/2025',
    { mainPenaltyCompletedOn: '2024-02-29', penalty: P.FINE, prisonMonths: null },
    AUTOMATIC,
    12,
    '2025-02-28',
  ],
];

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
