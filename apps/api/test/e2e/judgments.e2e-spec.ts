import { addDays, addMonths, todayInVietnam } from '@hoanhap/shared';
import { describe, expect, it } from 'vitest';
import { expectRefused } from '../utils/assertions.js';
import { assignDemoHelper } from '../utils/casework.js';
import { withDemoServer } from '../utils/demo-server.js';
import { errorCode, GqlClient } from '../utils/test-server.js';

const { db, clients: signedIn } = withDemoServer();
const clients = signedIn('officer', 'vandau', 'committee', 'helper', 'viewer', 'admin');

const TODAY = todayInVietnam();
/** Completion six months ago: with up to 5 years of prison the clock (24 months) ends in 18 months. */
const COMPLETED = addMonths(TODAY, -6);
const ELIGIBLE = addMonths(COMPLETED, 24);
const JUDGED = addMonths(COMPLETED, -30);
const UNKNOWN_ID = '5f0b6c1e-8a4d-4e7b-9c1a-2d3e4f5a6b7c';
const ACTIONS = [
  'recordConviction',
  'recordSupplementaryPenalty',
  'recordObligation',
  'settleObligation',
  'scheduleExpungementTask',
  'removeExpungementTask',
];

const RECORD_CONVICTION = `mutation ($input: RecordConvictionInput!) { recordConviction(input: $input) {
  id court judgmentNumber judgmentDate penalCodeArticle penalCodeChapter severity intentional ageAtOffence
  mainPenalty prisonMonths mainPenaltyCompletedOn } }`;
const RECORD_PENALTY = `mutation ($input: RecordSupplementaryPenaltyInput!) {
  recordSupplementaryPenalty(input: $input) { id kind startsOn endsOn } }`;
const RECORD_OBLIGATION = `mutation ($input: RecordObligationInput!) {
  recordObligation(input: $input) { id kind amountVnd settledOn } }`;
const SETTLE_OBLIGATION = `mutation ($input: SettleObligationInput!) {
  settleObligation(input: $input) { id kind amountVnd settledOn version } }`;
const PERSON = `query ($id: ID!) { returnee(id: $id) {
  id
  convictions { id judgmentDate mainPenalty prisonMonths
    supplementaryPenalties { kind startsOn endsOn }
    obligations { kind amountVnd settledOn } }
  expungementForecast { route waitingMonths eligibleOn blockers }
} }`;

interface Person {
  returnee: {
    id: string;
    convictions: Array<{
      id: string;
      judgmentDate: string;
      supplementaryPenalties: Array<Record<string, unknown>>;
      obligations: Array<Record<string, unknown>>;
    }>;
    expungementForecast: { route: string; waitingMonths: number | null; eligibleOn: string | null; blockers: string[] };
  } | null;
}

let serial = 0;
/** A new person in Lãm Hà (or Văn Đẩu), so each test starts from an empty judgment history. */
async function newPerson(client = clients.officer): Promise<string> {
  serial += 1;
  const res = await client.request<{ registerReturnee: { id: string } }>(
    'mutation ($input: RegisterReturneeInput!) { registerReturnee(input: $input) { id } }',
    { input: { fullName: `Người thử nghiệm ${serial}`, dateOfBirth: '1990-05-10', returnedOn: addDays(COMPLETED, 3) } },
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.registerReturnee.id;
}

function conviction(returneeId: string, overrides: Record<string, unknown> = {}) {
  return {
    returneeId,
    court: 'Tòa án nhân dân quận Kiến An',
    judgmentNumber: '25/2022/HS-ST',
    judgmentDate: JUDGED,
    penalCodeArticle: '173',
    penalCodeChapter: 16,
    severity: 'SERIOUS',
    intentional: true,
    ageAtOffence: 30,
    mainPenalty: 'FIXED_TERM_IMPRISONMENT',
    prisonMonths: 30,
    mainPenaltyCompletedOn: COMPLETED,
    ...overrides,
  };
}

async function recordConviction(returneeId: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const res = await clients.officer.request<{ recordConviction: { id: string } }>(RECORD_CONVICTION, {
    input: conviction(returneeId, overrides),
  });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.recordConviction.id;
}

async function person(id: string, client = clients.officer) {
  const res = await client.request<Person>(PERSON, { id });
  expect(res.errors).toBeUndefined();
  return res.data?.returnee ?? null;
}

async function tasks(returneeId: string) {
  return db.dataSource.query(
    `SELECT kind, due_on::text AS "dueOn", title, completed_at AS "completedAt", unit_id AS "unitId"
     FROM task WHERE rule_key = $1`,
    [`expungement:${returneeId}`],
  ) as Promise<Array<{ kind: string; dueOn: string; title: string; completedAt: Date | null; unitId: string }>>;
}

async function auditRows(objectId: string) {
  return db.dataSource.query(
    'SELECT action, fields, returnee_id AS "returneeId", actor_role AS "actorRole" FROM audit_event WHERE object_id = $1 ORDER BY id',
    [objectId],
  ) as Promise<Array<{ action: string; fields: string[]; returneeId: string; actorRole: string }>>;
}

/** Rows that a refused write must leave untouched. */
async function counts() {
  const [row] = await db.dataSource.query(
    `SELECT (SELECT count(*)::int FROM conviction) AS convictions,
            (SELECT count(*)::int FROM supplementary_penalty) AS penalties,
            (SELECT count(*)::int FROM obligation) AS obligations,
            (SELECT count(*)::int FROM obligation WHERE settled_on IS NOT NULL) AS settled,
            (SELECT count(*)::int FROM task) AS tasks,
            (SELECT count(*)::int FROM audit_event WHERE action = ANY($1)) AS audits`,
    [ACTIONS],
  );
  return row as Record<string, number>;
}

const assignHelper = (returneeId: string) => assignDemoHelper(db.dataSource, returneeId, addDays(TODAY, -30));

describe('recordConviction', () => {
  it('stores the judgment, shows it to the officer, audits field names only and schedules the eligibility task 30 days ahead', async () => {
    const id = await newPerson();
    const res = await clients.officer.request<{ recordConviction: Record<string, unknown> }>(RECORD_CONVICTION, {
      input: conviction(id, { court: '  Tòa án nhân dân quận Kiến An  ' }),
    });
    expect(res.errors).toBeUndefined();
    const recorded = res.data?.recordConviction;
    expect(recorded).toMatchObject({
      court: 'Tòa án nhân dân quận Kiến An',
      judgmentNumber: '25/2022/HS-ST',
      judgmentDate: JUDGED,
      penalCodeArticle: '173',
      penalCodeChapter: 16,
      severity: 'SERIOUS',
      intentional: true,
      ageAtOffence: 30,
      mainPenalty: 'FIXED_TERM_IMPRISONMENT',
      prisonMonths: 30,
      mainPenaltyCompletedOn: COMPLETED,
    });
    const convictionId = String(recorded?.id);

    const [stored] = await db.dataSource.query(
      'SELECT returnee_id AS "returneeId", court, prison_months AS "prisonMonths" FROM conviction WHERE id = $1',
      [convictionId],
    );
    expect(stored).toEqual({ returneeId: id, court: 'Tòa án nhân dân quận Kiến An', prisonMonths: 30 });

    const p = await person(id);
    expect(p?.convictions.map((c) => c.id)).toEqual([convictionId]);
    expect(p?.expungementForecast).toEqual({
      route: 'AUTOMATIC',
      waitingMonths: 24,
      eligibleOn: ELIGIBLE,
      blockers: [],
    });

    expect(await tasks(id)).toEqual([
      expect.objectContaining({ kind: 'EXPUNGEMENT_ELIGIBILITY', dueOn: addDays(ELIGIBLE, -30), completedAt: null }),
    ]);
    const audit = await auditRows(convictionId);
    expect(audit).toEqual([
      {
        action: 'recordConviction',
        returneeId: id,
        actorRole: 'OFFICER',
        fields: [
          'court',
          'judgmentNumber',
          'judgmentDate',
          'penalCodeArticle',
          'penalCodeChapter',
          'severity',
          'intentional',
          'ageAtOffence',
          'mainPenalty',
          'prisonMonths',
          'mainPenaltyCompletedOn',
        ],
      },
    ]);
    const [scheduled] = await db.dataSource.query(
      `SELECT a.action FROM audit_event a JOIN task t ON t.id = a.object_id WHERE t.rule_key = $1`,
      [`expungement:${id}`],
    );
    expect(scheduled).toEqual({ action: 'scheduleExpungementTask' });
  });

  it('lets the latest judgment win: a newer conviction moves the task, an older one recorded later does not', async () => {
    const id = await newPerson();
    await recordConviction(id);
    expect((await tasks(id))[0]?.dueOn).toBe(addDays(ELIGIBLE, -30));

    // A new offence judged after the first: 6 years of prison, completed a month ago: 36 months' wait.
    const newerCompleted = addMonths(TODAY, -1);
    await recordConviction(id, {
      judgmentNumber: '12/2025/HS-ST',
      judgmentDate: addMonths(JUDGED, 1),
      prisonMonths: 72,
      severity: 'VERY_SERIOUS',
      mainPenaltyCompletedOn: newerCompleted,
    });
    const newerEligible = addMonths(newerCompleted, 36);
    expect((await person(id))?.expungementForecast).toMatchObject({ waitingMonths: 36, eligibleOn: newerEligible });
    const moved = await tasks(id);
    expect(moved).toHaveLength(1);
    expect(moved[0]?.dueOn).toBe(addDays(newerEligible, -30));

    // An older judgment entered afterwards (a record found late) changes nothing.
    await recordConviction(id, {
      judgmentNumber: '3/2015/HS-ST',
      judgmentDate: addMonths(JUDGED, -60),
      ageAtOffence: 25,
    });
    expect((await person(id))?.expungementForecast.eligibleOn).toBe(newerEligible);
    expect((await tasks(id))[0]?.dueOn).toBe(addDays(newerEligible, -30));
    expect((await person(id))?.convictions.map((c) => c.judgmentDate)).toEqual([
      addMonths(JUDGED, 1),
      JUDGED,
      addMonths(JUDGED, -60),
    ]);
  });

  it('makes the task due on the eligibility date itself when that is less than 30 days away', async () => {
    const id = await newPerson();
    const completed = addMonths(addDays(TODAY, 10), -24);
    await recordConviction(id, { mainPenaltyCompletedOn: completed, judgmentDate: addMonths(completed, -30) });
    const eligibleOn = addMonths(completed, 24);
    expect(addDays(eligibleOn, -30) < TODAY).toBe(true);
    expect((await tasks(id))[0]?.dueOn).toBe(eligibleOn);
  });

  it('reopens a completed task when a newer judgment changes the date', async () => {
    const id = await newPerson();
    await recordConviction(id);
    await db.dataSource.query('UPDATE task SET completed_at = now() WHERE rule_key = $1', [`expungement:${id}`]);
    await recordConviction(id, { judgmentDate: addDays(JUDGED, 1), prisonMonths: 80 });
    const [task] = await tasks(id);
    expect(task?.completedAt).toBeNull();
    expect(task?.dueOn).toBe(addDays(addMonths(COMPLETED, 36), -30));
  });

  it('creates no task when the judgment leaves no record or has no completion date yet', async () => {
    const noRecord = await newPerson();
    await recordConviction(noRecord, { intentional: false, severity: 'LESS_SERIOUS' });
    expect((await person(noRecord))?.expungementForecast).toMatchObject({ route: 'NO_RECORD', eligibleOn: null });
    expect(await tasks(noRecord)).toEqual([]);

    const notCompleted = await newPerson();
    await recordConviction(notCompleted, { mainPenaltyCompletedOn: null });
    expect((await person(notCompleted))?.expungementForecast).toBeNull();
    expect(await tasks(notCompleted)).toEqual([]);
  });

  it('accepts life imprisonment without months and uses the longest wait', async () => {
    const id = await newPerson();
    await recordConviction(id, {
      mainPenalty: 'LIFE_IMPRISONMENT',
      prisonMonths: null,
      severity: 'ESPECIALLY_SERIOUS',
    });
    expect((await person(id))?.expungementForecast).toMatchObject({
      waitingMonths: 60,
      eligibleOn: addMonths(COMPLETED, 60),
    });
  });

  it.each([
    ['prison months missing for fixed-term imprisonment', { prisonMonths: null }, 'input.prisonMonths', 'REQUIRED'],
    [
      'prison months given for a fine',
      { mainPenalty: 'FINE', prisonMonths: 6 },
      'input.prisonMonths',
      'NOT_APPLICABLE',
    ],
    [
      'prison months given for life imprisonment',
      { mainPenalty: 'LIFE_IMPRISONMENT', prisonMonths: 240 },
      'input.prisonMonths',
      'NOT_APPLICABLE',
    ],
    ['0 prison months', { prisonMonths: 0 }, 'input.prisonMonths', 'OUT_OF_RANGE'],
    ['361 prison months', { prisonMonths: 361 }, 'input.prisonMonths', 'OUT_OF_RANGE'],
    ['chapter 27', { penalCodeChapter: 27 }, 'input.penalCodeChapter', 'OUT_OF_RANGE'],
    ['chapter 0', { penalCodeChapter: 0 }, 'input.penalCodeChapter', 'OUT_OF_RANGE'],
    ['age 13 at the offence', { ageAtOffence: 13 }, 'input.ageAtOffence', 'OUT_OF_RANGE'],
    ['age 121 at the offence', { ageAtOffence: 121 }, 'input.ageAtOffence', 'OUT_OF_RANGE'],
    ['a judgment dated tomorrow', { judgmentDate: addDays(TODAY, 1) }, 'input.judgmentDate', 'IN_FUTURE'],
    [
      'completion before the judgment',
      { mainPenaltyCompletedOn: addDays(JUDGED, -1) },
      'input.mainPenaltyCompletedOn',
      'BEFORE_JUDGMENT',
    ],
    ['a blank court', { court: '   ' }, 'input.court', 'REQUIRED'],
    ['an empty judgment number', { judgmentNumber: '' }, 'input.judgmentNumber', 'REQUIRED'],
    [
      'an age at the offence above the age on the judgment day',
      { ageAtOffence: 60 },
      'input.ageAtOffence',
      'INCONSISTENT_WITH_BIRTH_DATE',
    ],
    ['a judgment before the birth date', { judgmentDate: '1989-01-01' }, 'input.judgmentDate', 'BEFORE_BIRTH'],
  ])('refuses %s with BAD_USER_INPUT on the field and writes nothing', async (_label, overrides, field, reason) => {
    const id = await newPerson();
    const before = await counts();
    const res = await clients.officer.request(RECORD_CONVICTION, { input: conviction(id, overrides) });
    expectRefused(res, 'BAD_USER_INPUT', field, reason);
    expect(await counts()).toEqual(before);
  });

  it('answers NOT_FOUND for an unknown or malformed person id and for a person of another ward', async () => {
    const lamHa = await newPerson();
    const before = await counts();
    for (const [client, returneeId] of [
      [clients.officer, UNKNOWN_ID],
      [clients.officer, 'not-a-uuid'],
      [clients.vandau, lamHa],
    ] as const) {
      const res = await client.request(RECORD_CONVICTION, { input: conviction(returneeId) });
      expectRefused(res, 'NOT_FOUND');
    }
    expect(await counts()).toEqual(before);
  });

  it('refuses helpers (even for an assigned person), the committee, viewers and the admin with FORBIDDEN', async () => {
    const id = await newPerson();
    await assignHelper(id);
    const before = await counts();
    for (const role of ['helper', 'committee', 'viewer', 'admin'] as const) {
      const res = await clients[role].request(RECORD_CONVICTION, { input: conviction(id) });
      expect(errorCode(res), role).toBe('FORBIDDEN');
    }
    expect(await counts()).toEqual(before);
  });
});

describe('reading judgments', () => {
  it('hides convictions, their penalties and obligations and the forecast from every role but the officer', async () => {
    const id = await newPerson();
    await assignHelper(id);
    const convictionId = await recordConviction(id);
    await clients.officer.request(RECORD_OBLIGATION, {
      input: { convictionId, kind: 'COURT_FEE', amountVnd: '200000', settledOn: COMPLETED },
    });
    await clients.officer.request(RECORD_PENALTY, {
      input: { convictionId, kind: 'RESIDENCE_BAN', startsOn: COMPLETED, endsOn: addMonths(COMPLETED, 12) },
    });
    const officerView = await person(id);
    expect(officerView?.convictions[0]?.obligations).toHaveLength(1);
    expect(officerView?.convictions[0]?.supplementaryPenalties).toHaveLength(1);

    for (const role of ['helper', 'committee', 'viewer', 'admin'] as const) {
      const view = await person(id, clients[role]);
      expect(view, role).toMatchObject({ id, convictions: [], expungementForecast: null });
    }
  });

  it('lists the convictions of several people in one request', async () => {
    const a = await newPerson();
    const b = await newPerson();
    const ca = await recordConviction(a);
    const cb = await recordConviction(b, { prisonMonths: 12 });
    const res = await clients.officer.request<Record<string, { convictions: Array<{ id: string }> }>>(
      'query ($a: ID!, $b: ID!) { a: returnee(id: $a) { convictions { id obligations { id } } } b: returnee(id: $b) { convictions { id supplementaryPenalties { id } } } }',
      { a, b },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.a?.convictions.map((c) => c.id)).toEqual([ca]);
    expect(res.data?.b?.convictions.map((c) => c.id)).toEqual([cb]);
  });
});

describe('recordSupplementaryPenalty', () => {
  it('stores the penalty, audits it, and moves eligibility and the task to its end when it ends after the wait', async () => {
    const id = await newPerson();
    const convictionId = await recordConviction(id);
    const endsOn = addMonths(ELIGIBLE, 3);
    const res = await clients.officer.request<{ recordSupplementaryPenalty: { id: string } }>(RECORD_PENALTY, {
      input: { convictionId, kind: 'PROBATIONARY_SUPERVISION', startsOn: COMPLETED, endsOn },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.recordSupplementaryPenalty).toMatchObject({
      kind: 'PROBATIONARY_SUPERVISION',
      startsOn: COMPLETED,
      endsOn,
    });
    const penaltyId = String(res.data?.recordSupplementaryPenalty.id);
    const [stored] = await db.dataSource.query(
      'SELECT conviction_id AS "convictionId", ends_on::text AS "endsOn" FROM supplementary_penalty WHERE id = $1',
      [penaltyId],
    );
    expect(stored).toEqual({ convictionId, endsOn });
    expect(await auditRows(penaltyId)).toEqual([
      {
        action: 'recordSupplementaryPenalty',
        returneeId: id,
        actorRole: 'OFFICER',
        fields: ['kind', 'startsOn', 'endsOn'],
      },
    ]);
    const p = await person(id);
    expect(p?.convictions[0]?.supplementaryPenalties).toEqual([
      { kind: 'PROBATIONARY_SUPERVISION', startsOn: COMPLETED, endsOn },
    ]);
    expect(p?.expungementForecast.eligibleOn).toBe(endsOn);
    expect((await tasks(id))[0]?.dueOn).toBe(addDays(endsOn, -30));
  });

  it('accepts a one-day penalty (end on the start day)', async () => {
    const convictionId = await recordConviction(await newPerson());
    const res = await clients.officer.request(RECORD_PENALTY, {
      input: { convictionId, kind: 'FINE', startsOn: COMPLETED, endsOn: COMPLETED },
    });
    expect(res.errors).toBeUndefined();
  });

  it.each([
    ['an end before the start', { endsOn: addDays(COMPLETED, -1) }, 'input.endsOn', 'BEFORE_START'],
    ['a start before the judgment', { startsOn: addDays(JUDGED, -1) }, 'input.startsOn', 'BEFORE_JUDGMENT'],
  ])('refuses %s and writes nothing', async (_label, overrides, field, reason) => {
    const convictionId = await recordConviction(await newPerson());
    const before = await counts();
    const res = await clients.officer.request(RECORD_PENALTY, {
      input: {
        convictionId,
        kind: 'RESIDENCE_BAN',
        startsOn: COMPLETED,
        endsOn: addMonths(COMPLETED, 12),
        ...overrides,
      },
    });
    expectRefused(res, 'BAD_USER_INPUT', field, reason);
    expect(await counts()).toEqual(before);
  });

  it('answers NOT_FOUND for an unknown conviction and for another ward’s, FORBIDDEN for other roles', async () => {
    const convictionId = await recordConviction(await newPerson());
    const input = { kind: 'RESIDENCE_BAN', startsOn: COMPLETED, endsOn: addMonths(COMPLETED, 12) };
    const before = await counts();
    expectRefused(
      await clients.officer.request(RECORD_PENALTY, { input: { ...input, convictionId: UNKNOWN_ID } }),
      'NOT_FOUND',
    );
    expectRefused(
      await clients.officer.request(RECORD_PENALTY, { input: { ...input, convictionId: 'x' } }),
      'NOT_FOUND',
    );
    expectRefused(await clients.vandau.request(RECORD_PENALTY, { input: { ...input, convictionId } }), 'NOT_FOUND');
    for (const role of ['helper', 'committee', 'viewer'] as const) {
      expectRefused(await clients[role].request(RECORD_PENALTY, { input: { ...input, convictionId } }), 'FORBIDDEN');
    }
    expect(await counts()).toEqual(before);
  });
});

describe('obligations', () => {
  it('an unsettled obligation removes the eligibility date and the task; settling it brings both back', async () => {
    const id = await newPerson();
    const convictionId = await recordConviction(id);
    expect(await tasks(id)).toHaveLength(1);

    const res = await clients.officer.request<{ recordObligation: { id: string } }>(RECORD_OBLIGATION, {
      input: { convictionId, kind: 'COMPENSATION', amountVnd: '123456789012345' },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.recordObligation).toMatchObject({
      kind: 'COMPENSATION',
      amountVnd: '123456789012345',
      settledOn: null,
    });
    const obligationId = String(res.data?.recordObligation.id);
    expect(await auditRows(obligationId)).toEqual([
      { action: 'recordObligation', returneeId: id, actorRole: 'OFFICER', fields: ['kind', 'amountVnd'] },
    ]);
    expect((await person(id))?.expungementForecast).toMatchObject({
      eligibleOn: null,
      blockers: ['UNSETTLED_OBLIGATIONS'],
    });
    expect(await tasks(id)).toEqual([]);
    const [removed] = await db.dataSource.query(
      `SELECT count(*)::int AS n, count(object_id)::int AS "withTask" FROM audit_event
       WHERE action = 'removeExpungementTask' AND returnee_id = $1`,
      [id],
    );
    expect(removed).toEqual({ n: 1, withTask: 1 });

    const settledOn = addDays(TODAY, -2);
    const settled = await clients.officer.request<{ settleObligation: Record<string, unknown> }>(SETTLE_OBLIGATION, {
      input: { obligationId, settledOn },
    });
    expect(settled.errors).toBeUndefined();
    expect(settled.data?.settleObligation).toMatchObject({ id: obligationId, settledOn, version: 2 });
    expect((await auditRows(obligationId)).map((a) => [a.action, a.fields])).toEqual([
      ['recordObligation', ['kind', 'amountVnd']],
      ['settleObligation', ['settledOn']],
    ]);
    expect((await person(id))?.expungementForecast).toMatchObject({ eligibleOn: ELIGIBLE, blockers: [] });
    expect((await tasks(id))[0]?.dueOn).toBe(addDays(ELIGIBLE, -30));
  });

  it('a settled obligation recorded as such keeps the task, and lists on the conviction', async () => {
    const id = await newPerson();
    const convictionId = await recordConviction(id);
    const res = await clients.officer.request(RECORD_OBLIGATION, {
      input: { convictionId, kind: 'COURT_FEE', amountVnd: '200000', settledOn: COMPLETED },
    });
    expect(res.errors).toBeUndefined();
    expect((await person(id))?.convictions[0]?.obligations).toEqual([
      { kind: 'COURT_FEE', amountVnd: '200000', settledOn: COMPLETED },
    ]);
    expect((await tasks(id))[0]?.dueOn).toBe(addDays(ELIGIBLE, -30));
  });

  it.each([
    ['dots in the amount', { amountVnd: '1.000.000' }, 'input.amountVnd', 'INVALID_AMOUNT'],
    ['a negative amount', { amountVnd: '-5' }, 'input.amountVnd', 'INVALID_AMOUNT'],
    ['a zero amount', { amountVnd: '0' }, 'input.amountVnd', 'INVALID_AMOUNT'],
    ['a settlement tomorrow', { settledOn: addDays(TODAY, 1) }, 'input.settledOn', 'IN_FUTURE'],
    ['a settlement before the judgment', { settledOn: addDays(JUDGED, -1) }, 'input.settledOn', 'BEFORE_JUDGMENT'],
  ])('recordObligation refuses %s and writes nothing', async (_label, overrides, field, reason) => {
    const convictionId = await recordConviction(await newPerson());
    const before = await counts();
    const res = await clients.officer.request(RECORD_OBLIGATION, {
      input: { convictionId, kind: 'FINE', amountVnd: '5000000', ...overrides },
    });
    expectRefused(res, 'BAD_USER_INPUT', field, reason);
    expect(await counts()).toEqual(before);
  });

  it('recordObligation answers NOT_FOUND outside scope and FORBIDDEN to other roles', async () => {
    const convictionId = await recordConviction(await newPerson());
    const input = { kind: 'FINE', amountVnd: '5000000' };
    const before = await counts();
    expectRefused(
      await clients.officer.request(RECORD_OBLIGATION, { input: { ...input, convictionId: UNKNOWN_ID } }),
      'NOT_FOUND',
    );
    expectRefused(await clients.vandau.request(RECORD_OBLIGATION, { input: { ...input, convictionId } }), 'NOT_FOUND');
    for (const role of ['helper', 'committee', 'viewer'] as const) {
      expectRefused(await clients[role].request(RECORD_OBLIGATION, { input: { ...input, convictionId } }), 'FORBIDDEN');
    }
    expect(await counts()).toEqual(before);
  });

  it('settleObligation refuses a second settlement, a future or pre-judgment date, other wards and other roles', async () => {
    const convictionId = await recordConviction(await newPerson());
    const res = await clients.officer.request<{ recordObligation: { id: string } }>(RECORD_OBLIGATION, {
      input: { convictionId, kind: 'COURT_FEE', amountVnd: '200000' },
    });
    const obligationId = String(res.data?.recordObligation.id);
    const before = await counts();
    const cases: Array<[GqlClient, Record<string, unknown>, string, string?, string?]> = [
      [clients.officer, { settledOn: addDays(TODAY, 1) }, 'BAD_USER_INPUT', 'input.settledOn', 'IN_FUTURE'],
      [clients.officer, { settledOn: addDays(JUDGED, -1) }, 'BAD_USER_INPUT', 'input.settledOn', 'BEFORE_JUDGMENT'],
      [clients.officer, { obligationId: UNKNOWN_ID }, 'NOT_FOUND'],
      [clients.officer, { obligationId: 'nope' }, 'NOT_FOUND'],
      [clients.vandau, {}, 'NOT_FOUND'],
      [clients.helper, {}, 'FORBIDDEN'],
      [clients.committee, {}, 'FORBIDDEN'],
      [clients.viewer, {}, 'FORBIDDEN'],
    ];
    for (const [client, overrides, code, field, reason] of cases) {
      const r = await client.request(SETTLE_OBLIGATION, { input: { obligationId, settledOn: TODAY, ...overrides } });
      expectRefused(r, code, field, reason);
    }
    expect(await counts()).toEqual(before);

    expect(
      (await clients.officer.request(SETTLE_OBLIGATION, { input: { obligationId, settledOn: TODAY } })).errors,
    ).toBeUndefined();
    const afterFirst = await counts();
    const again = await clients.officer.request(SETTLE_OBLIGATION, { input: { obligationId, settledOn: TODAY } });
    expectRefused(again, 'BAD_USER_INPUT', 'input.obligationId', 'ALREADY_SETTLED');
    expect(await counts()).toEqual(afterFirst);
  });
});
