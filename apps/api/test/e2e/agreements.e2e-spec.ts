import { addDays, REDACTABLE_FIELDS, todayInVietnam } from '@hoanhap/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { agreementInput, CREATE_AGREEMENT, createAgreement } from '../utils/agreements.js';
import { withDemoServer } from '../utils/demo-server.js';
import { errorCode, type GqlResponse } from '../utils/test-server.js';

const { db, server, client, one } = withDemoServer({ logins: ['admin', 'officer'] });
const admin = client('admin');

const UPDATE = `mutation ($input: UpdateDataSharingAgreementInput!) { updateDataSharingAgreement(input: $input) { id version purpose } }`;
const SUSPEND = `mutation ($input: SuspendDataSharingAgreementInput!) { suspendDataSharingAgreement(input: $input) { status suspensionReason } }`;
const RESUME = 'mutation ($id: ID!) { resumeDataSharingAgreement(id: $id) { status suspensionReason } }';
const CREATE_KEY = `mutation ($input: CreateServiceAccountInput!) { createServiceAccount(input: $input) { key serviceAccount { id agreement { id } } } }`;
const STATS = '{ reintegrationStats(returnedSince: "2020-01-01") { returned { total } } }';
const USAGE = `query ($id: ID!, $month: String!) { agreementUsage(agreementId: $id, month: $month) {
  calls refusals peopleTouched operations { operation calls refusals } } }`;

type Res<T = Record<string, unknown>> = GqlResponse<T> & { extensions?: Record<string, unknown> };

async function keyFor(agreementId: string, over: Record<string, unknown> = {}): Promise<string> {
  const res = await admin.request<{ createServiceAccount: { key: string } }>(CREATE_KEY, {
    input: {
      name: 'Khóa thử',
      role: 'VIEWER',
      unitCode: 'lam-ha',
      agreementId,
      allowedOperations: ['reintegrationStats', 'returnees', 'returnee'],
      expiresOn: addDays(todayInVietnam(), 90),
      ...over,
    },
  });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data?.createServiceAccount.key ?? '';
}

async function bearer<T = Record<string, unknown>>(key: string, query: string, variables?: object): Promise<Res<T>> {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, setCookie: [], ...((await res.json()) as object) } as Res<T>;
}

describe('recording an agreement', () => {
  it('records the terms, audits the field names, and lists it for the admin', async () => {
    const res = await admin.request<{
      createDataSharingAgreement: { id: string; status: string; unit: { code: string } };
    }>(CREATE_AGREEMENT, { input: agreementInput({ redactedFields: ['Returnee.citizenId'] }) });
    expect(res.errors).toBeUndefined();
    const created = res.data?.createDataSharingAgreement;
    expect(created).toMatchObject({
      status: 'ACTIVE',
      unit: { code: 'lam-ha' },
      redactedFields: ['Returnee.citizenId'],
    });
    const audit = await one<{ action: string }>('SELECT action FROM audit_event WHERE object_id = $1', [created?.id]);
    expect(audit.action).toBe('createDataSharingAgreement');
    const list = await admin.request<{ dataSharingAgreements: Array<{ id: string }> }>(
      '{ dataSharingAgreements(unitCode: "lam-ha") { id } }',
    );
    expect(list.data?.dataSharingAgreements.map((a) => a.id)).toContain(created?.id);
  });

  it.each([
    [
      'an unknown operation',
      { allowedOperations: ['returnees', 'dropTables'] },
      'input.allowedOperations.1',
      'UNKNOWN_OPERATION',
    ],
    [
      'a field outside the catalogue',
      { redactedFields: ['Returnee.fullName'] },
      'input.redactedFields.0',
      'UNKNOWN_FIELD',
    ],
    ['an end before the start', { startsOn: '2026-05-01', endsOn: '2026-04-30' }, 'input.endsOn', 'BEFORE_START'],
    ['a blank counterpart', { counterpart: '   ' }, 'input.counterpart', 'REQUIRED'],
    ['a purpose too short', { purpose: 'abc' }, 'input.purpose', 'TOO_SHORT'],
    ['a bad email', { contactEmail: 'khong-phai-email' }, 'input.contactEmail', 'INVALID_EMAIL'],
  ])('refuses %s with a Vietnamese message', async (_label, over, field, reason) => {
    const res = await admin.request(CREATE_AGREEMENT, { input: agreementInput(over) });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
    expect(res.errors?.[0]?.message).toMatch(/[\u00C0-\u1EF9]/);
  });

  it('is refused to an officer', async () => {
    expect(errorCode(await client('officer').request(CREATE_AGREEMENT, { input: agreementInput() }))).toBe('FORBIDDEN');
  });

  it('never overwrites a concurrent edit: a stale version is a CONFLICT', async () => {
    const id = await createAgreement(admin);
    const terms = agreementInput();
    const { unitCode: _unit, ...rest } = terms;
    const first = await admin.request<{ updateDataSharingAgreement: { version: number } }>(UPDATE, {
      input: { ...rest, id, version: 1, purpose: 'Mục đích thứ nhất đã sửa' },
    });
    expect(first.errors).toBeUndefined();
    const second = await admin.request(UPDATE, { input: { ...rest, id, version: 1, purpose: 'Mục đích thứ hai' } });
    expect(second.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
  });
});

describe('keys under an agreement', () => {
  it('cannot exceed the agreement’s operations or unit scope', async () => {
    const id = await createAgreement(admin, { allowedOperations: ['reintegrationStats'] });
    const wider = await admin.request(CREATE_KEY, {
      input: {
        name: 'Khóa',
        role: 'VIEWER',
        unitCode: 'lam-ha',
        agreementId: id,
        allowedOperations: ['reintegrationStats', 'returnees'],
        expiresOn: addDays(todayInVietnam(), 30),
      },
    });
    expect(wider.errors?.[0]?.extensions).toMatchObject({
      field: 'input.allowedOperations.1',
      reason: 'OUTSIDE_AGREEMENT',
    });
    const elsewhere = await admin.request(CREATE_KEY, {
      input: {
        name: 'Khóa',
        role: 'VIEWER',
        unitCode: 'van-dau',
        agreementId: id,
        allowedOperations: ['reintegrationStats'],
        expiresOn: addDays(todayInVietnam(), 30),
      },
    });
    expect(elsewhere.errors?.[0]?.extensions).toMatchObject({ field: 'input.unitCode', reason: 'OUTSIDE_AGREEMENT' });
  });

  it('refuses an expired agreement’s key with UNAUTHENTICATED and the reason', async () => {
    const id = await createAgreement(admin);
    const key = await keyFor(id);
    expect((await bearer(key, STATS)).errors).toBeUndefined();
    // endsOn is the last day in force: today still works, tomorrow it has ended.
    await db.dataSource.query(
      `UPDATE data_sharing_agreement SET ends_on = (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date WHERE id = $1`,
      [id],
    );
    expect((await bearer(key, STATS)).errors).toBeUndefined();
    await db.dataSource.query(`UPDATE data_sharing_agreement SET ends_on = ends_on - 1 WHERE id = $1`, [id]);
    const refused = await bearer(key, STATS);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'AGREEMENT_ENDED',
      agreement: id,
    });
  });

  it('refuses a key while its agreement is suspended, and takes it back on resume', async () => {
    const id = await createAgreement(admin);
    const key = await keyFor(id);
    const suspended = await admin.request(SUSPEND, { input: { id, reason: 'Đang rà soát mục đích sử dụng' } });
    expect(suspended.data).toEqual({
      suspendDataSharingAgreement: { status: 'SUSPENDED', suspensionReason: 'Đang rà soát mục đích sử dụng' },
    });
    expect((await bearer(key, STATS)).errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'AGREEMENT_SUSPENDED',
    });
    expect(errorCode(await admin.request(SUSPEND, { input: { id, reason: 'Lần nữa' } }))).toBe('CONFLICT');
    const resumed = await admin.request(RESUME, { id });
    expect(resumed.data).toEqual({ resumeDataSharingAgreement: { status: 'ACTIVE', suspensionReason: null } });
    expect((await bearer(key, STATS)).errors).toBeUndefined();
  });
});

/** How each catalogue entry is asked for on one person (`returnee(id)` or a list's node). */
const SELECT: Record<keyof typeof REDACTABLE_FIELDS, { select: (alias: string) => string; path: string[] }> = {
  'Returnee.citizenId': { select: (a) => `${a}citizenId`, path: [] },
  'Returnee.dateOfBirth': { select: (a) => `${a}dateOfBirth`, path: [] },
  'Returnee.sex': { select: (a) => `${a}sex`, path: [] },
  'Returnee.permanentAddress': { select: (a) => `${a}permanentAddress`, path: [] },
  'Returnee.currentAddress': { select: (a) => `${a}currentAddress`, path: [] },
  'Returnee.residentialGroup': { select: (a) => `${a}residentialGroup`, path: [] },
  'Returnee.returnedOn': { select: (a) => `${a}returnedOn`, path: [] },
  'Returnee.currentEmployment': { select: (a) => `${a}currentEmployment { id }`, path: [] },
  'Returnee.expungementForecast': { select: (a) => `${a}expungementForecast { __typename }`, path: [] },
  'FamilyContact.phone': { select: (a) => `familyContacts { ${a}phone }`, path: ['familyContacts', '0'] },
};
const ALWAYS_HIDDEN_TO_KEYS = new Set(['Returnee.citizenId', 'Returnee.expungementForecast']);

describe('redaction, for every field of the catalogue', () => {
  let personId = '';
  let plainKey = '';
  beforeAll(async () => {
    personId = (
      await one<{ id: string }>(
        `SELECT r.id FROM returnee r JOIN administrative_unit u ON u.id = r.unit_id
         WHERE u.code = 'lam-ha' AND r.date_of_birth IS NOT NULL AND r.permanent_address IS NOT NULL
           AND r.current_address IS NOT NULL AND r.sex IS NOT NULL AND r.residential_group IS NOT NULL
           AND r.returned_on IS NOT NULL
         ORDER BY r.full_name LIMIT 1`,
      )
    ).id;
    await db.dataSource.query(
      `UPDATE returnee SET family_contacts = '[{"name": "Nguyễn Thị Hoa", "relation": "Vợ", "phone": "0912 345 678"}]'
       WHERE id = $1`,
      [personId],
    );
    plainKey = await keyFor(await createAgreement(admin));
  });

  const valueAt = (data: unknown, path: Array<string | number>) =>
    path.reduce<unknown>((v, k) => (v as Record<string, unknown> | null)?.[k] ?? null, data);

  it.each(Object.keys(SELECT) as Array<keyof typeof SELECT>)(
    '%s: null with the extension, directly, aliased, in a fragment and in a list',
    async (name) => {
      const { select, path } = SELECT[name];
      const agreementId = await createAgreement(admin, { redactedFields: [name] });
      const key = await keyFor(agreementId);
      const field = name.split('.')[1] ?? '';
      const queries: Array<[string, string, Array<string | number>]> = [
        ['direct', `query ($id: ID!) { returnee(id: $id) { id ${select('')} } }`, ['returnee', ...path, field]],
        ['alias', `query ($id: ID!) { p: returnee(id: $id) { id ${select('x: ')} } }`, ['p', ...path, 'x']],
        [
          'fragment',
          `query ($id: ID!) { returnee(id: $id) { ...F } } fragment F on Returnee { id ${select('')} }`,
          ['returnee', ...path, field],
        ],
        [
          'list',
          `query { returnees(first: 100) { edges { node { id ...F } } } } fragment F on Returnee { ... on Returnee { ${select('')} } }`,
          [],
        ],
      ];
      for (const [how, query, responsePath] of queries) {
        const variables = how === 'list' ? undefined : { id: personId };
        const redacted = await bearer<Record<string, unknown>>(key, query, variables);
        const plain = await bearer<Record<string, unknown>>(plainKey, query, variables);
        expect(redacted.errors, how).toBeUndefined();
        const paths = (redacted.extensions?.redacted ?? []) as Array<{
          path: Array<string | number>;
          field: string;
          agreement: string;
        }>;
        expect(paths.length, how).toBeGreaterThan(0);
        expect(
          paths.every((p) => p.field === name && p.agreement === agreementId),
          how,
        ).toBe(true);
        expect(plain.extensions?.redacted, how).toBeUndefined();
        if (how === 'list') {
          const list = redacted.data?.returnees as { edges: Array<{ node: Record<string, unknown> }> } | undefined;
          const edges = list?.edges ?? [];
          const index = edges.findIndex((e) => e.node.id === personId);
          const nodePath = ['returnees', 'edges', index, 'node', ...path, field];
          expect(
            paths.map((p) => p.path.join('.')),
            how,
          ).toContain(nodePath.join('.'));
          expect(valueAt(redacted.data, nodePath), how).toBeNull();
          if (!ALWAYS_HIDDEN_TO_KEYS.has(name) && name !== 'Returnee.currentEmployment') {
            expect(valueAt(plain.data, nodePath), how).not.toBeNull();
          }
          continue;
        }
        const at = responsePath.map((k) => (k === '0' ? 0 : k));
        expect(
          paths.map((p) => p.path.join('.')),
          how,
        ).toContain(at.join('.'));
        expect(valueAt(redacted.data, at), how).toBeNull();
        if (!ALWAYS_HIDDEN_TO_KEYS.has(name) && name !== 'Returnee.currentEmployment') {
          expect(valueAt(plain.data, at), how).not.toBeNull();
        }
      }
    },
  );
});

describe('usage report', () => {
  it('counts calls per operation, refusals and people touched for the month', async () => {
    const id = await createAgreement(admin);
    const key = await keyFor(id, { allowedOperations: ['reintegrationStats', 'returnees', 'agreementUsage'] });
    await bearer(key, STATS);
    await bearer(key, STATS);
    const list = await bearer<{ returnees: { edges: Array<{ node: { id: string } }> } }>(
      key,
      '{ returnees(first: 3) { edges { node { id fullName } } } }',
    );
    await bearer(key, '{ returnee(id: "00000000-0000-0000-0000-000000000000") { id } }');
    const month = todayInVietnam().slice(0, 7);
    const res = await admin.request<{
      agreementUsage: { calls: number; refusals: number; peopleTouched: number; operations: unknown[] };
    }>(USAGE, { id, month });
    expect(res.errors).toBeUndefined();
    expect(res.data?.agreementUsage).toMatchObject({
      calls: 3,
      refusals: 1,
      peopleTouched: list.data?.returnees.edges.length,
    });
    expect(res.data?.agreementUsage.operations).toEqual([
      { operation: 'reintegrationStats', calls: 2, refusals: 0 },
      { operation: 'returnees', calls: 1, refusals: 0 },
      { operation: 'returnee', calls: 0, refusals: 1 },
    ]);
    // The counterpart reads its own report with its key.
    const own = await bearer<{ agreementUsage: { calls: number } }>(key, USAGE, { id, month });
    expect(own.errors).toBeUndefined();
    expect(errorCode(await admin.request(USAGE, { id, month: '2026-13' }))).toBe('BAD_USER_INPUT');
  });
});
