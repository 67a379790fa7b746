import { describe, expect, it } from 'vitest';
import { mutateOk } from '../utils/assertions.js';
import { withDemoServer } from '../utils/demo-server.js';
import { errorCode, GqlClient, type GqlResponse } from '../utils/test-server.js';

/*
 * The case lifecycle from the prison's notice to closure and reopening: each mutation's stored
 * outcome and audit row, its refused inputs (nothing written), INVALID_TRANSITION, and scope.
 */

const demo = withDemoServer({
  async seed({ db }) {
    // The 2024 calendar around 30/4 (Monday 29/4 off, Saturday 4/5 worked) and New Year 2025.
    await db.dataSource.query(
      `INSERT INTO holiday (day, kind, name) VALUES
         ('2024-04-29', 'DAY_OFF', 'Nghỉ hoán đổi'), ('2024-04-30', 'DAY_OFF', 'Ngày Giải phóng miền Nam'),
         ('2024-05-01', 'DAY_OFF', 'Ngày Quốc tế Lao động'), ('2024-05-04', 'WORKING_DAY', 'Làm bù'),
         ('2025-01-01', 'DAY_OFF', 'Tết Dương lịch')
       ON CONFLICT (day) DO UPDATE SET kind = EXCLUDED.kind`,
    );
  },
});
const { db, server, client } = demo;
const signedIn = demo.signIn;
const officer = client('officer');

const REGISTER = 'mutation ($input: RegisterReturneeInput!) { registerReturnee(input: $input) { id status } }';
const NOTICE = `mutation ($input: RecordReleaseNoticeInput!) { recordReleaseNotice(input: $input) {
  id receivedOn prison expectedReleaseOn statedAddress verificationDueOn verifiedOn verificationResult } }`;
const VERIFY = `mutation ($input: VerifyReleaseAddressInput!) { verifyReleaseAddress(input: $input) {
  id verifiedOn verificationResult } }`;
const RELEASE = `mutation ($input: RecordReleaseInput!) { recordRelease(input: $input) {
  id type certificateNumber releasedOn prison probationEndsOn } }`;
const RECEPTION = `mutation ($input: RecordReceptionInput!) { recordReception(input: $input) {
  id receivedOn meetingRecordNumber pledgeSigned informationSheetDone needs officer { displayName } } }`;
const START = 'mutation ($input: StartSupportInput!) { startSupport(input: $input) { id status allowedTransitions } }';
const CLOSE = `mutation ($input: CloseCaseInput!) { closeCase(input: $input) {
  id reason closedOn proofNumber proofDate note reopenedOn } }`;
const REOPEN = 'mutation ($input: ReopenCaseInput!) { reopenCase(input: $input) { id status allowedTransitions } }';
const INCIDENT = 'mutation ($input: RecordIncidentInput!) { recordIncident(input: $input) { id kind occurredOn } }';
const PERSON = `query ($id: ID!) { returnee(id: $id) {
  id status returnedOn allowedTransitions
  releaseNotices { id verificationDueOn verifiedOn verificationResult }
  releases { type releasedOn probationEndsOn }
  receptions { receivedOn pledgeSigned needs }
  closures { reason closedOn proofNumber proofDate reopenedOn reopenReason } } }`;

/** The mutation's data, failing the test with the errors when there are some. */
const ok = mutateOk;

async function register(fullName: string, returnedOn: string | null = null): Promise<string> {
  const person = await ok(officer, REGISTER, { fullName, returnedOn });
  return String(person.id);
}

/** Everything the lifecycle writes about a person, to prove a refused call wrote nothing. */
async function snapshot(id: string): Promise<Record<string, unknown>> {
  const [row] = await db.dataSource.query(
    `SELECT r.status, r.version, r.unit_id, to_char(r.returned_on, 'YYYY-MM-DD') AS returned_on,
       (SELECT count(*)::int FROM release_notice WHERE returnee_id = r.id) AS notices,
       (SELECT count(*)::int FROM release_notice WHERE returnee_id = r.id AND verified_on IS NOT NULL) AS verified,
       (SELECT count(*)::int FROM release WHERE returnee_id = r.id) AS releases,
       (SELECT count(*)::int FROM reception WHERE returnee_id = r.id) AS receptions,
       (SELECT count(*)::int FROM case_closure WHERE returnee_id = r.id) AS closures,
       (SELECT count(*)::int FROM case_closure WHERE returnee_id = r.id AND reopened_on IS NOT NULL) AS reopened,
       (SELECT count(*)::int FROM incident WHERE returnee_id = r.id) AS incidents,
       (SELECT count(*)::int FROM task WHERE returnee_id = r.id) AS tasks,
       (SELECT count(*)::int FROM task WHERE returnee_id = r.id AND completed_at IS NULL) AS open_tasks,
       (SELECT count(*)::int FROM audit_event WHERE returnee_id = r.id) AS audits
     FROM returnee r WHERE r.id = $1`,
    [id],
  );
  return row;
}

/** Calls the mutation, expects the error, and checks that nothing about the person changed. */
async function refused(
  client: GqlClient,
  query: string,
  input: Record<string, unknown>,
  returneeId: string,
  expected: Record<string, unknown>,
): Promise<GqlResponse> {
  const before = await snapshot(returneeId);
  const res = await client.request(query, { input });
  expect(res.errors?.[0]?.extensions).toMatchObject(expected);
  expect(res.data?.[Object.keys(res.data ?? {})[0] ?? ''] ?? null).toBeNull();
  expect(await snapshot(returneeId)).toEqual(before);
  return res;
}

async function auditRows(returneeId: string, action: string) {
  return db.dataSource.query<Array<{ action: string; fields: string[]; object_type: string }>>(
    'SELECT action, fields, object_type FROM audit_event WHERE returnee_id = $1 AND action = $2 ORDER BY id',
    [returneeId, action],
  );
}

async function status(id: string): Promise<string> {
  const [row] = await db.dataSource.query('SELECT status FROM returnee WHERE id = $1', [id]);
  return row.status;
}

const fullTerm = (returneeId: string, releasedOn = '2024-03-01') => ({
  returneeId,
  type: 'FULL_TERM',
  certificateNumber: '12/GCN-TG',
  releasedOn,
  prison: 'Trại giam Xuân Nguyên',
});
const reception = (returneeId: string, receivedOn = '2024-03-05') => ({
  returneeId,
  receivedOn,
  meetingRecordNumber: '05/BB',
  pledgeSigned: true,
  informationSheetDone: true,
  needs: ['Việc làm', ' Giấy tờ tùy thân ', ''],
});

/** A person moved through the lifecycle by the officer up to `stage`. */
async function personAt(stage: 'NOTIFIED' | 'AWAITING_REPORT' | 'RECEIVED' | 'UNDER_SUPPORT' | 'CLOSED') {
  const id = await register(`Người thử nghiệm ${stage} ${Math.random().toString(36).slice(2, 8)}`);
  if (stage === 'NOTIFIED') return id;
  await ok(officer, RELEASE, fullTerm(id));
  if (stage === 'AWAITING_REPORT') return id;
  await ok(officer, RECEPTION, reception(id));
  if (stage === 'RECEIVED') return id;
  await ok(officer, START, { returneeId: id });
  if (stage === 'UNDER_SUPPORT') return id;
  await ok(officer, CLOSE, { returneeId: id, reason: 'DECEASED', closedOn: '2024-06-01' });
  return id;
}

describe('the whole lifecycle', () => {
  it('takes a person from the prison notice to an expunged closure and back into support', async () => {
    const id = await register('Nguyễn Văn Hòa');
    const person = async () =>
      (await officer.request<{ returnee: Record<string, unknown> }>(PERSON, { id })).data?.returnee;
    expect(await person()).toMatchObject({
      status: 'NOTIFIED',
      allowedTransitions: ['AWAITING_REPORT', 'RECEIVED', 'CLOSED'],
    });

    const notice = await ok(officer, NOTICE, {
      returneeId: id,
      receivedOn: '2024-04-26',
      prison: 'Trại giam Xuân Nguyên',
      expectedReleaseOn: '2024-05-20',
      statedAddress: 'Tổ dân phố 3, phường Lãm Hà',
    });
    await ok(officer, VERIFY, { releaseNoticeId: notice.id, verifiedOn: '2024-05-02', result: 'CONFIRMED' });
    await ok(officer, RELEASE, fullTerm(id, '2024-05-20'));
    expect(await person()).toMatchObject({ status: 'AWAITING_REPORT', allowedTransitions: ['RECEIVED', 'CLOSED'] });
    await ok(officer, RECEPTION, reception(id, '2024-05-22'));
    expect(await person()).toMatchObject({
      status: 'RECEIVED',
      returnedOn: '2024-05-22',
      allowedTransitions: ['UNDER_SUPPORT', 'ON_PROBATION', 'CLOSED'],
    });
    const started = await ok(officer, START, { returneeId: id });
    expect(started).toMatchObject({
      status: 'UNDER_SUPPORT',
      allowedTransitions: ['ELIGIBLE_FOR_EXPUNGEMENT', 'CLOSED'],
    });
    await ok(officer, CLOSE, {
      returneeId: id,
      reason: 'EXPUNGED',
      closedOn: '2026-06-10',
      proofNumber: '215/2026/LLTP',
      proofDate: '2026-06-05',
    });
    expect(await person()).toMatchObject({ status: 'CLOSED', allowedTransitions: ['UNDER_SUPPORT'] });
    const reopened = await ok(officer, REOPEN, {
      returneeId: id,
      reason: 'Phiếu lý lịch tư pháp bị thu hồi',
      reopenedOn: '2026-07-01',
    });
    expect(reopened).toMatchObject({ status: 'UNDER_SUPPORT' });

    expect(await person()).toEqual({
      id,
      status: 'UNDER_SUPPORT',
      returnedOn: '2024-05-22',
      allowedTransitions: ['ELIGIBLE_FOR_EXPUNGEMENT', 'CLOSED'],
      releaseNotices: [
        { id: notice.id, verificationDueOn: '2024-05-04', verifiedOn: '2024-05-02', verificationResult: 'CONFIRMED' },
      ],
      releases: [{ type: 'FULL_TERM', releasedOn: '2024-05-20', probationEndsOn: null }],
      receptions: [{ receivedOn: '2024-05-22', pledgeSigned: true, needs: ['Việc làm', 'Giấy tờ tùy thân'] }],
      closures: [
        {
          reason: 'EXPUNGED',
          closedOn: '2026-06-10',
          proofNumber: '215/2026/LLTP',
          proofDate: '2026-06-05',
          reopenedOn: '2026-07-01',
          reopenReason: 'Phiếu lý lịch tư pháp bị thu hồi',
        },
      ],
    });
    const actions = await db.dataSource.query(
      `SELECT action FROM audit_event WHERE returnee_id = $1 AND action NOT LIKE 'read:%' ORDER BY id`,
      [id],
    );
    // A deadline task a step creates is audited in that step's transaction, just before the step's row.
    expect(actions.map((a: { action: string }) => a.action)).toEqual([
      'registerReturnee',
      'createTask',
      'recordReleaseNotice',
      'verifyReleaseAddress',
      'createTask',
      'recordRelease',
      'recordReception',
      'startSupport',
      'closeCase',
      'reopenCase',
    ]);
    // Every deadline task the lifecycle created was completed by the step that met it.
    const tasks = await db.dataSource.query(
      'SELECT kind, completed_at IS NOT NULL AS done FROM task WHERE returnee_id = $1 ORDER BY kind',
      [id],
    );
    expect(tasks).toEqual([
      { kind: 'ADDRESS_VERIFICATION', done: true },
      { kind: 'REPORT_IN_OVERDUE', done: true },
    ]);
  });
});

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

describe('closeCase', () => {
  const expunged = (returneeId: string, extra: Record<string, unknown> = {}) => ({
    returneeId,
    reason: 'EXPUNGED',
    closedOn: '2026-06-10',
    proofNumber: '99/2026/LLTP',
    proofDate: '2026-06-01',
    ...extra,
  });

  it('closes a case under support as EXPUNGED with its proof', async () => {
    const id = await personAt('UNDER_SUPPORT');
    const saved = await ok(officer, CLOSE, { ...expunged(id), note: 'Đã nhận phiếu lý lịch tư pháp số 2' });
    expect(saved).toMatchObject({ reason: 'EXPUNGED', closedOn: '2026-06-10', proofNumber: '99/2026/LLTP' });
    expect(await status(id)).toBe('CLOSED');
    expect(await auditRows(id, 'closeCase')).toEqual([
      {
        action: 'closeCase',
        object_type: 'CaseClosure',
        fields: ['reason', 'closedOn', 'proofNumber', 'proofDate', 'note', 'status', 'tasks'],
      },
    ]);
  });

  it('closes from any open state for a side exit, even before the person came home', async () => {
    const id = await personAt('NOTIFIED');
    await ok(officer, CLOSE, { returneeId: id, reason: 'MOVED_AWAY', closedOn: '2024-05-01' });
    expect(await status(id)).toBe('CLOSED');
  });

  it('closes as NEW_CONVICTION with the person’s own NEW_OFFENCE incident', async () => {
    const id = await personAt('UNDER_SUPPORT');
    const incident = await ok(officer, INCIDENT, { returneeId: id, kind: 'NEW_OFFENCE', occurredOn: '2024-08-01' });
    await ok(officer, CLOSE, {
      returneeId: id,
      reason: 'NEW_CONVICTION',
      closedOn: '2024-10-01',
      incidentId: incident.id,
    });
    const [row] = await db.dataSource.query('SELECT incident_id FROM case_closure WHERE returnee_id = $1', [id]);
    expect(row.incident_id).toBe(incident.id);
  });

  it.each([
    ['EXPUNGED without the proof number', { proofNumber: null }, 'input.proofNumber', 'REQUIRED'],
    ['EXPUNGED with a blank proof number', { proofNumber: '  ' }, 'input.proofNumber', 'REQUIRED'],
    ['EXPUNGED without the proof date', { proofDate: null }, 'input.proofDate', 'REQUIRED'],
    ['a proof dated after the closure', { proofDate: '2026-06-11' }, 'input.proofDate', 'AFTER_CLOSURE'],
    ['a closure in the future', { closedOn: '2099-01-01' }, 'input.closedOn', 'IN_FUTURE'],
    [
      'a closure before the return',
      { closedOn: '2024-03-01', proofDate: '2024-02-01' },
      'input.closedOn',
      'BEFORE_START',
    ],
    [
      'an incident on a non-NEW_CONVICTION closure',
      { incidentId: '00000000-0000-0000-0000-000000000000' },
      'input.incidentId',
      'NOT_ALLOWED',
    ],
  ])('refuses %s and writes nothing', async (_label, extra, field, reason) => {
    const id = await personAt('UNDER_SUPPORT');
    await refused(officer, CLOSE, expunged(id, extra), id, { code: 'BAD_USER_INPUT', field, reason });
  });

  it('refuses NEW_CONVICTION without an incident, with another person’s, or with one of another kind', async () => {
    const id = await personAt('UNDER_SUPPORT');
    const other = await personAt('UNDER_SUPPORT');
    const theirs = await ok(officer, INCIDENT, { returneeId: other, kind: 'NEW_OFFENCE', occurredOn: '2024-08-01' });
    const violation = await ok(officer, INCIDENT, {
      returneeId: id,
      kind: 'ADMINISTRATIVE_VIOLATION',
      occurredOn: '2024-08-01',
    });
    const close = (incidentId: unknown) => ({
      returneeId: id,
      reason: 'NEW_CONVICTION',
      closedOn: '2024-10-01',
      incidentId,
    });
    await refused(officer, CLOSE, close(null), id, {
      code: 'BAD_USER_INPUT',
      field: 'input.incidentId',
      reason: 'REQUIRED',
    });
    for (const incidentId of [theirs.id, violation.id, 'not-a-uuid']) {
      await refused(officer, CLOSE, close(incidentId), id, {
        code: 'BAD_USER_INPUT',
        field: 'input.incidentId',
        reason: 'INVALID_INCIDENT',
      });
    }
  });

  it('refuses EXPUNGED for a person only received (INVALID_TRANSITION), and closing a closed case', async () => {
    const received = await personAt('RECEIVED');
    const res = await refused(officer, CLOSE, expunged(received), received, {
      code: 'INVALID_TRANSITION',
      from: 'RECEIVED',
      to: 'CLOSED',
      reason: 'EXPUNGED_NOT_ALLOWED',
    });
    expect(res.errors?.[0]?.message).toContain('“Đã tiếp nhận” sang “Đã kết thúc”');
    const closed = await personAt('CLOSED');
    await refused(officer, CLOSE, { returneeId: closed, reason: 'OTHER', closedOn: '2024-07-01' }, closed, {
      code: 'INVALID_TRANSITION',
      from: 'CLOSED',
      to: 'CLOSED',
    });
  });
});

describe('reopenCase', () => {
  it('reopens the closure in force into support, keeping the closure on file', async () => {
    const id = await personAt('CLOSED');
    const saved = await ok(officer, REOPEN, { returneeId: id, reason: 'Thông tin qua đời không chính xác' });
    expect(saved).toMatchObject({ status: 'UNDER_SUPPORT' });
    const closures = await db.dataSource.query(
      `SELECT reason, (reopened_on = (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date) AS today, reopen_reason
       FROM case_closure WHERE returnee_id = $1`,
      [id],
    );
    expect(closures).toEqual([{ reason: 'DECEASED', today: true, reopen_reason: 'Thông tin qua đời không chính xác' }]);
    expect(await auditRows(id, 'reopenCase')).toEqual([
      { action: 'reopenCase', object_type: 'Returnee', fields: ['status', 'reopenedOn', 'reopenReason'] },
    ]);
    // Closing again must not date the new closure before the reopening.
    await refused(officer, CLOSE, { returneeId: id, reason: 'OTHER', closedOn: '2024-07-01' }, id, {
      code: 'BAD_USER_INPUT',
      field: 'input.closedOn',
      reason: 'BEFORE_START',
    });
  });

  it.each([
    ['a missing reason', { reason: '   ' }, 'input.reason', 'REQUIRED'],
    ['a reason under 5 characters', { reason: ' sai ' }, 'input.reason', 'TOO_SHORT'],
    ['a reopening in the future', { reopenedOn: '2099-01-01' }, 'input.reopenedOn', 'IN_FUTURE'],
    ['a reopening before the closure', { reopenedOn: '2024-05-31' }, 'input.reopenedOn', 'BEFORE_START'],
  ])('refuses %s and writes nothing', async (_label, extra, field, reason) => {
    const id = await personAt('CLOSED');
    await refused(officer, REOPEN, { returneeId: id, reason: 'Lý do hợp lệ', ...extra }, id, {
      code: 'BAD_USER_INPUT',
      field,
      reason,
    });
  });

  it('refuses to reopen an open case (INVALID_TRANSITION)', async () => {
    const id = await personAt('UNDER_SUPPORT');
    await refused(officer, REOPEN, { returneeId: id, reason: 'Mở lại hồ sơ' }, id, {
      code: 'INVALID_TRANSITION',
      from: 'UNDER_SUPPORT',
      to: 'UNDER_SUPPORT',
    });
  });
});

describe('who may change the lifecycle', () => {
  const calls = (id: string): Array<[string, string, Record<string, unknown>]> => [
    [
      'recordReleaseNotice',
      NOTICE,
      { returneeId: id, receivedOn: '2024-04-26', prison: 'Trại giam', statedAddress: 'Tổ 1' },
    ],
    ['recordRelease', RELEASE, fullTerm(id)],
    ['recordReception', RECEPTION, reception(id)],
    ['startSupport', START, { returneeId: id }],
    ['closeCase', CLOSE, { returneeId: id, reason: 'OTHER', closedOn: '2024-07-01' }],
    ['reopenCase', REOPEN, { returneeId: id, reason: 'Mở lại hồ sơ' }],
  ];

  it('answers NOT_FOUND to the Văn Đẩu officer for a Lãm Hà person, for every mutation', async () => {
    const id = await personAt('NOTIFIED');
    const vanDau = await signedIn('congan.vandau@hoanhap.local');
    for (const [, query, input] of calls(id)) await refused(vanDau, query, input, id, { code: 'NOT_FOUND' });
  });

  it('answers NOT_FOUND for an unknown or malformed id', async () => {
    for (const returneeId of ['00000000-0000-0000-0000-000000000000', 'nope']) {
      expect(errorCode(await officer.request(START, { input: { returneeId } }))).toBe('NOT_FOUND');
    }
  });

  it.each([
    'phunu.lamha@hoanhap.local',
    'ubnd.lamha@hoanhap.local',
    'so.haiphong@hoanhap.local',
    'admin@hoanhap.local',
  ])('refuses every lifecycle change to %s (FORBIDDEN)', async (email) => {
    const id = await personAt('NOTIFIED');
    const client = await signedIn(email);
    for (const [, query, input] of calls(id)) await refused(client, query, input, id, { code: 'FORBIDDEN' });
  });

  it('refuses a signed-out caller', async () => {
    const id = await personAt('NOTIFIED');
    await refused(new GqlClient(server.url), START, { returneeId: id }, id, { code: 'UNAUTHENTICATED' });
  });
});
