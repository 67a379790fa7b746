import { addDays, addMonths } from '@hoanhap/shared';
import { describe, expect, it } from 'vitest';
import { expectRefused } from '../utils/assertions.js';
import { UNKNOWN_ID } from '../utils/casework.js';
import {
  COMPLETED,
  conviction,
  ELIGIBLE,
  JUDGED,
  RECORD_CONVICTION,
  RECORD_OBLIGATION,
  RECORD_PENALTY,
  TODAY,
  withJudgmentServer,
} from '../utils/judgments.js';
import { errorCode } from '../utils/test-server.js';

/*
 * Recording a conviction (the officer's alone), who reads judgments, and the expungement task
 * the latest judgment schedules.
 */

const { db, clients, newPerson, recordConviction, person, tasks, auditRows, counts, assignHelper } =
  withJudgmentServer();

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
