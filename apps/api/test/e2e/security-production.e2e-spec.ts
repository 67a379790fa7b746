import { describe, expect, it } from 'vitest';
import { withDemoServer } from '../utils/demo-server.js';
import { GqlClient } from '../utils/test-server.js';

/*
 * SECURITY.md S7 (introspection refused in production), S8 (no suggestions) and S9 (CSRF: no
 * browser-sendable "simple" request can run an operation) against the server as production runs it.
 */
const { server: production, alsoServe, client, db } = withDemoServer({ isProduction: true });
const development = alsoServe({});
const officer = client('officer');

const sessions = async () => (await db.dataSource.query('SELECT count(*)::int AS n FROM session'))[0].n as number;

const INTROSPECTION = [
  ['__schema', '{ __schema { types { name } } }'],
  ['__type', '{ __type(name: "Returnee") { fields { name } } }'],
  ['__schema inside a fragment', '{ me { id } ...F } fragment F on Query { __schema { queryType { name } } }'],
  ['__type inside an inline fragment', '{ ... on Query { __type(name: "User") { name } } }'],
];

describe('introspection in production (S7)', () => {
  it.each(INTROSPECTION)('refuses %s to an anonymous caller', async (_label, query) => {
    const res = await new GqlClient(production.url).request(query);
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0]?.extensions?.code).toMatch(/^(UNAUTHENTICATED|GRAPHQL_VALIDATION_FAILED)$/);
  });

  it.each(INTROSPECTION)('refuses %s to a signed-in browser session', async (_label, query) => {
    const res = await officer.request(query);
    expect(res.status).toBe(400);
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0]).toMatchObject({
      message: 'Không được phép truy vấn lược đồ. / GraphQL introspection is not allowed.',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('still answers __typename and ordinary queries', async () => {
    const res = await officer.request('{ __typename me { __typename email } }');
    expect(res.data).toEqual({ __typename: 'Query', me: { __typename: 'User', email: 'congan.lamha@hoanhap.local' } });
  });

  it('stays available in development, for GraphiQL and codegen', async () => {
    const res = await new GqlClient(development.url).request<{ __schema: { queryType: { name: string } } }>(
      '{ __schema { queryType { name } } }',
    );
    expect(res.data?.__schema.queryType.name).toBe('Query');
  });
});

describe('suggestions in production (S8)', () => {
  it('never answers "Did you mean", for a field, an argument or an input field', async () => {
    for (const [query, variables] of [
      ['{ mee { id } }', undefined],
      ['{ me { emial } }', undefined],
      ['mutation ($i: LoginInput!) { login(input: $i) { user { id } } }', { i: { emial: 'x', password: 'y' } }],
    ] as const) {
      const res = await officer.request(query, variables);
      expect(res.errors?.length, query).toBeGreaterThan(0);
      expect(JSON.stringify(res.errors), query).not.toMatch(/Did you mean/);
    }
  });
});

describe('CSRF prevention (S9)', () => {
  const logout = JSON.stringify({ query: 'mutation { logout }' });

  it.each([
    ['a text/plain POST', { method: 'POST', contentType: 'text/plain', body: logout }],
    [
      'a form POST',
      { method: 'POST', contentType: 'application/x-www-form-urlencoded', body: 'query=mutation%20%7B%20logout%20%7D' },
    ],
    [
      'a multipart POST',
      {
        method: 'POST',
        contentType: 'multipart/form-data; boundary=x',
        body: `--x\r\nContent-Disposition: form-data; name="query"\r\n\r\nmutation { logout }\r\n--x--\r\n`,
      },
    ],
    ['a GET mutation', { method: 'GET', contentType: undefined, body: undefined }],
    ['a GET with content-type text/plain', { method: 'GET', contentType: 'text/plain', body: undefined }],
  ])('refuses %s carrying the session cookie, and the session is untouched', async (_label, req) => {
    const before = await sessions();
    const query = req.method === 'GET' ? `?query=${encodeURIComponent('mutation { logout }')}` : '';
    const res = await fetch(`${production.url}/graphql${query}`, {
      method: req.method,
      headers: { cookie: officer.cookie ?? '', ...(req.contentType ? { 'content-type': req.contentType } : {}) },
      body: req.body,
    });
    expect(res.status).toBe(400);
    expect(res.headers.getSetCookie()).toEqual([]);
    expect(await sessions()).toBe(before);
    expect((await officer.request('{ me { email } }')).data).toEqual({ me: { email: 'congan.lamha@hoanhap.local' } });
  });

  it('refuses a mutation over GET even with the preflight header that passes the CSRF check', async () => {
    const before = await sessions();
    const res = await fetch(`${production.url}/graphql?query=${encodeURIComponent('mutation { logout }')}`, {
      headers: { cookie: officer.cookie ?? '', 'apollo-require-preflight': 'true' },
    });
    expect(res.status).toBe(405);
    expect(await sessions()).toBe(before);
    expect((await officer.request('{ me { email } }')).errors).toBeUndefined();
  });

  it('runs the same mutation as a JSON POST, which browsers cannot send cross-site without a preflight', async () => {
    const client = new GqlClient(production.url);
    await client.login('so.haiphong@hoanhap.local');
    const before = await sessions();
    expect((await client.request('mutation { logout }')).data).toEqual({ logout: true });
    expect(await sessions()).toBe(before - 1);
  });
});
