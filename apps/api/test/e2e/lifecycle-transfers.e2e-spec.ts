import { describe, expect, it } from 'vitest';
import { mutateOk as ok } from '../utils/assertions.js';
import { CLASSIFY, INCIDENT, START, withLifecycleServer } from '../utils/lifecycle.js';

/*
 * Handing a case over to another ward: the history stays with the person, scope and open
 * deadlines move with it.
 */

const { officer, db, signIn: signedIn, ids, personAt, refused, auditRows, casePerson: person } = withLifecycleServer();
const unitId = ids.unit;

const TRANSFER = `mutation ($input: TransferCaseInput!) { transferCase(input: $input) {
  id status unit { code } transfers { transferredOn reason fromUnit { code } toUnit { code } } } }`;

describe('transferCase', () => {
  it('hands the whole case to Văn Đẩu: history stays with the person, scope moves with it', async () => {
    const id = await personAt('UNDER_SUPPORT');
    await ok(officer, INCIDENT, { returneeId: id, kind: 'ADMINISTRATIVE_VIOLATION', occurredOn: '2024-05-10' });
    await ok(officer, CLASSIFY, { returneeId: id, group: 'A', periodStart: '2024-04-01', reasons: [] });
    const moved = await ok(officer, TRANSFER, {
      returneeId: id,
      toUnitCode: 'van-dau',
      transferredOn: '2024-06-01',
      reason: 'Chuyển về ở cùng gia đình',
    });
    expect(moved).toMatchObject({
      status: 'UNDER_SUPPORT',
      unit: { code: 'van-dau' },
      transfers: [
        {
          transferredOn: '2024-06-01',
          reason: 'Chuyển về ở cùng gia đình',
          fromUnit: { code: 'lam-ha' },
          toUnit: { code: 'van-dau' },
        },
      ],
    });
    expect(await auditRows(id, 'transferCase')).toEqual([
      {
        action: 'transferCase',
        object_type: 'CaseTransfer',
        fields: ['toUnitCode', 'transferredOn', 'reason', 'unitId', 'helpers', 'tasks'],
      },
    ]);

    // The sender no longer sees the person; the receiving officer sees everything.
    expect(await person(officer, id)).toBeNull();
    const again = await officer.request(START, { input: { returneeId: id } });
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const vanDau = await signedIn('congan.vandau@hoanhap.local');
    expect(await person(vanDau, id)).toMatchObject({
      unit: { code: 'van-dau' },
      incidents: [{ kind: 'ADMINISTRATIVE_VIOLATION' }],
      classifications: [{ group: 'A' }],
      receptions: [{ receivedOn: '2024-03-05' }],
      releases: [{ releasedOn: '2024-03-01' }],
      transfers: [{ fromUnit: { code: 'lam-ha' }, toUnit: { code: 'van-dau' } }],
    });
    // The receiving officer can work on the case from now on.
    await ok(vanDau, INCIDENT, { returneeId: id, kind: 'DETAINED', occurredOn: '2024-07-01' });
  });

  it('moves the person’s open deadlines to the receiving unit', async () => {
    const id = await personAt('AWAITING_REPORT');
    await ok(officer, TRANSFER, { returneeId: id, toUnitCode: 'van-dau', transferredOn: '2024-03-04' });
    const tasks = await db.dataSource.query(
      'SELECT unit_id FROM task WHERE returnee_id = $1 AND completed_at IS NULL',
      [id],
    );
    expect(tasks).toEqual([{ unit_id: await unitId('van-dau') }]);
  });

  it.each([
    ['a district', { toUnitCode: 'kien-an' }, 'input.toUnitCode', 'NOT_A_WARD'],
    ['the person’s own ward', { toUnitCode: 'lam-ha' }, 'input.toUnitCode', 'SAME_UNIT'],
    [
      'a ward merged away before the day',
      { toUnitCode: 'van-dau', transferredOn: '2025-07-01' },
      'input.toUnitCode',
      'UNIT_NOT_CURRENT',
    ],
    ['a ward not yet formed on the day', { toUnitCode: 'phu-lien' }, 'input.toUnitCode', 'UNIT_NOT_CURRENT'],
    ['a blank unit code', { toUnitCode: ' ' }, 'input.toUnitCode', 'REQUIRED'],
    ['a hand-over in the future', { transferredOn: '2099-01-01' }, 'input.transferredOn', 'IN_FUTURE'],
    ['a hand-over before the person returned', { transferredOn: '2024-03-01' }, 'input.transferredOn', 'BEFORE_START'],
  ])('refuses %s and writes nothing', async (_label, extra, field, reason) => {
    const id = await personAt('UNDER_SUPPORT');
    const input = { returneeId: id, toUnitCode: 'van-dau', transferredOn: '2024-06-01', ...extra };
    await refused(officer, TRANSFER, input, id, { code: 'BAD_USER_INPUT', field, reason });
  });

  it('answers NOT_FOUND for an unknown unit code', async () => {
    const id = await personAt('UNDER_SUPPORT');
    await refused(officer, TRANSFER, { returneeId: id, toUnitCode: 'khong-ton-tai', transferredOn: '2024-06-01' }, id, {
      code: 'NOT_FOUND',
    });
  });

  it('refuses a closed case, another ward’s officer and other roles', async () => {
    const input = (returneeId: string) => ({ returneeId, toUnitCode: 'van-dau', transferredOn: '2024-06-01' });
    const closed = await personAt('CLOSED');
    await refused(officer, TRANSFER, input(closed), closed, { code: 'CONFLICT', reason: 'CASE_CLOSED' });
    const id = await personAt('UNDER_SUPPORT');
    await refused(await signedIn('congan.vandau@hoanhap.local'), TRANSFER, input(id), id, { code: 'NOT_FOUND' });
    for (const email of ['phunu.lamha@hoanhap.local', 'ubnd.lamha@hoanhap.local', 'admin@hoanhap.local']) {
      await refused(await signedIn(email), TRANSFER, input(id), id, { code: 'FORBIDDEN' });
    }
  });
});
