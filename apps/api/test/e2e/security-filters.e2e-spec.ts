import { describe, expect, it } from 'vitest';
import { withCountedDemoServer } from '../utils/security.js';
import { errorCode } from '../utils/test-server.js';

/*
 * SECURITY.md S10: hostile filter values: page sizes are capped, searches stay bound parameters,
 * oversized or NUL-bearing input is refused before the database is asked.
 */

const { counter, officer, gql, onlySessionLookup } = withCountedDemoServer();

describe('hostile filter values (S10)', () => {
  const LIST =
    'query ($filter: ReturneeFilter, $first: Int) { returnees(filter: $filter, first: $first) { totalCount edges { node { id } } } }';

  it('caps first: 4000 given as a variable at 100 rows (one more is read to know about a next page)', async () => {
    counter.reset();
    const res = await officer.request<{ returnees: { edges: unknown[] } }>(LIST, { first: 4000 });
    expect(res.errors).toBeUndefined();
    expect(res.data?.returnees.edges).toHaveLength(100);
    const listStatement = counter.statements.findIndex((s) => s.includes('FROM returnee r WHERE'));
    expect(counter.params[listStatement]).toContain(101);
    expect(counter.params[listStatement]).not.toContain(100001);
  });

  it('refuses first: 100000 given as a variable by its cost, before any SQL', async () => {
    counter.reset();
    const res = await officer.request(LIST, { first: 100000 });
    expect(errorCode(res)).toBe('QUERY_TOO_COSTLY');
    expect(onlySessionLookup()).toBe(true);
  });

  it.each([
    ["' OR 1=1 --", "x' OR 1=1 --"],
    ['a percent sign', '%'],
    ['an underscore', '_'],
    ['a backslash', '\\'],
    ['10 KB of Unicode', 'Nguyễn 🙂 ỡ'.repeat(1000)],
  ])('answers a search for %s with an empty page or a clear validation error, never 5xx', async (_label, search) => {
    counter.reset();
    const res = await gql(LIST, { filter: { search } }, { cookie: officer.cookie ?? '' });
    expect(res.status).toBeLessThan(500);
    const code = res.body?.errors?.[0]?.extensions?.code;
    if (code) expect(code).toBe('BAD_USER_INPUT');
    else expect(res.body?.data).toMatchObject({ returnees: { totalCount: 0, edges: [] } });
  });

  it('keeps an injection attempt a parameter: it never appears in the SQL text', async () => {
    counter.reset();
    const res = await officer.request(LIST, { filter: { search: "x' OR 1=1 --" } });
    expect(res.data).toMatchObject({ returnees: { totalCount: 0 } });
    expect(counter.statements.some((s) => s.includes('1=1'))).toBe(false);
    expect(counter.params.some((p) => p.some((v) => String(v).includes('1=1')))).toBe(true);
  });

  it('refuses 10 KB in a search with BAD_USER_INPUT naming the field', async () => {
    const res = await officer.request(LIST, { filter: { search: 'ỡ'.repeat(10_000) } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_LONG' });
  });

  it('answers an injected unit code as a unit that does not exist', async () => {
    const res = await officer.request(LIST, { filter: { unitCode: "lam-ha' OR 1=1 --" } });
    expect(errorCode(res)).toBe('NOT_FOUND');
  });

  it.each([
    ['a variable', () => gql(LIST, { filter: { search: 'Nguy\u0000n' } }, { cookie: officer.cookie ?? '' })],
    [
      'a literal',
      () =>
        gql('{ returnees(filter: { search: "Nguy\\u0000n" }) { totalCount } }', undefined, {
          cookie: officer.cookie ?? '',
        }),
    ],
    [
      'a nested list in a variable',
      () =>
        gql('mutation ($i: LoginInput!) { login(input: $i) { user { id } } }', {
          i: { email: 'a@b.c', password: ['x\u0000'] },
        }),
    ],
    [
      'the login email',
      () =>
        gql('mutation ($i: LoginInput!) { login(input: $i) { user { id } } }', {
          i: { email: 'congan.lamha@hoanhap.local\u0000', password: 'hoanhap-demo-2024' },
        }),
    ],
  ])('refuses a NUL character in %s with BAD_USER_INPUT before any SQL', async (_label, send) => {
    counter.reset();
    const res = await send();
    expect(res.status).toBe(400);
    expect(res.body?.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(onlySessionLookup()).toBe(true);
  });
});
