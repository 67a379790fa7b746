import { ClosureReason, EmploymentStatus, ReleaseType, Sex } from '@hoanhap/shared';

/*
 * Synthetic people for the demo. Names are invented and citizen IDs start with "000", a province
 * code that does not exist, so no ID can belong to a real person.
 *
 * Lãm Hà's 34 returned since 2020 are arranged so that on 25/04/2024 (the article's date) their
 * employment gives 7 stable / 21 unstable / 6 unemployed, and 10 are still in the caseload
 * (2 / 7 / 1). A parolee counts in the caseload only once the probation is over (Circular
 * 10/2024/TT-BCA art. 7): both demo parolees finished theirs before the article's date. Every
 * expungement date follows the waiting period of Penal Code art. 70 after the sentence as passed
 * (2 years up to 5 years of prison, 3 years over 5 years).
 */
export interface DemoPerson {
  unit: 'lam-ha' | 'van-dau';
  fullName: string;
  sex: Sex;
  birthYear: number;
  /** Day they arrived back in the ward (release day + 3). */
  returnedOn: string;
  release: ReleaseType;
  prisonMonths: number;
  article: string;
  chapter: number;
  /** Employment status on the article's date, 25/04/2024. */
  statusOnArticleDate: EmploymentStatus;
  /** A change after the article's date, to show that statistics depend on the date asked. */
  laterStatus?: { status: EmploymentStatus; from: string };
  closure?: { reason: ClosureReason.EXPUNGED } | { reason: ClosureReason.MOVED_AWAY; on: string };
  /** For parole: last day of probation. */
  probationEndsOn?: string;
}

const { STABLE, UNSTABLE, UNEMPLOYED } = EmploymentStatus;
const { FULL_TERM, AMNESTY, PAROLE } = ReleaseType;
const M = Sex.MALE;
const F = Sex.FEMALE;
const expunged = { reason: ClosureReason.EXPUNGED } as const;
const movedAway = (on: string) => ({ reason: ClosureReason.MOVED_AWAY, on }) as const;

type Row = [string, Sex, number, string, ReleaseType, number, string, number, EmploymentStatus, Partial<DemoPerson>?];

const LAM_HA: Row[] = [
  // Expunged before the article's date (21)
  ['Nguyễn Văn Hùng', M, 1986, '2020-01-14', FULL_TERM, 30, '173', 16, STABLE, { closure: expunged }],
  ['Trần Đức Mạnh', M, 1990, '2020-02-20', FULL_TERM, 24, '173', 16, UNSTABLE, { closure: expunged }],
  ['Lê Văn Tùng', M, 1979, '2020-03-09', FULL_TERM, 72, '249', 20, UNSTABLE, { closure: expunged }],
  ['Phạm Quang Huy', M, 1993, '2020-05-18', FULL_TERM, 36, '134', 14, STABLE, { closure: expunged }],
  ['Hoàng Văn Long', M, 1982, '2020-06-25', FULL_TERM, 18, '321', 21, UNSTABLE, { closure: expunged }],
  ['Vũ Thị Hạnh', F, 1988, '2020-08-03', FULL_TERM, 24, '173', 16, UNEMPLOYED, { closure: expunged }],
  ['Đặng Văn Thắng', M, 1975, '2020-09-15', FULL_TERM, 60, '249', 20, UNSTABLE, { closure: expunged }],
  ['Bùi Minh Tuấn', M, 1995, '2020-10-22', FULL_TERM, 12, '321', 21, UNSTABLE, { closure: expunged }],
  ['Đỗ Văn Quý', M, 1984, '2020-12-07', FULL_TERM, 42, '171', 16, UNSTABLE, { closure: expunged }],
  ['Ngô Đức Anh', M, 1998, '2021-01-18', FULL_TERM, 27, '173', 16, STABLE, { closure: expunged }],
  ['Dương Văn Sơn', M, 1980, '2021-03-02', FULL_TERM, 48, '249', 20, UNEMPLOYED, { closure: expunged }],
  ['Lý Thị Mai', F, 1991, '2021-04-12', FULL_TERM, 15, '173', 16, UNSTABLE, { closure: expunged }],
  ['Nguyễn Hữu Phúc', M, 1987, '2021-05-24', FULL_TERM, 33, '134', 14, UNSTABLE, { closure: expunged }],
  ['Trần Văn Nam', M, 1992, '2021-06-28', FULL_TERM, 20, '321', 21, STABLE, { closure: expunged }],
  ['Lê Thị Thu', F, 1983, '2021-08-09', FULL_TERM, 30, '174', 16, UNSTABLE, { closure: expunged }],
  ['Phạm Văn Đông', M, 1978, '2021-09-03', AMNESTY, 54, '249', 20, UNEMPLOYED, { closure: expunged }],
  ['Hoàng Minh Khoa', M, 1996, '2021-09-06', AMNESTY, 40, '173', 16, UNSTABLE, { closure: expunged }],
  ['Vũ Văn Hải', M, 1989, '2021-10-25', FULL_TERM, 24, '318', 21, UNSTABLE, { closure: expunged }],
  ['Đặng Quốc Việt', M, 1985, '2021-11-15', FULL_TERM, 36, '173', 16, STABLE, { closure: expunged }],
  ['Bùi Văn Lợi', M, 1981, '2021-12-13', FULL_TERM, 18, '321', 21, UNSTABLE, { closure: expunged }],
  ['Đỗ Thị Lan', F, 1990, '2022-01-10', FULL_TERM, 26, '134', 14, UNEMPLOYED, { closure: expunged }],
  // Moved to another locality before the article's date (3)
  ['Ngô Văn Cường', M, 1977, '2021-07-19', FULL_TERM, 36, '173', 16, UNSTABLE, { closure: movedAway('2023-02-10') }],
  [
    'Nguyễn Đình Trọng',
    M,
    1994,
    '2022-03-14',
    FULL_TERM,
    24,
    '321',
    21,
    UNEMPLOYED,
    { closure: movedAway('2023-09-20') },
  ],
  ['Trần Thị Ngọc', F, 1986, '2022-08-22', FULL_TERM, 30, '249', 20, UNSTABLE, { closure: movedAway('2024-02-05') }],
  // Still in the caseload on the article's date (10)
  ['Lê Hoàng Nam', M, 1992, '2021-03-15', FULL_TERM, 84, '249', 20, STABLE],
  [
    'Phạm Đức Thịnh',
    M,
    1988,
    '2022-05-16',
    FULL_TERM,
    30,
    '173',
    16,
    UNSTABLE,
    { laterStatus: { status: STABLE, from: '2025-03-01' } },
  ],
  ['Hoàng Văn Bình', M, 1974, '2022-09-05', FULL_TERM, 42, '134', 14, UNSTABLE],
  ['Vũ Đức Toàn', M, 1997, '2022-11-21', PAROLE, 36, '173', 16, UNSTABLE, { probationEndsOn: '2023-06-30' }],
  ['Đặng Thị Hoa', F, 1993, '2023-02-13', FULL_TERM, 24, '321', 21, STABLE],
  [
    'Bùi Quang Vinh',
    M,
    1983,
    '2023-05-08',
    FULL_TERM,
    48,
    '249',
    20,
    UNSTABLE,
    { laterStatus: { status: STABLE, from: '2024-09-02' } },
  ],
  ['Đỗ Minh Châu', M, 2000, '2023-08-28', FULL_TERM, 18, '171', 16, UNSTABLE],
  ['Ngô Thị Yến', F, 1989, '2023-10-16', FULL_TERM, 30, '173', 16, UNSTABLE],
  // Paroled three months before the end of his term: the probation (the rest of the term) ends on
  // 19/04/2024, so he joins the caseload on 20/04/2024 (Circular 10/2024/TT-BCA art. 7).
  ['Nguyễn Văn Đức', M, 1991, '2024-01-22', PAROLE, 60, '249', 20, UNSTABLE, { probationEndsOn: '2024-04-19' }],
  [
    'Trần Quang Khải',
    M,
    1980,
    '2024-03-25',
    FULL_TERM,
    20,
    '134',
    14,
    UNEMPLOYED,
    { laterStatus: { status: UNSTABLE, from: '2024-06-10' } },
  ],
];

const VAN_DAU: Row[] = [
  ['Lê Văn Hoà', M, 1987, '2021-02-08', FULL_TERM, 24, '173', 16, STABLE, { closure: expunged }],
  ['Phạm Thị Thảo', F, 1992, '2022-06-13', FULL_TERM, 30, '321', 21, UNSTABLE],
  ['Hoàng Đức Tâm', M, 1984, '2022-10-03', FULL_TERM, 48, '249', 20, UNEMPLOYED],
  ['Vũ Văn Kiên', M, 1995, '2023-04-17', FULL_TERM, 20, '173', 16, UNSTABLE],
  ['Dương Thị Nga', F, 1990, '2023-11-20', FULL_TERM, 26, '134', 14, STABLE],
];

const toPerson =
  (unit: DemoPerson['unit']) =>
  ([
    fullName,
    sex,
    birthYear,
    returnedOn,
    release,
    prisonMonths,
    article,
    chapter,
    statusOnArticleDate,
    extra,
  ]: Row): DemoPerson => ({
    unit,
    fullName,
    sex,
    birthYear,
    returnedOn,
    release,
    prisonMonths,
    article,
    chapter,
    statusOnArticleDate,
    ...extra,
  });

export const DEMO_PEOPLE: DemoPerson[] = [...LAM_HA.map(toPerson('lam-ha')), ...VAN_DAU.map(toPerson('van-dau'))];
