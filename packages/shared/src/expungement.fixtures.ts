import { ExpungementRoute, MainPenalty, OffenceSeverity } from './enums.js';
import type { ExpungementInput } from './expungement.js';

const { AUTOMATIC, COURT_DECISION, NO_RECORD } = ExpungementRoute;
const P = MainPenalty;
const S = OffenceSeverity;

/** The conviction of the contract example; each case below changes some of it. */
export const base: ExpungementInput = {
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

export type Case = [string, Partial<ExpungementInput>, ExpungementRoute, number | null, string | null, string[]?];

/** Single-conviction cases: the change to `base`, then the forecast the Penal Code gives. */
export const CASES: Case[] = [
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
