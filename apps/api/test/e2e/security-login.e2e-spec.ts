import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import type { Logger } from '../../src/logger.js';
import { withDemoServer } from '../utils/demo-server.js';
import { GqlClient } from '../utils/test-server.js';

/*
 * SECURITY.md S13 (login throttling, logged without personal data; the alias limit) and the part
 * of S12 auth.e2e-spec.ts does not cover (a session id planted before login).
 * Each test signs in from its own client address (X-Forwarded-For from loopback, which the app
 * trusts) so the per-address counters of one test do not spill into the next.
 */
const PASSWORD = 'hoanhap-demo-2024';
const lines: Array<Record<string, unknown>> = [];
const rawLog: string[] = [];
const sink = new Writable({
  write(chunk, _enc, done) {
    const text = String(chunk);
    rawLog.push(text);
    lines.push(JSON.parse(text));
    done();
  },
});
const { db, server } = withDemoServer({ log: pino({ level: 'info' }, sink) as unknown as Logger });

interface LoginResponse {
  status: number;
  setCookie: string[];
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  data?: unknown;
}

const LOGIN = 'mutation ($input: LoginInput!) { login(input: $input) { user { id } } }';

async function login(address: string, email: string, password: string, cookie?: string): Promise<LoginResponse> {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address, ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query: LOGIN, variables: { input: { email, password } } }),
  });
  return { status: res.status, setCookie: res.headers.getSetCookie(), ...((await res.json()) as object) };
}

const code = (res: LoginResponse) => res.errors?.[0]?.extensions?.code;

describe('login throttling per account', () => {
  it('refuses the 6th attempt after 5 failures, even with the right password, and says when to retry', async () => {
    const address = '198.51.100.1';
    for (let i = 0; i < 5; i++) {
      expect(code(await login(address, 'congan.vandau@hoanhap.local', `wrong-${i}`))).toBe('INVALID_CREDENTIALS');
    }
    const refused = await login(address, 'congan.vandau@hoanhap.local', PASSWORD);
    expect(refused.status).toBe(200);
    expect(code(refused)).toBe('TOO_MANY_ATTEMPTS');
    const retryAfter = Number(refused.errors?.[0]?.extensions?.retryAfterSeconds);
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(refused.setCookie).toEqual([]);
    expect(refused.data ?? null).toBeNull();
  });

  it('counts the email however it is typed, and throttles nothing else', async () => {
    const address = '198.51.100.2';
    for (const email of ['Ubnd.LamHa@hoanhap.local', ' ubnd.lamha@hoanhap.local', 'UBND.LAMHA@HOANHAP.LOCAL']) {
      expect(code(await login(address, email, 'wrong'))).toBe('INVALID_CREDENTIALS');
    }
    expect(code(await login(address, 'ubnd.lamha@hoanhap.local', 'wrong'))).toBe('INVALID_CREDENTIALS');
    expect(code(await login(address, 'ubnd.lamha@hoanhap.local', 'wrong'))).toBe('INVALID_CREDENTIALS');
    expect(code(await login(address, 'ubnd.lamha@hoanhap.local', PASSWORD))).toBe('TOO_MANY_ATTEMPTS');
    // Another account from the same address still signs in.
    expect((await login(address, 'so.haiphong@hoanhap.local', PASSWORD)).errors).toBeUndefined();
  });

  it('answers an unknown email exactly like an existing one, so throttling reveals no accounts', async () => {
    const address = '198.51.100.3';
    const existing: LoginResponse[] = [];
    const unknown: LoginResponse[] = [];
    for (let i = 0; i < 6; i++) {
      existing.push(await login(address, 'phunu.lamha@hoanhap.local', 'wrong'));
      unknown.push(await login(address, 'khong-co-ai@hoanhap.local', 'wrong'));
    }
    const shape = (r: LoginResponse) => ({ status: r.status, code: code(r), message: r.errors?.[0]?.message });
    expect(existing.map(shape)).toEqual(unknown.map(shape));
    expect(code(existing[5] as LoginResponse)).toBe('TOO_MANY_ATTEMPTS');
  });

  it('starts the count again after a successful sign-in', async () => {
    const address = '198.51.100.4';
    for (let i = 0; i < 4; i++) await login(address, 'admin@hoanhap.local', 'wrong');
    expect((await login(address, 'admin@hoanhap.local', PASSWORD)).errors).toBeUndefined();
    for (let i = 0; i < 4; i++) {
      expect(code(await login(address, 'admin@hoanhap.local', 'wrong'))).toBe('INVALID_CREDENTIALS');
    }
  });

  it('lets at most 5 of 12 simultaneous wrong attempts reach the password check', async () => {
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => login(`198.51.100.${50 + i}`, 'song-song@hoanhap.local', 'wrong')),
    );
    const codes = results.map(code);
    expect(codes.filter((c) => c === 'INVALID_CREDENTIALS')).toHaveLength(5);
    expect(codes.filter((c) => c === 'TOO_MANY_ATTEMPTS')).toHaveLength(7);
  });
});

describe('login throttling per client address', () => {
  it('refuses an address after 20 failures across accounts, and only that address', async () => {
    const address = '203.0.113.7';
    for (let i = 0; i < 20; i++) {
      expect(code(await login(address, `thu-${i}@hoanhap.local`, 'wrong'))).toBe('INVALID_CREDENTIALS');
    }
    const refused = await login(address, 'congan.lamha@hoanhap.local', PASSWORD);
    expect(code(refused)).toBe('TOO_MANY_ATTEMPTS');
    expect(refused.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect((await login('203.0.113.8', 'congan.lamha@hoanhap.local', PASSWORD)).errors).toBeUndefined();
  });

  it('blocks 100 login aliases in one request by the alias limit, before any attempt is counted', async () => {
    const before = await db.dataSource.query('SELECT key, points FROM login_throttle ORDER BY key');
    const send = async (query: string, variables?: object) => {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.9' },
        body: JSON.stringify({ query, variables }),
      });
      return {
        status: res.status,
        body: (await res.json()) as { errors: Array<{ message: string; extensions: { code: string } }> },
      };
    };
    const viaVariable = Array.from({ length: 100 }, (_, i) => `a${i}: login(input: $i) { user { id } }`).join(' ');
    const aliased = await send(`mutation ($i: LoginInput!) { ${viaVariable} }`, {
      i: { email: 'congan.lamha@hoanhap.local', password: 'guess' },
    });
    expect(aliased.status).toBe(400);
    expect(aliased.body.errors[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(aliased.body.errors[0]?.message).toMatch(
      /^Truy vấn dùng \d+ bí danh \(alias\), tối đa 15\. \/ The query uses \d+ aliases, more than the 15 allowed\.$/,
    );
    // Spelled out with a different password each, the same request is already over the token limit.
    const literal = Array.from(
      { length: 100 },
      (_, i) => `a${i}: login(input: { email: "congan.lamha@hoanhap.local", password: "guess-${i}" }) { user { id } }`,
    ).join(' ');
    const spelled = await send(`mutation { ${literal} }`);
    expect(spelled.status).toBe(400);
    expect(spelled.body.errors[0]?.extensions.code).toMatch(/^GRAPHQL_(PARSE|VALIDATION)_FAILED$/);
    expect(await db.dataSource.query('SELECT key, points FROM login_throttle ORDER BY key')).toEqual(before);
  });
});

describe('what throttling leaves behind', () => {
  it('logs failures and refusals with hashes of the email and address, never the email or password', async () => {
    const failed = lines.filter((l) => l.event === 'login_failed');
    const throttled = lines.filter((l) => l.event === 'login_throttled');
    expect(failed.length).toBeGreaterThan(20);
    expect(throttled.map((l) => l.scope)).toEqual(expect.arrayContaining(['account', 'address']));
    for (const line of [...failed, ...throttled]) {
      expect(line.emailHash).toMatch(/^[A-Za-z0-9_-]{16}$/);
      expect(line.addressHash).toMatch(/^[A-Za-z0-9_-]{16}$/);
      expect(line.requestId).toBeTruthy();
    }
    const all = rawLog.join('');
    expect(all).not.toMatch(/@hoanhap\.local|hoanhap-demo-2024|wrong-\d|203\.0\.113\.7|198\.51\.100\.1\b/i);
  });

  it('stores keyed hashes only: no email or address in the counters table', async () => {
    const rows: Array<{ key: string }> = await db.dataSource.query('SELECT key FROM login_throttle');
    expect(rows.length).toBeGreaterThan(0);
    for (const { key } of rows) expect(key).toMatch(/^(account|address):[A-Za-z0-9_-]{43}$/);
  });
});

describe('session fixation (S12)', () => {
  it('never adopts a session id the caller brought: login issues a new one, the planted one stays useless', async () => {
    const planted = `hn_session=${'P'.repeat(43)}`;
    const res = await login('192.0.2.10', 'congan.lamha@hoanhap.local', PASSWORD, planted);
    expect(res.errors).toBeUndefined();
    const issued = (res.setCookie[0] ?? '').split(';')[0];
    expect(issued).toMatch(/^hn_session=[A-Za-z0-9_-]{43}$/);
    expect(issued).not.toBe(planted);

    const attacker = new GqlClient(server.url);
    attacker.cookie = planted;
    expect((await attacker.request('{ me { id } }')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const victim = new GqlClient(server.url);
    victim.cookie = issued;
    expect((await victim.request('{ me { email } }')).data).toEqual({ me: { email: 'congan.lamha@hoanhap.local' } });
  });
});
