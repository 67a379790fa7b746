import { describe, expect, it } from 'vitest';
import { mutateOk as ok } from '../utils/assertions.js';
import { fullTerm, RECEPTION, reception, RELEASE, START, withLifecycleServer } from '../utils/lifecycle.js';

/*
 * Coming home: the reception (return day, officer, report-in task) and the start of support, for
 * full-term releases and parolees. Stored outcome, audit row, refused inputs and INVALID_TRANSITION.
 */

const { officer, db, register, personAt, refused, auditRows, status } = withLifecycleServer({ holidays: true });

describe('recordReception', () => {
  it('receives the person, sets the return day, names the officer and completes the report-in task', async () => {
    const id = await personAt('AWAITING_REPORT');
    const saved = await ok(officer, RECEPTION, reception(id, '2024-03-05'));
    expect(saved).toMatchObject({
      receivedOn: '2024-03-05',
      meetingRecordNumber: '05/BB',
      pledgeSigned: true,
      informationSheetDone: true,
      needs: ['Việc làm', 'Giấy tờ tùy thân'],
    });
    const [officerRow] = await db.dataSource.query(`SELECT display_name FROM app_user WHERE email = $1`, [
      'congan.lamha@hoanhap.local',
    ]);
    expect(saved.officer).toEqual({ displayName: officerRow.display_name });
    const [row] = await db.dataSource.query(
      `SELECT r.status, to_char(r.returned_on, 'YYYY-MM-DD') AS returned_on, u.email
       FROM returnee r JOIN reception c ON c.returnee_id = r.id JOIN app_user u ON u.id = c.officer_id WHERE r.id = $1`,
      [id],
    );
    expect(row).toEqual({ status: 'RECEIVED', returned_on: '2024-03-05', email: 'congan.lamha@hoanhap.local' });
    const open = await db.dataSource.query(
      `SELECT 1 FROM task WHERE returnee_id = $1 AND kind = 'REPORT_IN_OVERDUE' AND completed_at IS NULL`,
      [id],
    );
    expect(open).toEqual([]);
    expect(await auditRows(id, 'recordReception')).toEqual([
      {
        action: 'recordReception',
        object_type: 'Reception',
        fields: [
          'receivedOn',
          'meetingRecordNumber',
          'pledgeSigned',
          'informationSheetDone',
          'needs',
          'officerId',
          'status',
          'returnedOn',
        ],
      },
    ]);
  });

  it('receives straight from the notice, and keeps a return day already on file', async () => {
    const id = await register('Hoàng Văn Về Sớm', '2024-03-02');
    await ok(officer, RECEPTION, reception(id, '2024-03-05'));
    const [row] = await db.dataSource.query(
      `SELECT status, to_char(returned_on, 'YYYY-MM-DD') AS returned_on FROM returnee WHERE id = $1`,
      [id],
    );
    expect(row).toEqual({ status: 'RECEIVED', returned_on: '2024-03-02' });
  });

  it('puts a parolee still on probation ON_PROBATION', async () => {
    const id = await register('Bùi Văn Thử Thách');
    await ok(officer, RELEASE, { ...fullTerm(id, '2026-11-01'), type: 'PAROLE', probationEndsOn: '2099-06-30' });
    await ok(officer, RECEPTION, reception(id, '2026-11-03'));
    expect(await status(id)).toBe('ON_PROBATION');
  });

  it.each([
    ['a reception in the future', { receivedOn: '2099-01-01' }, 'input.receivedOn', 'IN_FUTURE'],
    ['a reception before the release', { receivedOn: '2024-02-28' }, 'input.receivedOn', 'BEFORE_START'],
    ['more than 20 needs', { needs: Array.from({ length: 21 }, (_, i) => `Nhu cầu ${i}`) }, 'input.needs', 'TOO_MANY'],
  ])('refuses %s and writes nothing', async (_label, extra, field, reason) => {
    const id = await personAt('AWAITING_REPORT');
    await refused(officer, RECEPTION, { ...reception(id), ...extra }, id, { code: 'BAD_USER_INPUT', field, reason });
  });

  it('refuses a reception for a person already under support (INVALID_TRANSITION naming both states)', async () => {
    const id = await personAt('UNDER_SUPPORT');
    const res = await refused(officer, RECEPTION, reception(id), id, {
      code: 'INVALID_TRANSITION',
      from: 'UNDER_SUPPORT',
      to: 'RECEIVED',
    });
    expect(res.errors?.[0]?.message).toBe(
      'Không thể chuyển hồ sơ từ “Đang giúp đỡ” sang “Đã tiếp nhận”. / Cannot move the case from UNDER_SUPPORT to RECEIVED.',
    );
  });
});

describe('startSupport', () => {
  it('moves a received person under support', async () => {
    const id = await personAt('RECEIVED');
    expect(await ok(officer, START, { returneeId: id })).toMatchObject({ status: 'UNDER_SUPPORT' });
    expect(await auditRows(id, 'startSupport')).toEqual([
      { action: 'startSupport', object_type: 'Returnee', fields: ['status'] },
    ]);
  });

  it('moves a parolee under support once the probation has ended, not before', async () => {
    const ended = await register('Đặng Văn Hết Thử Thách');
    await ok(officer, RELEASE, { ...fullTerm(ended, '2024-01-10'), type: 'PAROLE', probationEndsOn: '2024-06-30' });
    await ok(officer, RECEPTION, reception(ended, '2024-01-12'));
    expect(await status(ended)).toBe('ON_PROBATION');
    expect(await ok(officer, START, { returneeId: ended })).toMatchObject({ status: 'UNDER_SUPPORT' });

    const still = await register('Ngô Văn Còn Thử Thách');
    await ok(officer, RELEASE, { ...fullTerm(still, '2026-11-01'), type: 'PAROLE', probationEndsOn: '2099-06-30' });
    await ok(officer, RECEPTION, reception(still, '2026-11-03'));
    await refused(officer, START, { returneeId: still }, still, {
      code: 'INVALID_TRANSITION',
      from: 'ON_PROBATION',
      to: 'UNDER_SUPPORT',
      reason: 'PROBATION_NOT_ENDED',
    });
  });

  it.each(['NOTIFIED', 'AWAITING_REPORT', 'UNDER_SUPPORT', 'CLOSED'] as const)(
    'refuses a person who is %s',
    async (stage) => {
      const id = await personAt(stage);
      await refused(officer, START, { returneeId: id }, id, {
        code: 'INVALID_TRANSITION',
        from: stage,
        to: 'UNDER_SUPPORT',
      });
    },
  );
});
