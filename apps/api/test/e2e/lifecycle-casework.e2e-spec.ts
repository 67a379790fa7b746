import { TaskKind } from '@hoanhap/shared';
import { describe, expect, it, vi } from 'vitest';
import { createLifecycleLoaders } from '../../src/modules/lifecycle/lifecycle.loaders.js';
import { moveToSupportIfReceived } from '../../src/modules/lifecycle/lifecycle.service.js';
import { createRuleTask } from '../../src/modules/lifecycle/lifecycle-tasks.js';
import { Returnee } from '../../src/modules/returnees/returnee.entity.js';
import { mutateOk } from '../utils/assertions.js';
import { withDemoServer } from '../utils/demo-server.js';
import { GqlClient, type GqlResponse } from '../utils/test-server.js';
import { testSystemContext } from '../utils/system-context.js';
import { withTransaction } from '../../src/common/transaction.js';

/*
 * Casework on an open case: incidents (sensitive), the A–D classification with its history, and
 * handing a case over to another ward (scope moves with it).
 */

const { db, client, signIn: signedIn } = withDemoServer();
const officer = client('officer');

const REGISTER = 'mutation ($input: RegisterReturneeInput!) { registerReturnee(input: $input) { id } }';
const RELEASE = 'mutation ($input: RecordReleaseInput!) { recordRelease(input: $input) { id } }';
const RECEPTION = 'mutation ($input: RecordReceptionInput!) { recordReception(input: $input) { id } }';
const START = 'mutation ($input: StartSupportInput!) { startSupport(input: $input) { id } }';
const CLOSE = 'mutation ($input: CloseCaseInput!) { closeCase(input: $input) { id } }';
const INCIDENT = `mutation ($input: RecordIncidentInput!) { recordIncident(input: $input) {
  id kind occurredOn note } }`;
const CLASSIFY = `mutation ($input: ClassifyReturneeInput!) { classifyReturnee(input: $input) {
  id group periodStart periodEnd reasons } }`;
const TRANSFER = `mutation ($input: TransferCaseInput!) { transferCase(input: $input) {
  id status unit { code } transfers { transferredOn reason fromUnit { code } toUnit { code } } } }`;
const PERSON = `query ($id: ID!) { returnee(id: $id) {
  id status unit { code }
  incidents { kind occurredOn note }
  classifications { group periodStart periodEnd reasons }
  currentClassification { group periodStart }
  receptions { receivedOn }
  releases { releasedOn }
  transfers { transferredOn reason fromUnit { code } toUnit { code } } } }`;

/** The mutation's data, failing the test with the errors when there are some. */
const ok = mutateOk;

async function person(client: GqlClient, id: string) {
  const res = await client.request<{ returnee: Record<string, unknown> | null }>(PERSON, { id });
  expect(res.errors).toBeUndefined();
  return res.data?.returnee ?? null;
}

/** A Lãm Hà person received on 2024-03-05 and under support; or one still awaiting report-in. */
async function personAt(stage: 'AWAITING_REPORT' | 'UNDER_SUPPORT' | 'CLOSED'): Promise<string> {
  const created = await ok(officer, REGISTER, {
    fullName: `Người thử nghiệm ${Math.random().toString(36).slice(2, 8)}`,
  });
  const id = String(created.id);
  await ok(officer, RELEASE, {
    returneeId: id,
    type: 'FULL_TERM',
    releasedOn: '2024-03-01',
    prison: 'Trại giam Xuân Nguyên',
  });
  if (stage === 'AWAITING_REPORT') return id;
  await ok(officer, RECEPTION, { returneeId: id, receivedOn: '2024-03-05', needs: ['Việc làm'] });
  await ok(officer, START, { returneeId: id });
  if (stage === 'CLOSED') await ok(officer, CLOSE, { returneeId: id, reason: 'OTHER', closedOn: '2024-06-01' });
  return id;
}

async function snapshot(id: string): Promise<Record<string, unknown>> {
  const [row] = await db.dataSource.query(
    `SELECT r.status, r.version, r.unit_id,
       (SELECT count(*)::int FROM incident WHERE returnee_id = r.id) AS incidents,
       (SELECT coalesce(string_agg(period_start || '..' || coalesce(period_end::text, ''), ',' ORDER BY period_start), '')
          FROM classification WHERE returnee_id = r.id) AS classifications,
       (SELECT count(*)::int FROM case_transfer WHERE returnee_id = r.id) AS transfers,
       (SELECT string_agg(DISTINCT unit_id::text, ',') FROM task WHERE returnee_id = r.id) AS task_units,
       (SELECT count(*)::int FROM audit_event WHERE returnee_id = r.id) AS audits
     FROM returnee r WHERE r.id = $1`,
    [id],
  );
  return row;
}

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
  expect(await snapshot(returneeId)).toEqual(before);
  return res;
}

async function auditRows(returneeId: string, action: string) {
  return db.dataSource.query(
    'SELECT action, object_type, fields FROM audit_event WHERE returnee_id = $1 AND action = $2 ORDER BY id',
    [returneeId, action],
  );
}

async function unitId(code: string): Promise<string> {
  const [row] = await db.dataSource.query('SELECT id FROM administrative_unit WHERE code = $1', [code]);
  return row.id;
}

describe('recordIncident', () => {
  it('records an incident the officer sees and other roles see as an empty list', async () => {
    const id = await personAt('UNDER_SUPPORT');
    const saved = await ok(officer, INCIDENT, {
      returneeId: id,
      kind: 'ADMINISTRATIVE_VIOLATION',
      occurredOn: '2024-05-10',
      note: 'Vi phạm trật tự công cộng',
    });
    expect(saved).toMatchObject({ kind: 'ADMINISTRATIVE_VIOLATION', occurredOn: '2024-05-10' });
    expect(await auditRows(id, 'recordIncident')).toEqual([
      { action: 'recordIncident', object_type: 'Incident', fields: ['kind', 'occurredOn', 'note'] },
    ]);
    expect((await person(officer, id))?.incidents).toEqual([
      { kind: 'ADMINISTRATIVE_VIOLATION', occurredOn: '2024-05-10', note: 'Vi phạm trật tự công cộng' },
    ]);
    for (const email of ['ubnd.lamha@hoanhap.local', 'so.haiphong@hoanhap.local']) {
      const seen = await person(await signedIn(email), id);
      expect(seen).toMatchObject({ id, incidents: [] });
    }
  });

  it.each([
    ['an incident in the future', { occurredOn: '2099-01-01' }, 'input.occurredOn', 'IN_FUTURE'],
    ['an incident before the person returned', { occurredOn: '2024-03-04' }, 'input.occurredOn', 'BEFORE_START'],
    ['a note over 2,000 characters', { note: 'x'.repeat(2001) }, 'input.note', 'TOO_LONG'],
  ])('refuses %s and writes nothing', async (_label, extra, field, reason) => {
    const id = await personAt('UNDER_SUPPORT');
    await refused(officer, INCIDENT, { returneeId: id, kind: 'DETAINED', occurredOn: '2024-05-10', ...extra }, id, {
      code: 'BAD_USER_INPUT',
      field,
      reason,
    });
  });

  it('refuses an incident on a closed case (CONFLICT)', async () => {
    const id = await personAt('CLOSED');
    await refused(officer, INCIDENT, { returneeId: id, kind: 'DETAINED', occurredOn: '2024-07-10' }, id, {
      code: 'CONFLICT',
      reason: 'CASE_CLOSED',
    });
  });

  it('lets only the person’s own officer record one', async () => {
    const id = await personAt('UNDER_SUPPORT');
    const input = { returneeId: id, kind: 'DETAINED', occurredOn: '2024-05-10' };
    await refused(await signedIn('congan.vandau@hoanhap.local'), INCIDENT, input, id, { code: 'NOT_FOUND' });
    for (const email of ['phunu.lamha@hoanhap.local', 'ubnd.lamha@hoanhap.local', 'so.haiphong@hoanhap.local']) {
      await refused(await signedIn(email), INCIDENT, input, id, { code: 'FORBIDDEN' });
    }
  });
});

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

describe('building blocks other modules use', () => {
  it('moveToSupportIfReceived moves only a RECEIVED person under support', async () => {
    const received = String((await ok(officer, REGISTER, { fullName: 'Người vừa tiếp nhận' })).id);
    await ok(officer, RECEPTION, { returneeId: received, receivedOn: '2024-03-05' });
    const waiting = await personAt('AWAITING_REPORT');
    const moved = await withTransaction(testSystemContext(db.dataSource), async (ctx) => {
      const results: boolean[] = [];
      for (const id of [received, waiting]) {
        const returnee = await ctx.db.getRepository(Returnee).findOneByOrFail({ id });
        results.push(await moveToSupportIfReceived(ctx, returnee));
      }
      return results;
    });
    expect(moved).toEqual([true, false]);
    const rows = await db.dataSource.query(
      'SELECT id, status FROM returnee WHERE id = ANY($1::uuid[]) ORDER BY status',
      [[received, waiting]],
    );
    expect(rows).toEqual([
      { id: waiting, status: 'AWAITING_REPORT' },
      { id: received, status: 'UNDER_SUPPORT' },
    ]);
  });

  it('never creates a rule task twice', async () => {
    const id = await personAt('AWAITING_REPORT');
    const task = {
      unitId: await unitId('lam-ha'),
      returneeId: id,
      kind: TaskKind.MANUAL,
      title: 'Việc thử nghiệm',
      dueOn: '2024-04-01',
      ruleKey: `test:${id}`,
    };
    const ctx = testSystemContext(db.dataSource);
    await withTransaction(ctx, (ctx) => createRuleTask(ctx, task));
    await withTransaction(ctx, (ctx) => createRuleTask(ctx, { ...task, dueOn: '2024-05-01' }));
    const rows = await db.dataSource.query(
      `SELECT to_char(due_on, 'YYYY-MM-DD') AS due_on FROM task WHERE rule_key = $1`,
      [task.ruleKey],
    );
    expect(rows).toEqual([{ due_on: '2024-04-01' }]);
  });

  it('loads each kind of lifecycle record for many people in one statement', async () => {
    const ids = [await personAt('UNDER_SUPPORT'), await personAt('UNDER_SUPPORT'), await personAt('AWAITING_REPORT')];
    const loaders = createLifecycleLoaders(db.dataSource);
    const spy = vi.spyOn(db.dataSource, 'getRepository');
    try {
      const [releases, receptions] = await Promise.all([
        Promise.all(ids.map((id) => loaders.releasesByReturnee.load(id))),
        Promise.all(ids.map((id) => loaders.receptionsByReturnee.load(id))),
      ]);
      expect(releases.map((r) => r.length)).toEqual([1, 1, 1]);
      expect(receptions.map((r) => r.length)).toEqual([1, 1, 0]);
      expect(spy).toHaveBeenCalledTimes(2);
    } finally {
      spy.mockRestore();
    }
  });
});
