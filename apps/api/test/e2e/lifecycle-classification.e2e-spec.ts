import { describe, expect, it } from 'vitest';
import { mutateOk as ok } from '../utils/assertions.js';
import { CLASSIFY, withLifecycleServer } from '../utils/lifecycle.js';

/*
 * The A–D classification of an open case, with its history: periods follow each other without
 * overlapping, and only the person's officer classifies.
 */

const { officer, db, signIn: signedIn, personAt, refused, auditRows, casePerson: person } = withLifecycleServer();

describe('classifyReturnee', () => {
  it('keeps the history: a new period ends the open-ended previous one the day before', async () => {
    const id = await personAt('UNDER_SUPPORT');
    const a = await ok(officer, CLASSIFY, { returneeId: id, group: 'A', periodStart: '2024-04-01', reasons: [] });
    expect(a).toMatchObject({ group: 'A', periodStart: '2024-04-01', periodEnd: null, reasons: [] });
    await ok(officer, CLASSIFY, {
      returneeId: id,
      group: 'B',
      periodStart: '2024-10-01',
      reasons: [' Chưa có việc làm ổn định ', ''],
    });
    expect(await person(officer, id)).toMatchObject({
      classifications: [
        { group: 'A', periodStart: '2024-04-01', periodEnd: '2024-09-30', reasons: [] },
        { group: 'B', periodStart: '2024-10-01', periodEnd: null, reasons: ['Chưa có việc làm ổn định'] },
      ],
      currentClassification: { group: 'B', periodStart: '2024-10-01' },
    });
    const [assessor] = await db.dataSource.query(
      `SELECT DISTINCT u.email FROM classification c JOIN app_user u ON u.id = c.assessor_id WHERE c.returnee_id = $1`,
      [id],
    );
    expect(assessor.email).toBe('congan.lamha@hoanhap.local');
    expect(await auditRows(id, 'classifyReturnee')).toEqual([
      {
        action: 'classifyReturnee',
        object_type: 'Classification',
        fields: ['group', 'periodStart', 'reasons', 'assessorId'],
      },
      {
        action: 'classifyReturnee',
        object_type: 'Classification',
        fields: ['group', 'periodStart', 'reasons', 'assessorId', 'previousPeriodEnd'],
      },
    ]);
  });

  it('has no current classification when no period covers today', async () => {
    const id = await personAt('UNDER_SUPPORT');
    await ok(officer, CLASSIFY, {
      returneeId: id,
      group: 'C',
      periodStart: '2024-04-01',
      periodEnd: '2024-09-30',
      reasons: ['Ít hợp tác'],
    });
    expect(await person(officer, id)).toMatchObject({ currentClassification: null });
  });

  it.each([
    ['a period ending before it starts', { periodEnd: '2024-03-31' }, 'input.periodEnd', 'BEFORE_START'],
    ['group B without a reason', { group: 'B', reasons: [] }, 'input.reasons', 'REQUIRED'],
    ['group D with only blank reasons', { group: 'D', reasons: ['  '] }, 'input.reasons', 'REQUIRED'],
    [
      'a period starting in the future',
      { periodStart: '2099-01-01', periodEnd: null },
      'input.periodStart',
      'IN_FUTURE',
    ],
    ['a period before the person returned', { periodStart: '2024-03-01' }, 'input.periodStart', 'BEFORE_START'],
    [
      'more than 20 reasons',
      { reasons: Array.from({ length: 21 }, (_, i) => `Lý do ${i}`) },
      'input.reasons',
      'TOO_MANY',
    ],
  ])('refuses %s and writes nothing', async (_label, extra, field, reason) => {
    const id = await personAt('UNDER_SUPPORT');
    const input = {
      returneeId: id,
      group: 'A',
      periodStart: '2024-04-01',
      periodEnd: '2024-09-30',
      reasons: [],
      ...extra,
    };
    await refused(officer, CLASSIFY, input, id, { code: 'BAD_USER_INPUT', field, reason });
  });

  it('refuses a period overlapping a closed one or starting with the open one', async () => {
    const id = await personAt('UNDER_SUPPORT');
    await ok(officer, CLASSIFY, {
      returneeId: id,
      group: 'A',
      periodStart: '2024-04-01',
      periodEnd: '2024-06-30',
      reasons: [],
    });
    await ok(officer, CLASSIFY, { returneeId: id, group: 'A', periodStart: '2024-07-01', reasons: [] });
    const overlap = { code: 'BAD_USER_INPUT', field: 'input.periodStart', reason: 'OVERLAPS' };
    const classify = (periodStart: string) => ({ returneeId: id, group: 'A', periodStart, reasons: [] });
    await refused(officer, CLASSIFY, classify('2024-06-15'), id, overlap);
    await refused(officer, CLASSIFY, classify('2024-07-01'), id, overlap);
  });

  it('refuses a closed case, another ward’s officer and other roles', async () => {
    const closed = await personAt('CLOSED');
    const input = (returneeId: string) => ({ returneeId, group: 'A', periodStart: '2024-04-01', reasons: [] });
    await refused(officer, CLASSIFY, input(closed), closed, { code: 'CONFLICT', reason: 'CASE_CLOSED' });
    const id = await personAt('UNDER_SUPPORT');
    await refused(await signedIn('congan.vandau@hoanhap.local'), CLASSIFY, input(id), id, { code: 'NOT_FOUND' });
    await refused(await signedIn('ubnd.lamha@hoanhap.local'), CLASSIFY, input(id), id, { code: 'FORBIDDEN' });
  });
});
