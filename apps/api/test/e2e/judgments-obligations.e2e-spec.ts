import { addDays } from '@hoanhap/shared';
import { describe, expect, it } from 'vitest';
import { expectRefused } from '../utils/assertions.js';
import { UNKNOWN_ID } from '../utils/casework.js';
import {
  COMPLETED,
  ELIGIBLE,
  JUDGED,
  RECORD_OBLIGATION,
  SETTLE_OBLIGATION,
  TODAY,
  withJudgmentServer,
} from '../utils/judgments.js';
import { GqlClient } from '../utils/test-server.js';

/*
 * Civil obligations on a conviction: an unsettled one blocks expungement, settling it brings the
 * eligibility date and the task back.
 */

const { db, clients, newPerson, recordConviction, person, tasks, auditRows, counts } = withJudgmentServer();

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
