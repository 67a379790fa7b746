import { describe, expect, it } from 'vitest';
import { registerPerson } from '../utils/casework.js';
import { withDemoServer } from '../utils/demo-server.js';
import { EXPUNGEMENT_FORECAST as FORECAST } from '../utils/judgments.js';

/*
 * The person's forecast (Returnee.expungementForecast) against the public expungementPreview, on
 * the same judgments: Penal Code art. 73(2) (a new conviction restarts the old record's clock),
 * art. 71(2) (the court route's bands and wording) and art. 107(2) (offences under 18).
 */

const { db, client, anonymous } = withDemoServer();
const officer = client('officer');

/** One judgment as a test states it: the conviction, and what hangs on it. */
interface Judgment {
  judgmentDate: string;
  penalCodeArticle: string;
  penalCodeChapter: number;
  severity: string;
  intentional: boolean;
  ageAtOffence: number;
  mainPenalty: string;
  prisonMonths: number | null;
  mainPenaltyCompletedOn: string;
  supplementaryPenalty?: { startsOn: string; endsOn: string };
  obligation?: { settledOn: string | null };
}

const theft = (judgmentDate: string, prisonMonths: number, mainPenaltyCompletedOn: string): Judgment => ({
  judgmentDate,
  penalCodeArticle: '173',
  penalCodeChapter: 16,
  severity: prisonMonths <= 36 ? 'LESS_SERIOUS' : 'SERIOUS',
  intentional: true,
  ageAtOffence: 30,
  mainPenalty: 'FIXED_TERM_IMPRISONMENT',
  prisonMonths,
  mainPenaltyCompletedOn,
});

/** Causing death by traffic, unintentional and less serious: no criminal record (art. 69(2)). */
const unintentional = (judgmentDate: string, mainPenaltyCompletedOn: string): Judgment => ({
  ...theft(judgmentDate, 9, mainPenaltyCompletedOn),
  penalCodeArticle: '260',
  penalCodeChapter: 21,
  severity: 'LESS_SERIOUS',
  intentional: false,
});

let serial = 0;
async function personWith(judgments: Judgment[], dateOfBirth = '1975-05-10'): Promise<string> {
  serial += 1;
  const returneeId = await registerPerson(officer, {
    fullName: `Người có nhiều bản án ${serial}`,
    dateOfBirth,
    returnedOn: '2024-09-02',
  });
  for (const [i, j] of judgments.entries()) {
    const { supplementaryPenalty, obligation, ...conviction } = j;
    const res = await officer.request<{ recordConviction: { id: string } }>(
      'mutation ($input: RecordConvictionInput!) { recordConviction(input: $input) { id } }',
      {
        input: {
          returneeId,
          court: 'Tòa án nhân dân thành phố Hải Phòng',
          judgmentNumber: `${i + 1}/${j.judgmentDate.slice(0, 4)}/HS-ST`,
          ...conviction,
        },
      },
    );
    const convictionId = res.data?.recordConviction.id;
    if (!convictionId) throw new Error(JSON.stringify(res.errors));
    if (supplementaryPenalty) {
      const p = await officer.request(
        'mutation ($input: RecordSupplementaryPenaltyInput!) { recordSupplementaryPenalty(input: $input) { id } }',
        { input: { convictionId, kind: 'RESIDENCE_BAN', ...supplementaryPenalty } },
      );
      expect(p.errors).toBeUndefined();
    }
    if (obligation) {
      const o = await officer.request(
        'mutation ($input: RecordObligationInput!) { recordObligation(input: $input) { id } }',
        { input: { convictionId, kind: 'COMPENSATION', amountVnd: '15000000', ...obligation } },
      );
      expect(o.errors).toBeUndefined();
    }
  }
  return returneeId;
}

async function forecastOf(id: string) {
  const res = await officer.request<{ returnee: { expungementForecast: Record<string, unknown> | null } }>(
    `query ($id: ID!) { returnee(id: $id) { expungementForecast { ${FORECAST} } } }`,
    { id },
  );
  expect(res.errors).toBeUndefined();
  return res.data?.returnee.expungementForecast;
}

function previewInput(j: Judgment) {
  return {
    penalty: j.mainPenalty,
    prisonMonths: j.prisonMonths,
    penalCodeChapter: j.penalCodeChapter,
    severity: j.severity,
    intentional: j.intentional,
    ageAtOffence: j.ageAtOffence,
    mainPenaltyCompletedOn: j.mainPenaltyCompletedOn,
    supplementaryPenaltyEndsOn: j.supplementaryPenalty?.endsOn ?? null,
    obligationsSettled: !j.obligation || j.obligation.settledOn !== null,
    obligationsSettledOn: j.obligation?.settledOn ?? null,
  };
}

/** The public preview of the same judgments: the latest as `input`, the others as `otherConvictions`. */
async function previewOf(judgments: Judgment[]) {
  const [latest, ...others] = [...judgments].reverse().map(previewInput);
  const res = await anonymous().request<{ expungementPreview: Record<string, unknown> }>(
    `query ($input: ExpungementPreviewInput!, $others: [ExpungementPreviewInput!]) {
      expungementPreview(input: $input, otherConvictions: $others) { ${FORECAST} } }`,
    { input: latest, others },
  );
  expect(res.errors).toBeUndefined();
  return res.data?.expungementPreview;
}

async function taskTitle(returneeId: string): Promise<string | undefined> {
  const rows: Array<{ title: string }> = await db.dataSource.query('SELECT title FROM task WHERE rule_key = $1', [
    `expungement:${returneeId}`,
  ]);
  return rows[0]?.title;
}

type Scenario = [string, Judgment[], Record<string, unknown>];

const SCENARIOS: Scenario[] = [
  [
    'art. 73(2), two convictions: the older one on the court route (chapter XIII) with the longer period sets route and period, counted from the newer completion',
    [
      {
        ...theft('2012-03-01', 72, '2018-03-01'),
        penalCodeArticle: '117',
        penalCodeChapter: 13,
        severity: 'VERY_SERIOUS',
      },
      theft('2019-06-03', 24, '2021-05-20'),
    ],
    {
      route: 'COURT_DECISION',
      waitingMonths: 60,
      eligibleOn: '2026-05-20',
      blockers: [],
      explanation: ['AUTOMATIC_PERIOD', 'COURT_PERIOD', 'NEW_CONVICTION_RESTARTS'],
    },
  ],
  [
    'art. 73(2), two convictions: the older one’s unpaid compensation blocks the whole record',
    [
      { ...theft('2014-04-01', 30, '2016-10-01'), obligation: { settledOn: null } },
      theft('2019-06-03', 24, '2021-05-20'),
    ],
    {
      route: 'AUTOMATIC',
      waitingMonths: 24,
      eligibleOn: null,
      blockers: ['UNSETTLED_OBLIGATIONS'],
      explanation: ['AUTOMATIC_PERIOD', 'NEW_CONVICTION_RESTARTS'],
    },
  ],
  [
    'art. 73(2), two convictions: a latest one that leaves no record restarts the older clock instead of erasing it',
    [theft('2016-07-01', 30, '2019-01-10'), unintentional('2022-02-01', '2022-08-01')],
    {
      route: 'AUTOMATIC',
      waitingMonths: 24,
      eligibleOn: '2024-08-01',
      blockers: [],
      explanation: ['AUTOMATIC_PERIOD', 'NEW_CONVICTION_RESTARTS'],
    },
  ],
  [
    'art. 73(2), three convictions: the longest period (96 months of prison: 3 years) and a supplementary penalty of the middle one ending later',
    [
      theft('2010-03-01', 96, '2017-11-01'),
      {
        ...theft('2018-02-01', 36, '2021-02-01'),
        supplementaryPenalty: { startsOn: '2021-02-01', endsOn: '2026-01-31' },
      },
      unintentional('2022-02-01', '2022-08-01'),
    ],
    {
      route: 'AUTOMATIC',
      waitingMonths: 36,
      eligibleOn: '2026-01-31',
      blockers: [],
      explanation: ['AUTOMATIC_PERIOD', 'NEW_CONVICTION_RESTARTS', 'SUPPLEMENTARY_PENALTY_ENDS_LATER'],
    },
  ],
  [
    'art. 73(2), three convictions: court route from the oldest, obligations of the middle one settled after the period',
    [
      { ...theft('2008-03-01', 36, '2011-03-01'), penalCodeArticle: '117', penalCodeChapter: 13 },
      { ...theft('2015-05-04', 24, '2017-05-04'), obligation: { settledOn: '2024-11-15' } },
      theft('2019-06-03', 12, '2020-06-03'),
    ],
    {
      route: 'COURT_DECISION',
      waitingMonths: 36,
      eligibleOn: '2024-11-15',
      blockers: [],
      explanation: ['AUTOMATIC_PERIOD', 'COURT_PERIOD', 'NEW_CONVICTION_RESTARTS', 'OBLIGATIONS_SETTLED_LATER'],
    },
  ],
];

describe('a person’s forecast covers every conviction not yet expunged (Penal Code art. 73(2))', () => {
  it.each(SCENARIOS)('%s; expungementPreview agrees', async (_label, judgments, expected) => {
    const id = await personWith(judgments);
    expect(await forecastOf(id)).toEqual(expected);
    expect(await previewOf(judgments)).toEqual(expected);
  });

  it('words the court route’s task "đủ điều kiện đề nghị Tòa án xóa án tích" (art. 71), the automatic one without the court', async () => {
    const [, court] = SCENARIOS[0] as Scenario;
    expect(await taskTitle(await personWith(court))).toBe(
      'Dự kiến đủ điều kiện đề nghị Tòa án xóa án tích từ 20/05/2026',
    );
    const [, , automatic] = SCENARIOS;
    expect(await taskTitle(await personWith((automatic as Scenario)[1]))).toBe(
      'Dự kiến đủ điều kiện xóa án tích từ 01/08/2024',
    );
  });

  it('leaves out the convictions judged before a proven expungement (an EXPUNGED closure)', async () => {
    const old = { ...theft('2008-03-01', 96, '2015-01-01'), penalCodeArticle: '117', penalCodeChapter: 13 };
    const id = await personWith([old, theft('2021-06-01', 12, '2022-06-01')]);
    expect(await forecastOf(id)).toMatchObject({ route: 'COURT_DECISION', waitingMonths: 60 });
    // The record was expunged in 2020 (judicial record certificate), and the case reopened for the new offence.
    await db.dataSource.query(
      `INSERT INTO case_closure (returnee_id, reason, closed_on, proof_number, proof_date, reopened_on, reopen_reason, version)
       VALUES ($1, 'EXPUNGED', '2020-02-01', '12/2020/LLTP', '2020-01-27', '2021-06-01', 'Bị kết án về tội phạm mới', 1)`,
      [id],
    );
    expect(await forecastOf(id)).toEqual({
      route: 'AUTOMATIC',
      waitingMonths: 24,
      eligibleOn: '2024-06-01',
      blockers: [],
      explanation: ['AUTOMATIC_PERIOD'],
    });
  });
});

describe('an offence committed under 18 (Penal Code art. 107(2))', () => {
  const juvenile: Judgment = {
    ...theft('2021-06-01', 48, '2024-03-15'),
    severity: 'VERY_SERIOUS',
    ageAtOffence: 17,
    obligation: { settledOn: null },
    supplementaryPenalty: { startsOn: '2024-03-15', endsOn: '2026-03-14' },
  };

  it('is not blocked by unpaid obligations nor held back by a supplementary penalty, and the explanation says so', async () => {
    const expected = {
      route: 'AUTOMATIC',
      waitingMonths: 12,
      eligibleOn: '2025-03-15',
      blockers: [],
      explanation: ['JUVENILE_PERIOD'],
    };
    const id = await personWith([juvenile], '2004-01-20');
    expect(await forecastOf(id)).toEqual(expected);
    expect(await previewOf([juvenile])).toEqual(expected);
    expect(await taskTitle(id)).toBe('Dự kiến đủ điều kiện xóa án tích từ 15/03/2025');
  });
});
