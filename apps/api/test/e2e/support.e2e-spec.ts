import { addDays, todayInVietnam } from '@hoanhap/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectBadInput, refusedWrites } from '../utils/assertions.js';
import { assignPrimaryHelper, CASEWORK_SPEC } from '../utils/casework.js';
import { withDemoServer } from '../utils/demo-server.js';
import { errorCode, GqlClient, type GqlResponse } from '../utils/test-server.js';

const demo = withDemoServer({
  ...CASEWORK_SPEC,
  logins: ['officer', 'vanDau', 'helper', 'committee', 'viewer'],
});
const { client, one, count } = demo;
const today = todayInVietnam();
const daysAgo = (n: number) => addDays(today, -n);
const ids = { personA: '', personB: '', helper: '', womensUnion: '', vanDauPolice: '' };

beforeAll(async () => {
  const open = await demo.ids.openPeople('lam-ha');
  ids.personA = open[0] ?? '';
  ids.personB = open[1] ?? '';
  ids.helper = await demo.ids.user('phunu.lamha@hoanhap.local');
  ids.womensUnion = await demo.ids.organisation('Hội Phụ nữ phường Lãm Hà');
  ids.vanDauPolice = await demo.ids.organisation('Công an phường Văn Đẩu');
  await assignPrimaryHelper(client('officer'), {
    returneeId: ids.personA,
    organisationId: ids.womensUnion,
    helperUserId: ids.helper,
    startedOn: daysAgo(30),
  });
});

const RECORD = `mutation ($input: RecordSupportInput!) { recordSupport(input: $input) {
  id type providerName amountVnd fundingSource status startedOn completedOn outcome version providerOrganisation { name } } }`;
const UPDATE = `mutation ($input: UpdateSupportStatusInput!) { updateSupportStatus(input: $input) {
  id status completedOn outcome version } }`;

interface SupportOut {
  id: string;
  status: string;
  version: number;
  completedOn: string | null;
  [key: string]: unknown;
}

const refusedWrite = refusedWrites(count);
const refused = (client: GqlClient, query: string, input: Record<string, unknown>) =>
  refusedWrite('support', client, query, input);

const counselling = (overrides: Record<string, unknown> = {}) => ({
  returneeId: ids.personA,
  type: 'COUNSELLING',
  startedOn: daysAgo(7),
  ...overrides,
});

async function record(client: GqlClient, input: Record<string, unknown>): Promise<SupportOut> {
  const res = await client.request<{ recordSupport: SupportOut }>(RECORD, { input });
  expect(res.errors).toBeUndefined();
  return res.data?.recordSupport as SupportOut;
}

describe('recordSupport', () => {
  it('lets the helper record counselling for the person assigned to her, with an audit row', async () => {
    const s = await record(client('helper'), counselling({ outcome: 'Gia đình đồng ý hỗ trợ' }));
    expect(s).toMatchObject({ type: 'COUNSELLING', status: 'PROPOSED', completedOn: null, version: 1 });
    const row = await one<{ returnee_id: string; status: string }>(
      'SELECT returnee_id, status FROM support WHERE id = $1',
      [s.id],
    );
    expect(row).toEqual({ returnee_id: ids.personA, status: 'PROPOSED' });
    const audit = await one<{ action: string; fields: string[]; actor_id: string }>(
      'SELECT action, fields, actor_id FROM audit_event WHERE object_id = $1',
      [s.id],
    );
    expect(audit).toEqual({
      action: 'recordSupport',
      fields: ['returneeId', 'type', 'startedOn', 'outcome'],
      actor_id: ids.helper,
    });
  });

  it('stores whole đồng amounts, funding and provider as the officer gives them', async () => {
    const s = await record(
      client('officer'),
      counselling({
        type: 'HARDSHIP_AID',
        amountVnd: '2000000',
        fundingSource: 'REINTEGRATION_FUND',
        providerOrganisationId: ids.womensUnion,
      }),
    );
    expect(s).toMatchObject({
      amountVnd: '2000000',
      fundingSource: 'REINTEGRATION_FUND',
      providerOrganisation: { name: 'Hội Phụ nữ phường Lãm Hà' },
    });
    expect((await one<{ a: string }>('SELECT amount_vnd::text AS a FROM support WHERE id = $1', [s.id])).a).toBe(
      '2000000',
    );
  });

  it('takes a support recorded as DONE to be completed on its start day', async () => {
    const s = await record(client('officer'), counselling({ type: 'GIFT', status: 'DONE', startedOn: daysAgo(3) }));
    expect(s).toMatchObject({ status: 'DONE', completedOn: daysAgo(3) });
  });

  it.each([
    ['a negative amount', { amountVnd: '-5' }, 'input.amountVnd', 'INVALID_AMOUNT'],
    ['a fractional amount', { amountVnd: '12.5' }, 'input.amountVnd', 'INVALID_AMOUNT'],
    ['a start in the future', { startedOn: addDays(today, 1) }, 'input.startedOn', 'IN_FUTURE'],
    ['an outcome that is too long', { outcome: 'x'.repeat(2001) }, 'input.outcome', 'TOO_LONG'],
  ])('refuses %s with the field named, and writes nothing', async (_label, overrides, field, reason) => {
    expectBadInput(await refused(client('officer'), RECORD, counselling(overrides)), field, reason);
  });

  it('refuses a provider from another ward', async () => {
    const res = await refused(client('officer'), RECORD, counselling({ providerOrganisationId: ids.vanDauPolice }));
    expectBadInput(res, 'input.providerOrganisationId', 'NOT_FOUND');
  });

  it('answers NOT_FOUND for people outside one’s view and FORBIDDEN to committee and viewers', async () => {
    expect(errorCode(await refused(client('helper'), RECORD, counselling({ returneeId: ids.personB })))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await refused(client('vanDau'), RECORD, counselling()))).toBe('NOT_FOUND');
    expect(errorCode(await refused(client('committee'), RECORD, counselling()))).toBe('FORBIDDEN');
    expect(errorCode(await refused(client('viewer'), RECORD, counselling()))).toBe('FORBIDDEN');
  });
});

describe('updateSupportStatus', () => {
  let support: SupportOut;
  const state = async () =>
    one<{ status: string; version: number; completed_on: string | null }>(
      'SELECT status, version, completed_on FROM support WHERE id = $1',
      [support.id],
    );

  beforeAll(async () => {
    support = await record(client('officer'), counselling({ type: 'VOCATIONAL_TRAINING', startedOn: daysAgo(10) }));
  });

  it('moves PROPOSED to IN_PROGRESS, bumps the version and audits the change', async () => {
    const res = await client('helper').request<{ updateSupportStatus: SupportOut }>(UPDATE, {
      input: { supportId: support.id, status: 'IN_PROGRESS', version: 1 },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.updateSupportStatus).toMatchObject({ status: 'IN_PROGRESS', version: 2, completedOn: null });
    const audit = await one<{ fields: string[] }>(
      `SELECT fields FROM audit_event WHERE object_id = $1 AND action = 'updateSupportStatus'`,
      [support.id],
    );
    expect(audit.fields).toEqual(['status']);
  });

  it('refuses a stale version with CONFLICT and changes nothing', async () => {
    const res = await client('officer').request(UPDATE, {
      input: { supportId: support.id, status: 'DONE', completedOn: today, version: 1 },
    });
    expect(errorCode(res)).toBe('CONFLICT');
    expect(await state()).toEqual({ status: 'IN_PROGRESS', version: 2, completed_on: null });
  });

  it('refuses moves the rules do not allow with INVALID_TRANSITION', async () => {
    const back = await client('officer').request(UPDATE, {
      input: { supportId: support.id, status: 'PROPOSED', version: 2 },
    });
    expect(extensionsOf(back)).toMatchObject({ code: 'INVALID_TRANSITION', from: 'IN_PROGRESS', to: 'PROPOSED' });
    expect(await state()).toEqual({ status: 'IN_PROGRESS', version: 2, completed_on: null });
  });

  it('needs a completion date for DONE, not before the start and not in the future', async () => {
    const missing = await client('officer').request(UPDATE, {
      input: { supportId: support.id, status: 'DONE', version: 2 },
    });
    expectBadInput(missing, 'input.completedOn', 'REQUIRED');
    const early = await client('officer').request(UPDATE, {
      input: { supportId: support.id, status: 'DONE', completedOn: daysAgo(11), version: 2 },
    });
    expectBadInput(early, 'input.completedOn', 'BEFORE_START');
    const future = await client('officer').request(UPDATE, {
      input: { supportId: support.id, status: 'DONE', completedOn: addDays(today, 1), version: 2 },
    });
    expectBadInput(future, 'input.completedOn', 'IN_FUTURE');
    expect(await state()).toEqual({ status: 'IN_PROGRESS', version: 2, completed_on: null });
  });

  it('answers NOT_FOUND outside one’s view and FORBIDDEN to the committee', async () => {
    const input = { supportId: support.id, status: 'DONE', completedOn: today, version: 2 };
    expect(errorCode(await client('vanDau').request(UPDATE, { input }))).toBe('NOT_FOUND');
    expect(errorCode(await client('committee').request(UPDATE, { input }))).toBe('FORBIDDEN');
    expect(errorCode(await client('officer').request(UPDATE, { input: { ...input, supportId: 'nope' } }))).toBe(
      'NOT_FOUND',
    );
    const other = await record(client('officer'), counselling({ returneeId: ids.personB }));
    expect(
      errorCode(await client('helper').request(UPDATE, { input: { ...input, supportId: other.id, version: 1 } })),
    ).toBe('NOT_FOUND');
    expect(await state()).toEqual({ status: 'IN_PROGRESS', version: 2, completed_on: null });
  });

  it('completes it, after which DONE is final', async () => {
    const done = await client('officer').request<{ updateSupportStatus: SupportOut }>(UPDATE, {
      input: {
        supportId: support.id,
        status: 'DONE',
        completedOn: daysAgo(1),
        outcome: 'Có chứng chỉ nghề',
        version: 2,
      },
    });
    expect(done.errors).toBeUndefined();
    expect(done.data?.updateSupportStatus).toMatchObject({
      status: 'DONE',
      completedOn: daysAgo(1),
      outcome: 'Có chứng chỉ nghề',
      version: 3,
    });
    const again = await client('officer').request(UPDATE, {
      input: { supportId: support.id, status: 'DECLINED', version: 3 },
    });
    expect(errorCode(again)).toBe('INVALID_TRANSITION');
  });

  it('lists a person’s support on the person, latest start first', async () => {
    const res = await client('officer').request<{ returnee: { supports: Array<{ type: string }> } }>(
      'query ($id: ID!) { returnee(id: $id) { supports { type status } } }',
      { id: ids.personA },
    );
    expect(res.data?.returnee.supports).toEqual([
      { type: 'GIFT', status: 'DONE' },
      // Same start day: the later record first.
      { type: 'HARDSHIP_AID', status: 'PROPOSED' },
      { type: 'COUNSELLING', status: 'PROPOSED' },
      { type: 'VOCATIONAL_TRAINING', status: 'DONE' },
    ]);
  });
});

const extensionsOf = (r: GqlResponse<unknown>) => r.errors?.[0]?.extensions;
