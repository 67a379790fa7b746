import { describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/modules/auth/password.js';
import { User } from '../../src/modules/auth/user.entity.js';
import { withDemoServer } from '../utils/demo-server.js';
import { errorCode, GqlClient } from '../utils/test-server.js';

const { db, server } = withDemoServer();

const ME = '{ me { id email displayName role unit { code name } } }';

describe('login', () => {
  it('signs the officer in with an HttpOnly, SameSite=Strict session cookie and answers me', async () => {
    const client = new GqlClient(server.url);
    const res = await client.login('congan.lamha@hoanhap.local');
    expect(res.data).toMatchObject({
      login: { user: { email: 'congan.lamha@hoanhap.local', role: 'OFFICER', unit: { code: 'lam-ha' } } },
    });
    const cookie = res.setCookie[0] ?? '';
    expect(cookie).toMatch(/^hn_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');

    const me = await client.request(ME);
    expect(me.data).toMatchObject({ me: { email: 'congan.lamha@hoanhap.local', unit: { name: 'Phường Lãm Hà' } } });
  });

  it('accepts the email in any case and with surrounding spaces', async () => {
    const res = await new GqlClient(server.url).login('  CongAn.LamHa@HoaNhap.local ');
    expect(res.data).toBeTruthy();
  });

  it.each([
    ['a wrong password', 'congan.lamha@hoanhap.local', 'wrong-password'],
    ['an unknown email', 'nobody@hoanhap.local', 'hoanhap-demo-2024'],
    ['a malformed email', 'not-an-email', 'hoanhap-demo-2024'],
  ])('gives the same INVALID_CREDENTIALS error for %s and sets no cookie', async (_label, email, password) => {
    const client = new GqlClient(server.url);
    const res = await client.request('mutation ($i: LoginInput!) { login(input: $i) { user { id } } }', {
      i: { email, password },
    });
    expect(errorCode(res)).toBe('INVALID_CREDENTIALS');
    expect(res.errors?.[0]?.message).toBe('Email hoặc mật khẩu không đúng. / Wrong email or password.');
    expect(res.setCookie).toEqual([]);
  });

  it('refuses a disabled account with the same error', async () => {
    await db.dataSource.getRepository(User).insert({
      email: 'disabled@hoanhap.local',
      displayName: 'Tài khoản đã khóa',
      role: 'OFFICER' as User['role'],
      unitId: (await db.dataSource.getRepository(User).findOneByOrFail({ email: 'congan.lamha@hoanhap.local' })).unitId,
      passwordHash: await hashPassword('correct-password'),
      disabledAt: new Date(),
    });
    const res = await new GqlClient(server.url).request(
      'mutation { login(input: { email: "disabled@hoanhap.local", password: "correct-password" }) { user { id } } }',
    );
    expect(errorCode(res)).toBe('INVALID_CREDENTIALS');
  });

  it('names the field when the input is empty', async () => {
    const res = await new GqlClient(server.url).request(
      'mutation { login(input: { email: "", password: "x" }) { user { id } } }',
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.email',
      reason: 'REQUIRED',
    });
  });
});

describe('sessions', () => {
  it('refuses every operation but login without a session, however it is spelled', async () => {
    const anonymous = new GqlClient(server.url);
    for (const query of [
      ME,
      '{ reintegrationStats(returnedSince: "2020-01-01") { returned { total } } }',
      '{ whoami: me { id } }',
      'query { ...Q } fragment Q on Query { me { id } }',
      'query { ... on Query { reintegrationStats(returnedSince: "2020-01-01") { returned { total } } } }',
      'mutation { logout }',
    ]) {
      const res = await anonymous.request(query);
      expect(errorCode(res), query).toBe('UNAUTHENTICATED');
      expect(res.data ?? null, query).toBeNull();
    }
  });

  it('ignores a forged or expired cookie', async () => {
    const client = new GqlClient(server.url);
    client.cookie = `hn_session=${'a'.repeat(43)}`;
    expect(errorCode(await client.request(ME))).toBe('UNAUTHENTICATED');

    await client.login('congan.lamha@hoanhap.local');
    await db.dataSource.query(`UPDATE session SET expires_at = now() - interval '1 second'`);
    expect(errorCode(await client.request(ME))).toBe('UNAUTHENTICATED');
  });

  it('times out after 30 idle minutes', async () => {
    const client = new GqlClient(server.url);
    await client.login('ubnd.lamha@hoanhap.local');
    await db.dataSource.query(`UPDATE session SET last_seen_at = now() - interval '31 minutes'`);
    expect(errorCode(await client.request(ME))).toBe('UNAUTHENTICATED');
  });

  it('gives a new session id at login and destroys the old one', async () => {
    const client = new GqlClient(server.url);
    await client.login('congan.lamha@hoanhap.local');
    const before = client.cookie;
    await client.login('congan.lamha@hoanhap.local');
    expect(client.cookie).not.toBe(before);

    const replay = new GqlClient(server.url);
    replay.cookie = before;
    expect(errorCode(await replay.request(ME))).toBe('UNAUTHENTICATED');
    expect((await client.request(ME)).data).toBeTruthy();
  });

  it('logout destroys the session: the same cookie no longer works', async () => {
    const client = new GqlClient(server.url);
    await client.login('so.haiphong@hoanhap.local');
    const cookie = client.cookie;
    const out = await client.request('mutation { logout }');
    expect(out.data).toEqual({ logout: true });
    expect(out.setCookie[0]).toMatch(/^hn_session=;/);

    const replay = new GqlClient(server.url);
    replay.cookie = cookie;
    expect(errorCode(await replay.request(ME))).toBe('UNAUTHENTICATED');
  });

  it('keeps only a keyed hash of the token in the database', async () => {
    const client = new GqlClient(server.url);
    await client.login('admin@hoanhap.local');
    const token = client.cookie?.split('=')[1];
    const rows: Array<{ token_hash: string }> = await db.dataSource.query('SELECT token_hash FROM session');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.token_hash)).not.toContain(token);
  });
});
