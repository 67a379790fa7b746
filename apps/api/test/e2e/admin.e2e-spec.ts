import { describe, expect, it } from 'vitest';
import { withDemoServer } from '../utils/demo-server.js';
import { errorCode, GqlClient } from '../utils/test-server.js';

const { db, server, client, count, signIn } = withDemoServer();
const admin = client('admin');

const CREATE = `mutation ($input: CreateUserInput!) {
  createUser(input: $input) { id email displayName role unit { code } disabledAt }
}`;
const DISABLE = 'mutation ($input: DisableUserInput!) { disableUser(input: $input) { id disabledAt } }';
const RESET = 'mutation ($input: ResetUserPasswordInput!) { resetUserPassword(input: $input) { id } }';
const CHANGE = 'mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }';

const userCount = () => count('SELECT count(*) AS n FROM app_user');
const auditRows = (action: string, objectId: string) =>
  db.dataSource.query('SELECT action, fields, actor_role FROM audit_event WHERE action = $1 AND object_id = $2', [
    action,
    objectId,
  ]) as Promise<Array<{ action: string; fields: string[]; actor_role: string }>>;
const idOf = async (email: string) =>
  ((await db.dataSource.query('SELECT id FROM app_user WHERE email = $1', [email])) as Array<{ id: string }>)[0]
    ?.id as string;

let seq = 0;
const newUser = (over: Record<string, unknown> = {}) => ({
  email: `canbo${++seq}@hoanhap.local`,
  displayName: 'Nguyễn Văn Bình',
  role: 'COMMITTEE',
  unitCode: 'lam-ha',
  password: 'mot-mat-khau-dai',
  ...over,
});

describe('createUser', () => {
  it('creates a user with an Argon2id hash, who can then sign in; the audit lists field names, never the password', async () => {
    const input = newUser({ email: '  Moi.CanBo@HoaNhap.local ' });
    const res = await admin.request<{ createUser: { id: string } }>(CREATE, { input });
    expect(res.errors).toBeUndefined();
    expect(res.data?.createUser).toMatchObject({
      email: 'moi.canbo@hoanhap.local',
      role: 'COMMITTEE',
      unit: { code: 'lam-ha' },
      disabledAt: null,
    });
    const id = res.data?.createUser.id as string;
    const [row] = await db.dataSource.query('SELECT password_hash FROM app_user WHERE id = $1', [id]);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(await auditRows('createUser', id)).toEqual([
      {
        action: 'createUser',
        actor_role: 'ADMIN',
        fields: ['email', 'displayName', 'role', 'unitCode', 'password'],
      },
    ]);
    const [audit] = await db.dataSource.query(
      'SELECT row_to_json(a)::text AS j FROM audit_event a WHERE object_id = $1',
      [id],
    );
    expect(audit.j).not.toContain('mot-mat-khau-dai');
    const login = await new GqlClient(server.url).login('moi.canbo@hoanhap.local', 'mot-mat-khau-dai');
    expect(login.data).toBeTruthy();
  });

  it.each([
    ['a short password', { password: 'short-11chr' }, 'input.password', 'TOO_SHORT'],
    ['a malformed email', { email: 'not-an-email' }, 'input.email', 'INVALID_EMAIL'],
    ['an email already in use', { email: 'congan.lamha@hoanhap.local' }, 'input.email', 'DUPLICATE'],
    ['a helper without organisation', { role: 'HELPER' }, 'input.organisationId', 'REQUIRED'],
    [
      'an unknown organisation',
      { organisationId: '00000000-0000-4000-8000-000000000000' },
      'input.organisationId',
      'NOT_FOUND',
    ],
  ])('refuses %s with BAD_USER_INPUT on the field and writes nothing', async (_label, over, field, reason) => {
    const before = await userCount();
    const auditBefore = await count("SELECT count(*) AS n FROM audit_event WHERE action = 'createUser'");
    const res = await admin.request(CREATE, { input: newUser(over) });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
    expect(await userCount()).toBe(before);
    expect(await count("SELECT count(*) AS n FROM audit_event WHERE action = 'createUser'")).toBe(auditBefore);
  });

  it('refuses an unknown unit with NOT_FOUND', async () => {
    const before = await userCount();
    const res = await admin.request(CREATE, { input: newUser({ unitCode: 'khong-co' }) });
    expect(errorCode(res)).toBe('NOT_FOUND');
    expect(await userCount()).toBe(before);
  });

  it.each(['congan.lamha@hoanhap.local', 'ubnd.lamha@hoanhap.local', 'so.haiphong@hoanhap.local'])(
    'is refused to %s (not an admin) with FORBIDDEN',
    async (email) => {
      const client = await signIn(email);
      const before = await userCount();
      expect(errorCode(await client.request(CREATE, { input: newUser() }))).toBe('FORBIDDEN');
      expect(errorCode(await client.request('{ users { totalCount } }'))).toBe('FORBIDDEN');
      expect(await userCount()).toBe(before);
    },
  );

  it('needs a session', async () => {
    expect(errorCode(await new GqlClient(server.url).request(CREATE, { input: newUser() }))).toBe('UNAUTHENTICATED');
  });
});

describe('users', () => {
  it('pages through the accounts of the admin’s scope by email', async () => {
    const first = await admin.request<{
      users: { totalCount: number; edges: Array<{ node: { email: string } }>; pageInfo: { endCursor: string } };
    }>('{ users(first: 2) { totalCount edges { node { email } } pageInfo { hasNextPage endCursor } } }');
    expect(first.errors).toBeUndefined();
    const all = await count('SELECT count(*) AS n FROM app_user');
    expect(first.data?.users.totalCount).toBe(all);
    const next = await admin.request<{ users: { edges: Array<{ node: { email: string } }> } }>(
      'query ($a: String) { users(first: 2, after: $a) { edges { node { email } } } }',
      { a: first.data?.users.pageInfo.endCursor },
    );
    const emails = [...(first.data?.users.edges ?? []), ...(next.data?.users.edges ?? [])].map((e) => e.node.email);
    expect(emails).toEqual([...emails].sort());
    expect(new Set(emails).size).toBe(4);
  });

  it('refuses a forged cursor and a page over 100', async () => {
    expect((await admin.request('{ users(after: "xx") { totalCount } }')).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
    const big = await admin.request('{ users(first: 1000) { totalCount } }');
    expect(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED']).toContain(errorCode(big));
    expect(big.data?.users).toBeUndefined();
  });

  it('a ward admin sees only the ward’s accounts and cannot touch another ward’s users (NOT_FOUND)', async () => {
    await admin.request(CREATE, { input: newUser({ email: 'admin.lamha@hoanhap.local', role: 'ADMIN' }) });
    const wardAdmin = await signIn('admin.lamha@hoanhap.local', 'mot-mat-khau-dai');
    const res = await wardAdmin.request<{
      users: { edges: Array<{ node: { email: string; unit: { code: string } } }> };
    }>('{ users(first: 20) { edges { node { email unit { code } } } } }');
    expect(res.errors).toBeUndefined();
    const codes = new Set(res.data?.users.edges.map((e) => e.node.unit.code));
    expect([...codes]).toEqual(['lam-ha']);
    const vandau = await idOf('congan.vandau@hoanhap.local');
    expect(errorCode(await wardAdmin.request(DISABLE, { input: { userId: vandau } }))).toBe('NOT_FOUND');
    expect(
      errorCode(await wardAdmin.request(RESET, { input: { userId: vandau, newPassword: 'mot-mat-khau-moi' } })),
    ).toBe('NOT_FOUND');
    expect(errorCode(await wardAdmin.request(CREATE, { input: newUser({ unitCode: 'van-dau' }) }))).toBe('NOT_FOUND');
    const [row] = await db.dataSource.query('SELECT disabled_at FROM app_user WHERE id = $1', [vandau]);
    expect(row.disabled_at).toBeNull();
  });
});

describe('disableUser', () => {
  it('disables the account, ends its sessions and refuses its sign-in; the row stays', async () => {
    const input = newUser();
    const created = await admin.request<{ createUser: { id: string } }>(CREATE, { input });
    const id = created.data?.createUser.id as string;
    const victim = await signIn(input.email, input.password);
    expect(errorCode(await victim.request('{ me { id } }'))).toBeUndefined();

    const res = await admin.request<{ disableUser: { disabledAt: string } }>(DISABLE, { input: { userId: id } });
    expect(res.errors).toBeUndefined();
    expect(res.data?.disableUser.disabledAt).toBeTruthy();
    expect(await count('SELECT count(*) AS n FROM session WHERE user_id = $1', [id])).toBe(0);
    expect(await count('SELECT count(*) AS n FROM app_user WHERE id = $1', [id])).toBe(1);
    expect(errorCode(await victim.request('{ me { id } }'))).toBe('UNAUTHENTICATED');
    const again = await new GqlClient(server.url).request(
      'mutation ($i: LoginInput!) { login(input: $i) { user { id } } }',
      { i: { email: input.email, password: input.password } },
    );
    expect(errorCode(again)).toBe('INVALID_CREDENTIALS');
    expect(await auditRows('disableUser', id)).toEqual([
      { action: 'disableUser', actor_role: 'ADMIN', fields: ['disabledAt'] },
    ]);

    // A second time: CONFLICT, nothing more written.
    expect(errorCode(await admin.request(DISABLE, { input: { userId: id } }))).toBe('CONFLICT');
    expect(await auditRows('disableUser', id)).toHaveLength(1);
  });

  it('refuses disabling yourself, and an unknown or malformed id', async () => {
    const me = await idOf('admin@hoanhap.local');
    expect((await admin.request(DISABLE, { input: { userId: me } })).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.userId',
      reason: 'SELF',
    });
    expect(errorCode(await admin.request(DISABLE, { input: { userId: '00000000-0000-4000-8000-000000000000' } }))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await admin.request(DISABLE, { input: { userId: 'nope' } }))).toBe('NOT_FOUND');
    expect(await count('SELECT count(*) AS n FROM app_user WHERE disabled_at IS NOT NULL AND id = $1', [me])).toBe(0);
  });

  it('is refused to the officer', async () => {
    const officer = await signIn('congan.lamha@hoanhap.local');
    const helper = await idOf('phunu.lamha@hoanhap.local');
    expect(errorCode(await officer.request(DISABLE, { input: { userId: helper } }))).toBe('FORBIDDEN');
  });
});

describe('resetUserPassword', () => {
  it('sets the new password and ends the user’s sessions', async () => {
    const input = newUser();
    const created = await admin.request<{ createUser: { id: string } }>(CREATE, { input });
    const id = created.data?.createUser.id as string;
    const user = await signIn(input.email, input.password);

    const res = await admin.request(RESET, { input: { userId: id, newPassword: 'mat-khau-dat-lai-1' } });
    expect(res.errors).toBeUndefined();
    expect(errorCode(await user.request('{ me { id } }'))).toBe('UNAUTHENTICATED');
    expect((await new GqlClient(server.url).login(input.email, 'mat-khau-dat-lai-1')).data).toBeTruthy();
    expect(await auditRows('resetUserPassword', id)).toEqual([
      { action: 'resetUserPassword', actor_role: 'ADMIN', fields: ['password'] },
    ]);
  });

  it('refuses a short password and changes nothing', async () => {
    const id = await idOf('ubnd.lamha@hoanhap.local');
    const [before] = await db.dataSource.query('SELECT password_hash FROM app_user WHERE id = $1', [id]);
    const res = await admin.request(RESET, { input: { userId: id, newPassword: 'ngan' } });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.newPassword',
      reason: 'TOO_SHORT',
    });
    const [after] = await db.dataSource.query('SELECT password_hash FROM app_user WHERE id = $1', [id]);
    expect(after.password_hash).toBe(before.password_hash);
  });
});

describe('changePassword', () => {
  it('changes the password, keeps this session and ends the others', async () => {
    const input = newUser();
    const created = await admin.request<{ createUser: { id: string } }>(CREATE, { input });
    const id = created.data?.createUser.id as string;
    const here = new GqlClient(server.url);
    const elsewhere = new GqlClient(server.url);
    await here.login(input.email, input.password);
    await elsewhere.login(input.email, input.password);

    const res = await here.request(CHANGE, {
      input: { currentPassword: input.password, newPassword: 'mat-khau-moi-cua-toi' },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ changePassword: true });
    expect(errorCode(await here.request('{ me { id } }'))).toBeUndefined();
    expect(errorCode(await elsewhere.request('{ me { id } }'))).toBe('UNAUTHENTICATED');
    expect((await new GqlClient(server.url).login(input.email, 'mat-khau-moi-cua-toi')).data).toBeTruthy();
    expect(await auditRows('changePassword', id)).toEqual([
      { action: 'changePassword', actor_role: 'COMMITTEE', fields: ['password'] },
    ]);
  });

  it.each([
    ['a wrong current password', { currentPassword: 'sai-mat-khau-roi' }, 'input.currentPassword', 'WRONG_PASSWORD'],
    ['a short new password', { newPassword: 'ngan' }, 'input.newPassword', 'TOO_SHORT'],
    ['the same password again', { newPassword: 'hoanhap-demo-2024' }, 'input.newPassword', 'SAME_AS_CURRENT'],
  ])('refuses %s and changes nothing', async (_label, over, field, reason) => {
    const client = await signIn('phunu.lamha@hoanhap.local');
    const id = await idOf('phunu.lamha@hoanhap.local');
    const [before] = await db.dataSource.query('SELECT password_hash FROM app_user WHERE id = $1', [id]);
    const res = await client.request(CHANGE, {
      input: { currentPassword: 'hoanhap-demo-2024', newPassword: 'mat-khau-moi-cua-toi', ...over },
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
    const [after] = await db.dataSource.query('SELECT password_hash FROM app_user WHERE id = $1', [id]);
    expect(after.password_hash).toBe(before.password_hash);
    expect(await auditRows('changePassword', id)).toHaveLength(0);
  });

  it('needs a session', async () => {
    const res = await new GqlClient(server.url).request(CHANGE, {
      input: { currentPassword: 'hoanhap-demo-2024', newPassword: 'mat-khau-moi-cua-toi' },
    });
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
  });
});
