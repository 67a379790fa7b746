import { addDays, addMonths } from '@hoanhap/shared';
import { describe, expect, it } from 'vitest';
import { expectRefused } from '../utils/assertions.js';
import { UNKNOWN_ID } from '../utils/casework.js';
import { COMPLETED, ELIGIBLE, JUDGED, RECORD_PENALTY, withJudgmentServer } from '../utils/judgments.js';

/*
 * Supplementary penalties on a conviction: stored, audited, and moving eligibility and its task
 * when they end after the waiting period.
 */

const { db, clients, newPerson, recordConviction, person, tasks, auditRows, counts } = withJudgmentServer();

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
