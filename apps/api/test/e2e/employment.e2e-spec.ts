import { addDays } from '@hoanhap/shared';
import { describe, expect, it } from 'vitest';
import { expectRefused } from '../utils/assertions.js';
import { UNKNOWN_ID } from '../utils/casework.js';
import { END, type Period, TODAY, withEmploymentServer } from '../utils/employment.js';

/* Recording and ending employment periods: stored, audited, never overlapping, and who may. */

const { db, clients, newPerson, record, recorded, counts, assignHelper } = withEmploymentServer();

describe('recordEmploymentPeriod', () => {
  it('stores the period, audits the field names, and lists it first among the person’s periods', async () => {
    const id = await newPerson();
    await recorded(id, { status: 'UNEMPLOYED', startedOn: '2023-12-27', endedOn: '2024-01-31' });
    const res = await record(id, {
      status: 'STABLE',
      employerName: '  Xưởng may Lãm Hà  ',
      startedOn: '2024-02-01',
      verifiedOn: '2024-03-15',
    });
    expect(res.errors).toBeUndefined();
    const period = res.data?.recordEmploymentPeriod;
    expect(period).toMatchObject({
      status: 'STABLE',
      employerName: 'Xưởng may Lãm Hà',
      startedOn: '2024-02-01',
      endedOn: null,
      endReason: null,
      verifiedOn: '2024-03-15',
      version: 1,
    });
    const [stored] = await db.dataSource.query(
      `SELECT returnee_id AS "returneeId", status, started_on::text AS "startedOn", ended_on AS "endedOn"
       FROM employment_period WHERE id = $1`,
      [period?.id],
    );
    expect(stored).toEqual({ returneeId: id, status: 'STABLE', startedOn: '2024-02-01', endedOn: null });
    const audit = await db.dataSource.query(
      'SELECT action, fields, returnee_id AS "returneeId" FROM audit_event WHERE object_id = $1',
      [period?.id],
    );
    expect(audit).toEqual([
      {
        action: 'recordEmploymentPeriod',
        returneeId: id,
        fields: ['status', 'employerName', 'startedOn', 'verifiedOn'],
      },
    ]);

    const view = await clients.officer.request<{
      returnee: { employmentPeriods: Array<{ status: string; startedOn: string }>; currentEmployment: { id: string } };
    }>('query ($id: ID!) { returnee(id: $id) { employmentPeriods { status startedOn } currentEmployment { id } } }', {
      id,
    });
    expect(view.data?.returnee.employmentPeriods).toEqual([
      { status: 'STABLE', startedOn: '2024-02-01' },
      { status: 'UNEMPLOYED', startedOn: '2023-12-27' },
    ]);
    expect(view.data?.returnee.currentEmployment.id).toBe(period?.id);
  });

  it('accepts a period starting the day after another ends, and one filling a gap exactly', async () => {
    const id = await newPerson();
    await recorded(id, { startedOn: '2024-01-01', endedOn: '2024-03-31' });
    await recorded(id, { startedOn: '2024-05-01', endedOn: '2024-06-30' });
    expect((await record(id, { startedOn: '2024-04-01', endedOn: '2024-04-30' })).errors).toBeUndefined();
    expect((await record(id, { startedOn: '2024-07-01' })).errors).toBeUndefined();
  });

  it.each([
    ['starting on the last day of another', { startedOn: '2024-03-31', endedOn: '2024-04-30' }],
    ['ending on the first day of another', { startedOn: '2023-12-01', endedOn: '2024-01-01' }],
    ['open-ended before another', { startedOn: '2023-12-01', endedOn: null }],
    ['inside another', { startedOn: '2024-02-01', endedOn: '2024-02-02' }],
  ])('refuses a period %s with OVERLAP naming that period’s dates', async (_label, fields) => {
    const id = await newPerson();
    await recorded(id, { startedOn: '2024-01-01', endedOn: '2024-03-31' });
    const before = await counts();
    const res = await record(id, fields);
    expectRefused(res, 'BAD_USER_INPUT', 'input.startedOn', 'OVERLAP');
    expect(res.errors?.[0]?.message).toContain('01/01/2024');
    expect(res.errors?.[0]?.message).toContain('31/03/2024');
    expect(await counts()).toEqual(before);
  });

  it('refuses any later period while an open one goes on, saying it is still open', async () => {
    const id = await newPerson();
    await recorded(id, { startedOn: '2024-01-01' });
    const res = await record(id, { startedOn: '2024-09-01', endedOn: '2024-09-30' });
    expectRefused(res, 'BAD_USER_INPUT', 'input.startedOn', 'OVERLAP');
    expect(res.errors?.[0]?.message).toBe(
      'Trùng với giai đoạn việc làm từ 01/01/2024 đến nay. / Overlaps the employment period from 01/01/2024, still open.',
    );
  });

  it('lets only one of two concurrent overlapping inserts through', async () => {
    const id = await newPerson();
    const before = await counts();
    const results = await Promise.all([
      record(id, { startedOn: '2024-01-01', endedOn: '2024-06-30' }),
      record(id, { startedOn: '2024-03-01', endedOn: '2024-09-30' }),
      record(id, { startedOn: '2024-06-30' }),
    ]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    for (const r of results.filter((x) => x.errors)) expectRefused(r, 'BAD_USER_INPUT', 'input.startedOn', 'OVERLAP');
    expect((await counts()).periods).toBe((before.periods ?? 0) + 1);
  });

  it.each([
    ['an end before the start', { endedOn: '2023-12-31' }, 'input.endedOn', 'BEFORE_START'],
    ['a start tomorrow', { startedOn: addDays(TODAY, 1) }, 'input.startedOn', 'IN_FUTURE'],
    ['an end tomorrow', { endedOn: addDays(TODAY, 1) }, 'input.endedOn', 'IN_FUTURE'],
    ['a verification tomorrow', { verifiedOn: addDays(TODAY, 1) }, 'input.verifiedOn', 'IN_FUTURE'],
    ['a verification before the start', { verifiedOn: '2023-12-31' }, 'input.verifiedOn', 'BEFORE_START'],
    ['an employer name over 200 characters', { employerName: 'x'.repeat(201) }, 'input.employerName', 'TOO_LONG'],
  ])('refuses %s and writes nothing', async (_label, fields, field, reason) => {
    const id = await newPerson();
    const before = await counts();
    expectRefused(await record(id, fields), 'BAD_USER_INPUT', field, reason);
    expect(await counts()).toEqual(before);
  });

  it('answers NOT_FOUND for unknown people and other wards, FORBIDDEN to helpers, the committee and viewers', async () => {
    const id = await newPerson();
    await assignHelper(id);
    const before = await counts();
    expectRefused(await record(UNKNOWN_ID, {}), 'NOT_FOUND');
    expectRefused(await record('not-a-uuid', {}), 'NOT_FOUND');
    expectRefused(await record(id, {}, clients.vandau), 'NOT_FOUND');
    for (const role of ['helper', 'committee', 'viewer', 'admin'] as const) {
      expectRefused(await record(id, {}, clients[role]), 'FORBIDDEN');
    }
    expect(await counts()).toEqual(before);
  });
});

describe('endEmploymentPeriod', () => {
  it('ends the open period, bumps its version and audits it', async () => {
    const id = await newPerson();
    const open = await recorded(id, { startedOn: '2024-01-01' });
    const res = await clients.officer.request<{ endEmploymentPeriod: Period }>(END, {
      input: { employmentPeriodId: open.id, endedOn: '2024-01-01', endReason: 'Hết hợp đồng', version: open.version },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.endEmploymentPeriod).toMatchObject({
      id: open.id,
      endedOn: '2024-01-01',
      endReason: 'Hết hợp đồng',
      version: open.version + 1,
    });
    const [stored] = await db.dataSource.query(
      'SELECT ended_on::text AS "endedOn", end_reason AS "endReason", version FROM employment_period WHERE id = $1',
      [open.id],
    );
    expect(stored).toEqual({ endedOn: '2024-01-01', endReason: 'Hết hợp đồng', version: 2 });
    const audit = await db.dataSource.query(
      `SELECT action, fields FROM audit_event WHERE object_id = $1 AND action = 'endEmploymentPeriod'`,
      [open.id],
    );
    expect(audit).toEqual([{ action: 'endEmploymentPeriod', fields: ['endedOn', 'endReason'] }]);
    // The next period can now start the day after.
    expect((await record(id, { status: 'STABLE', startedOn: '2024-01-02' })).errors).toBeUndefined();
  });

  it('refuses a stale version, a closed period, bad dates, unknown ids, other wards and other roles', async () => {
    const id = await newPerson();
    await assignHelper(id);
    const closed = await recorded(id, { startedOn: '2023-12-20', endedOn: '2023-12-31' });
    const open = await recorded(id, { startedOn: '2024-01-01' });
    const before = await counts();
    const end = (overrides: Record<string, unknown>, client = clients.officer) =>
      client.request(END, {
        input: { employmentPeriodId: open.id, endedOn: '2024-06-30', version: open.version, ...overrides },
      });
    const stale = await end({ version: open.version + 1 });
    expectRefused(stale, 'CONFLICT');
    expect(stale.errors?.[0]?.extensions?.currentVersion).toBe(open.version);
    expectRefused(
      await end({ employmentPeriodId: closed.id, version: closed.version }),
      'BAD_USER_INPUT',
      'input.employmentPeriodId',
      'ALREADY_ENDED',
    );
    expectRefused(await end({ endedOn: '2023-12-31' }), 'BAD_USER_INPUT', 'input.endedOn', 'BEFORE_START');
    expectRefused(await end({ endedOn: addDays(TODAY, 1) }), 'BAD_USER_INPUT', 'input.endedOn', 'IN_FUTURE');
    expectRefused(await end({ endReason: 'x'.repeat(501) }), 'BAD_USER_INPUT', 'input.endReason', 'TOO_LONG');
    expectRefused(await end({ employmentPeriodId: UNKNOWN_ID }), 'NOT_FOUND');
    expectRefused(await end({ employmentPeriodId: '42' }), 'NOT_FOUND');
    expectRefused(await end({}, clients.vandau), 'NOT_FOUND');
    for (const role of ['helper', 'committee', 'viewer', 'admin'] as const) {
      expectRefused(await end({}, clients[role]), 'FORBIDDEN');
    }
    expect(await counts()).toEqual(before);
  });
});
