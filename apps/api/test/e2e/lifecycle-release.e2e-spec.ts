import { describe, expect, it } from 'vitest';
import { mutateOk as ok } from '../utils/assertions.js';
import { fullTerm, NOTICE, RELEASE, VERIFY, withLifecycleServer } from '../utils/lifecycle.js';
import { errorCode } from '../utils/test-server.js';

/*
 * Before a person comes home: the prison's notice (its working-day verification deadline), the
 * address check, and the release with its report-in deadline. Each step's stored outcome and audit
 * row, its refused inputs (nothing written), INVALID_TRANSITION, and scope.
 */

const {
  officer,
  db,
  register,
  personAt,
  refused,
  auditRows,
  status,
  signIn: signedIn,
} = withLifecycleServer({ holidays: true });

describe('recordReleaseNotice', () => {
  const notice = (returneeId: string, extra: Record<string, unknown> = {}) => ({
    returneeId,
    receivedOn: '2024-04-26',
    prison: 'Trại giam Hoàng Tiến',
    expectedReleaseOn: '2024-05-15',
    statedAddress: 'Tổ dân phố 7, phường Lãm Hà',
    ...extra,
  });

  it('sets the verification deadline 3 working days on, skipping the 30/4 holidays and counting the swapped Saturday', async () => {
    const id = await register('Trần Thị Thông Báo');
    const saved = await ok(officer, NOTICE, notice(id));
    // Friday 26/4; Mon 29/4, Tue 30/4 and Wed 1/5 off; Thu 2/5, Fri 3/5, and Saturday 4/5 worked.
    expect(saved).toMatchObject({ receivedOn: '2024-04-26', verificationDueOn: '2024-05-04', verifiedOn: null });
    const tasks = await db.dataSource.query(
      `SELECT kind, title, to_char(due_on, 'YYYY-MM-DD') AS due_on, rule_key, unit_id, completed_at
       FROM task WHERE returnee_id = $1`,
      [id],
    );
    const [unit] = await db.dataSource.query('SELECT unit_id FROM returnee WHERE id = $1', [id]);
    expect(tasks).toEqual([
      {
        kind: 'ADDRESS_VERIFICATION',
        title: expect.stringContaining('Xác minh nơi cư trú'),
        due_on: '2024-05-04',
        rule_key: `address-verification:${saved.id}`,
        unit_id: unit.unit_id,
        completed_at: null,
      },
    ]);
    expect(await auditRows(id, 'recordReleaseNotice')).toEqual([
      {
        action: 'recordReleaseNotice',
        object_type: 'ReleaseNotice',
        fields: ['receivedOn', 'prison', 'expectedReleaseOn', 'statedAddress', 'verificationDueOn'],
      },
    ]);
    expect(await status(id)).toBe('NOTIFIED');
  });

  it('reads the next year’s calendar when the deadline crosses New Year', async () => {
    const id = await register('Lê Văn Năm Mới');
    const saved = await ok(officer, NOTICE, notice(id, { receivedOn: '2024-12-31', expectedReleaseOn: null }));
    // Tue 31/12; Wed 1/1 off; Thu 2/1, Fri 3/1, Mon 6/1.
    expect(saved.verificationDueOn).toBe('2025-01-06');
  });

  it.each([
    ['a receipt date in the future', { receivedOn: '2099-01-02' }, 'input.receivedOn', 'IN_FUTURE'],
    [
      'an expected release before the notice',
      { expectedReleaseOn: '2024-04-01' },
      'input.expectedReleaseOn',
      'BEFORE_START',
    ],
    ['a blank prison', { prison: '   ' }, 'input.prison', 'REQUIRED'],
    ['a blank address', { statedAddress: '' }, 'input.statedAddress', 'REQUIRED'],
    ['an address over 500 characters', { statedAddress: 'x'.repeat(501) }, 'input.statedAddress', 'TOO_LONG'],
  ])('refuses %s and writes nothing', async (_label, extra, field, reason) => {
    const id = await register('Người nhập sai');
    await refused(officer, NOTICE, notice(id, extra), id, { code: 'BAD_USER_INPUT', field, reason });
  });

  it('is refused with INVALID_TRANSITION once the person has been released', async () => {
    const id = await personAt('AWAITING_REPORT');
    const res = await refused(officer, NOTICE, notice(id), id, {
      code: 'INVALID_TRANSITION',
      from: 'AWAITING_REPORT',
      to: 'NOTIFIED',
    });
    expect(res.errors?.[0]?.message).toContain('Chờ trình diện');
    expect(res.errors?.[0]?.message).toContain('AWAITING_REPORT');
  });
});

describe('verifyReleaseAddress', () => {
  async function withNotice() {
    const id = await register('Phạm Văn Xác Minh');
    const notice = await ok(officer, NOTICE, {
      returneeId: id,
      receivedOn: '2024-04-26',
      prison: 'Trại giam Ninh Khánh',
      statedAddress: 'Tổ dân phố 2',
    });
    return { id, noticeId: String(notice.id) };
  }

  it('stores the result and completes the verification task', async () => {
    const { id, noticeId } = await withNotice();
    const saved = await ok(officer, VERIFY, {
      releaseNoticeId: noticeId,
      verifiedOn: '2024-05-02',
      result: 'WRONG_ADDRESS',
    });
    expect(saved).toEqual({ id: noticeId, verifiedOn: '2024-05-02', verificationResult: 'WRONG_ADDRESS' });
    const [task] = await db.dataSource.query(
      'SELECT completed_at IS NOT NULL AS done, completed_by_id IS NOT NULL AS by FROM task WHERE rule_key = $1',
      [`address-verification:${noticeId}`],
    );
    expect(task).toEqual({ done: true, by: true });
    expect(await auditRows(id, 'verifyReleaseAddress')).toEqual([
      { action: 'verifyReleaseAddress', object_type: 'ReleaseNotice', fields: ['verifiedOn', 'verificationResult'] },
    ]);
  });

  it('refuses a verification before the notice, in the future, or a second time', async () => {
    const { id, noticeId } = await withNotice();
    const input = (verifiedOn: string) => ({ releaseNoticeId: noticeId, verifiedOn, result: 'CONFIRMED' });
    await refused(officer, VERIFY, input('2024-04-25'), id, {
      code: 'BAD_USER_INPUT',
      field: 'input.verifiedOn',
      reason: 'BEFORE_START',
    });
    await refused(officer, VERIFY, input('2099-01-01'), id, {
      code: 'BAD_USER_INPUT',
      field: 'input.verifiedOn',
      reason: 'IN_FUTURE',
    });
    await ok(officer, VERIFY, input('2024-04-29'));
    await refused(officer, VERIFY, input('2024-04-30'), id, { code: 'CONFLICT', reason: 'ALREADY_VERIFIED' });
  });

  it('answers NOT_FOUND for an unknown notice and for another ward’s notice', async () => {
    const { id, noticeId } = await withNotice();
    const unknown = await officer.request(VERIFY, {
      input: { releaseNoticeId: '00000000-0000-0000-0000-000000000000', verifiedOn: '2024-05-02', result: 'CONFIRMED' },
    });
    expect(errorCode(unknown)).toBe('NOT_FOUND');
    const vanDau = await signedIn('congan.vandau@hoanhap.local');
    await refused(vanDau, VERIFY, { releaseNoticeId: noticeId, verifiedOn: '2024-05-02', result: 'CONFIRMED' }, id, {
      code: 'NOT_FOUND',
    });
  });
});

describe('recordRelease', () => {
  it('moves NOTIFIED to AWAITING_REPORT with a report-in task due after the unit’s reportInDays', async () => {
    const id = await register('Đỗ Văn Ra Trại');
    const saved = await ok(officer, RELEASE, fullTerm(id, '2024-03-01'));
    expect(saved).toMatchObject({ type: 'FULL_TERM', releasedOn: '2024-03-01', probationEndsOn: null });
    expect(await status(id)).toBe('AWAITING_REPORT');
    const tasks = await db.dataSource.query(
      `SELECT kind, to_char(due_on, 'YYYY-MM-DD') AS due_on, rule_key FROM task WHERE returnee_id = $1`,
      [id],
    );
    // Lãm Hà keeps the default of 10 days.
    expect(tasks).toEqual([{ kind: 'REPORT_IN_OVERDUE', due_on: '2024-03-11', rule_key: `report-in:${saved.id}` }]);
    expect(await auditRows(id, 'recordRelease')).toEqual([
      {
        action: 'recordRelease',
        object_type: 'Release',
        fields: ['type', 'certificateNumber', 'releasedOn', 'prison', 'status'],
      },
    ]);
  });

  it('gives a parolee 5 days to report in', async () => {
    const id = await register('Vũ Văn Tha Tù');
    await ok(officer, RELEASE, { ...fullTerm(id, '2024-03-01'), type: 'PAROLE', probationEndsOn: '2024-09-30' });
    const [task] = await db.dataSource.query(
      `SELECT to_char(due_on, 'YYYY-MM-DD') AS due_on FROM task WHERE returnee_id = $1`,
      [id],
    );
    expect(task.due_on).toBe('2024-03-06');
  });

  it.each([
    ['parole without the end of probation', { type: 'PAROLE' }, 'input.probationEndsOn', 'REQUIRED'],
    [
      'parole whose probation ends on the release day',
      { type: 'PAROLE', probationEndsOn: '2024-03-01' },
      'input.probationEndsOn',
      'BEFORE_START',
    ],
    [
      'a full-term release with a probation end',
      { probationEndsOn: '2024-09-30' },
      'input.probationEndsOn',
      'NOT_ALLOWED',
    ],
    ['a release in the future', { releasedOn: '2099-03-01' }, 'input.releasedOn', 'IN_FUTURE'],
    ['a blank prison', { prison: ' ' }, 'input.prison', 'REQUIRED'],
  ])('refuses %s and writes nothing', async (_label, extra, field, reason) => {
    const id = await register('Người nhập sai giấy ra trại');
    await refused(officer, RELEASE, { ...fullTerm(id), ...extra }, id, { code: 'BAD_USER_INPUT', field, reason });
  });

  it('refuses a second release while awaiting the report-in (INVALID_TRANSITION)', async () => {
    const id = await personAt('AWAITING_REPORT');
    await refused(officer, RELEASE, fullTerm(id), id, {
      code: 'INVALID_TRANSITION',
      from: 'AWAITING_REPORT',
      to: 'AWAITING_REPORT',
    });
  });
});
