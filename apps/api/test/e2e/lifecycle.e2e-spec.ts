import { describe, expect, it } from 'vitest';
import { mutateOk as ok } from '../utils/assertions.js';
import {
  CLOSE,
  fullTerm,
  NOTICE,
  RECEPTION,
  reception,
  RELEASE,
  REOPEN,
  START,
  VERIFY,
  withLifecycleServer,
} from '../utils/lifecycle.js';
import { errorCode, GqlClient } from '../utils/test-server.js';

/*
 * The case lifecycle from the prison's notice to closure and reopening, end to end, and who may
 * change it. Each step's own rules are in lifecycle-release, lifecycle-reception and lifecycle-closure.
 */

const { officer, db, server, register, personAt, refused, signIn: signedIn } = withLifecycleServer({ holidays: true });

const PERSON = `query ($id: ID!) { returnee(id: $id) {
  id status returnedOn allowedTransitions
  releaseNotices { id verificationDueOn verifiedOn verificationResult }
  releases { type releasedOn probationEndsOn }
  receptions { receivedOn pledgeSigned needs }
  closures { reason closedOn proofNumber proofDate reopenedOn reopenReason } } }`;

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
