import { createHash } from 'node:crypto';
import { todayInVietnam, addDays } from '@hoanhap/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAgreement } from '../utils/agreements.js';
import { withDemoServer } from '../utils/demo-server.js';
import { errorCode, GqlClient, type GqlResponse } from '../utils/test-server.js';

const { db, server, alsoServe, client, count, signIn } = withDemoServer();
const prodServer = alsoServe({ isProduction: true });
const admin = client('admin');

const CREATE = `mutation ($input: CreateServiceAccountInput!) {
  createServiceAccount(input: $input) {
    key
    serviceAccount { id name role unit { code } allowedOperations expiresOn lastUsedAt revokedAt }
  }
}`;
const REVOKE = 'mutation ($input: RevokeServiceAccountInput!) { revokeServiceAccount(input: $input) { id revokedAt } }';
const STATS =
  '{ reintegrationStats(returnedSince: "2020-01-01", asOf: "2024-04-25") { unit { code } returned { total } } }';

interface Created {
  createServiceAccount: { key: string; serviceAccount: { id: string; lastUsedAt: string | null } };
}

const accountCount = () => count('SELECT count(*) AS n FROM service_account');

// Every key works under a data-sharing agreement; this one covers the city and what the tests call.
let agreementId = '';
beforeAll(async () => {
  agreementId = await createAgreement(admin, {
    unitCode: 'hai-phong',
    allowedOperations: ['reintegrationStats', 'returnees'],
  });
});

const input = (over: Record<string, unknown> = {}) => ({
  name: 'Sở LĐ-TB&XH – báo cáo',
  role: 'VIEWER',
  unitCode: 'lam-ha',
  allowedOperations: ['reintegrationStats'],
  expiresOn: addDays(todayInVietnam(), 90),
  agreementId,
  ...over,
});

async function createKey(over: Record<string, unknown> = {}) {
  const res = await admin.request<Created>(CREATE, { input: input(over) });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data?.createServiceAccount as Created['createServiceAccount'];
}

async function bearer<T = Record<string, unknown>>(
  key: string,
  query: string,
  options: { cookie?: string; base?: string; variables?: Record<string, unknown> } = {},
): Promise<GqlResponse<T> & { headers: Headers }> {
  const res = await fetch(`${options.base ?? server.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${key}`,
      ...(options.cookie ? { cookie: options.cookie } : {}),
    },
    body: JSON.stringify({ query, variables: options.variables }),
  });
  const body = (await res.json()) as Omit<GqlResponse<T>, 'status' | 'setCookie'>;
  return { status: res.status, ...body, setCookie: res.headers.getSetCookie(), headers: res.headers };
}

describe('createServiceAccount', () => {
  it('shows an hn_ key once, stores only its SHA-256 and audits the field names', async () => {
    const res = await admin.request<Created>(CREATE, { input: input() });
    expect(res.errors).toBeUndefined();
    const created = res.data?.createServiceAccount as Created['createServiceAccount'];
    expect(created.key).toMatch(/^hn_[A-Za-z0-9_-]{43}$/);
    expect(created.serviceAccount).toMatchObject({
      role: 'VIEWER',
      unit: { code: 'lam-ha' },
      allowedOperations: ['reintegrationStats'],
      lastUsedAt: null,
      revokedAt: null,
    });
    const [row] = await db.dataSource.query(
      'SELECT key_hash, row_to_json(a)::text AS j FROM service_account a WHERE id = $1',
      [created.serviceAccount.id],
    );
    expect(row.key_hash).toBe(createHash('sha256').update(created.key).digest('hex'));
    expect(row.j).not.toContain(created.key);
    const audit = await db.dataSource.query('SELECT action, fields FROM audit_event WHERE object_id = $1', [
      created.serviceAccount.id,
    ]);
    expect(audit).toEqual([
      {
        action: 'createServiceAccount',
        fields: ['name', 'role', 'unitCode', 'agreementId', 'allowedOperations', 'expiresOn', 'key'],
      },
    ]);
    const list = await admin.request<{ serviceAccounts: Array<{ id: string }> }>('{ serviceAccounts { id name } }');
    expect(list.data?.serviceAccounts.map((a) => a.id)).toContain(created.serviceAccount.id);
  });

  it.each([
    ['an OFFICER role', { role: 'OFFICER' }, 'input.role', 'NOT_ALLOWED'],
    ['an ADMIN role', { role: 'ADMIN' }, 'input.role', 'NOT_ALLOWED'],
    [
      'an unknown operation',
      { allowedOperations: ['reintegrationStats', 'dropTables'] },
      'input.allowedOperations.1',
      'UNKNOWN_OPERATION',
    ],
    ['no operation', { allowedOperations: [] }, 'input.allowedOperations', 'REQUIRED'],
    ['an expiry today', { expiresOn: todayInVietnam() }, 'input.expiresOn', 'IN_PAST'],
    ['an expiry over 2 years', { expiresOn: addDays(todayInVietnam(), 800) }, 'input.expiresOn', 'TOO_LATE'],
    ['an empty name', { name: '' }, 'input.name', 'REQUIRED'],
  ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_label, over, field, reason) => {
    const before = await accountCount();
    const res = await admin.request(CREATE, { input: input(over) });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
    expect(await accountCount()).toBe(before);
  });

  it('refuses an unknown unit with NOT_FOUND', async () => {
    const before = await accountCount();
    expect(errorCode(await admin.request(CREATE, { input: input({ unitCode: 'khong-co' }) }))).toBe('NOT_FOUND');
    expect(await accountCount()).toBe(before);
  });

  it.each(['congan.lamha@hoanhap.local', 'so.haiphong@hoanhap.local', 'kiemtra.haiphong@hoanhap.local'])(
    'is refused to %s (not an admin)',
    async (email) => {
      const client = await signIn(email);
      const before = await accountCount();
      expect(errorCode(await client.request(CREATE, { input: input() }))).toBe('FORBIDDEN');
      expect(errorCode(await client.request('{ serviceAccounts { id } }'))).toBe('FORBIDDEN');
      expect(await accountCount()).toBe(before);
    },
  );
});

describe('calling with a Bearer key', () => {
  it('acts with the key’s role and unit, and records the last use at most once a minute', async () => {
    const { key, serviceAccount } = await createKey();
    const res = await bearer<{ reintegrationStats: { unit: { code: string } } }>(key, STATS);
    expect(res.errors).toBeUndefined();
    expect(res.data?.reintegrationStats.unit.code).toBe('lam-ha');
    const lastUsed = async () =>
      (
        (await db.dataSource.query('SELECT last_used_at FROM service_account WHERE id = $1', [
          serviceAccount.id,
        ])) as Array<{
          last_used_at: Date | null;
        }>
      )[0]?.last_used_at;
    expect(await lastUsed()).toBeInstanceOf(Date);

    await db.dataSource.query("UPDATE service_account SET last_used_at = now() - interval '30 seconds' WHERE id = $1", [
      serviceAccount.id,
    ]);
    const recent = await lastUsed();
    await bearer(key, STATS);
    expect((await lastUsed())?.getTime()).toBe(recent?.getTime());

    await db.dataSource.query("UPDATE service_account SET last_used_at = now() - interval '2 minutes' WHERE id = $1", [
      serviceAccount.id,
    ]);
    const old = await lastUsed();
    await bearer(key, STATS);
    expect((await lastUsed())?.getTime()).toBeGreaterThan(old?.getTime() ?? 0);
  });

  it('refuses with FORBIDDEN, before execution, an operation the key does not list', async () => {
    const { key } = await createKey({ allowedOperations: ['reintegrationStats'] });
    const res = await bearer(key, '{ returnees { totalCount } }');
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect(res.data ?? null).toBeNull();
    // Also through a fragment, or mixed with an allowed field.
    const mixed = await bearer(
      key,
      `{ ...F } fragment F on Query { reintegrationStats(returnedSince: "2020-01-01") { returned { total } } returnees { totalCount } }`,
    );
    expect(errorCode(mixed)).toBe('FORBIDDEN');
    expect(errorCode(await bearer(key, '{ me { id } }'))).toBe('FORBIDDEN');
  });

  it('reads only its unit scope and never sees sensitive fields', async () => {
    const { key } = await createKey({ allowedOperations: ['returnees'] });
    const res = await bearer<{
      returnees: { totalCount: number; edges: Array<{ node: { citizenId: string | null } }> };
    }>(key, '{ returnees(first: 20) { totalCount edges { node { citizenId } } } }');
    expect(res.errors).toBeUndefined();
    const inLamHa = await count(
      "SELECT count(*) AS n FROM returnee r JOIN administrative_unit u ON u.id = r.unit_id WHERE u.code = 'lam-ha'",
    );
    expect(res.data?.returnees.totalCount).toBe(inLamHa);
    expect(res.data?.returnees.edges.every((e) => e.node.citizenId === null)).toBe(true);
    expect((res as unknown as { extensions?: Record<string, unknown> }).extensions).toMatchObject({
      SENSITIVE_HIDDEN: true,
    });
  });

  it('ignores the session cookie when a Bearer header is present', async () => {
    const officer = await signIn('congan.lamha@hoanhap.local');
    const res = await bearer(`hn_${'x'.repeat(43)}`, '{ me { id } }', { cookie: officer.cookie });
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
    expect(errorCode(await bearer('not-a-key', '{ me { id } }', { cookie: officer.cookie }))).toBe('UNAUTHENTICATED');
    // Another scheme (e.g. Basic from a proxy in front) leaves the session alone.
    const basic = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: 'Basic dXNlcjpwYXNz',
        cookie: officer.cookie ?? '',
      },
      body: JSON.stringify({ query: '{ me { email } }' }),
    });
    expect(await basic.json()).toEqual({ data: { me: { email: 'congan.lamha@hoanhap.local' } } });
  });

  it('refuses a revoked key with UNAUTHENTICATED; revoking twice is a CONFLICT', async () => {
    const { key, serviceAccount } = await createKey();
    expect((await bearer(key, STATS)).errors).toBeUndefined();
    const res = await admin.request<{ revokeServiceAccount: { revokedAt: string } }>(REVOKE, {
      input: { id: serviceAccount.id },
    });
    expect(res.data?.revokeServiceAccount.revokedAt).toBeTruthy();
    expect(errorCode(await bearer(key, STATS))).toBe('UNAUTHENTICATED');
    expect(
      await db.dataSource.query('SELECT action, fields FROM audit_event WHERE object_id = $1 AND action = $2', [
        serviceAccount.id,
        'revokeServiceAccount',
      ]),
    ).toEqual([{ action: 'revokeServiceAccount', fields: ['revokedAt'] }]);
    expect(errorCode(await admin.request(REVOKE, { input: { id: serviceAccount.id } }))).toBe('CONFLICT');
    expect(errorCode(await admin.request(REVOKE, { input: { id: 'nope' } }))).toBe('NOT_FOUND');
  });

  it('refuses an expired key with UNAUTHENTICATED (it stops working on its expiry date)', async () => {
    const { key, serviceAccount } = await createKey();
    expect((await bearer(key, STATS)).errors).toBeUndefined();
    await db.dataSource.query(
      "UPDATE service_account SET expires_on = (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date WHERE id = $1",
      [serviceAccount.id],
    );
    expect(errorCode(await bearer(key, STATS))).toBe('UNAUTHENTICATED');
    await db.dataSource.query("UPDATE service_account SET expires_on = '2020-01-01' WHERE id = $1", [
      serviceAccount.id,
    ]);
    expect(errorCode(await bearer(key, STATS))).toBe('UNAUTHENTICATED');
  });

  it('a ward admin cannot revoke another ward’s key (NOT_FOUND)', async () => {
    const { serviceAccount } = await createKey({ unitCode: 'van-dau' });
    await admin.request(
      `mutation { createUser(input: { email: "admin.lamha.sa@hoanhap.local", displayName: "Quản trị Lãm Hà", role: ADMIN, unitCode: "lam-ha", password: "mot-mat-khau-dai" }) { id } }`,
    );
    const wardAdmin = await signIn('admin.lamha.sa@hoanhap.local', 'mot-mat-khau-dai');
    expect(errorCode(await wardAdmin.request(REVOKE, { input: { id: serviceAccount.id } }))).toBe('NOT_FOUND');
    const list = await wardAdmin.request<{ serviceAccounts: Array<{ id: string }> }>('{ serviceAccounts { id } }');
    expect(list.data?.serviceAccounts.map((a) => a.id)).not.toContain(serviceAccount.id);
    const [row] = await db.dataSource.query('SELECT revoked_at FROM service_account WHERE id = $1', [
      serviceAccount.id,
    ]);
    expect(row.revoked_at).toBeNull();
  });
});

describe('introspection in production', () => {
  const INTROSPECT = '{ __schema { queryType { name } } }';

  it('is allowed to a service account', async () => {
    const { key } = await createKey();
    const res = await bearer<{ __schema: { queryType: { name: string } } }>(key, INTROSPECT, { base: prodServer.url });
    expect(res.errors).toBeUndefined();
    expect(res.data?.__schema.queryType.name).toBe('Query');
  });

  it('is refused to anonymous callers and to browser sessions', async () => {
    const anonymous = await new GqlClient(prodServer.url).request(INTROSPECT);
    expect(anonymous.errors).toBeDefined();
    expect(anonymous.data?.__schema).toBeUndefined();
    const officer = new GqlClient(prodServer.url);
    await officer.login('congan.lamha@hoanhap.local');
    const res = await officer.request(INTROSPECT);
    expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
