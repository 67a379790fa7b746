import { describe, expect, it } from 'vitest';
import { withCountedDemoServer } from '../utils/security.js';
import { createTestDatabase } from '../utils/test-database.js';
import { GqlClient, startTestServer } from '../utils/test-server.js';

/*
 * SECURITY.md S8, S11: error messages never suggest names, and database failures leave with a
 * generic message and a code, never SQL, a stack or connection details.
 */

const { db, officer, gql } = withCountedDemoServer();

describe('error messages', () => {
  it.each([
    ['a misspelled field', '{ mee { id } }'],
    ['a misspelled argument', '{ reintegrationStats(returnedSinc: "2020-01-01") { asOf } }'],
    ['a misspelled enum value', '{ returnees(filter: { status: [UNDER_SUPORT] }) { totalCount } }'],
    ['a misspelled type', 'query ($i: LoginInpt!) { login(input: $i) { user { id } } }'],
  ])('never suggests names for %s (S8)', async (_label, query) => {
    const res = await gql(query, undefined, { cookie: officer.cookie ?? '' });
    expect(res.status).toBe(400);
    expect(res.body?.errors?.length).toBeGreaterThan(0);
    expect(res.text).not.toMatch(/Did you mean/i);
  });

  it('never suggests names for a misspelled input field in variables (S8)', async () => {
    const res = await gql('mutation ($i: LoginInput!) { login(input: $i) { user { id } } }', {
      i: { emial: 'a@b.c', password: 'x' },
    });
    expect(res.body?.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.text).not.toMatch(/Did you mean/i);
  });

  it('answers a database error inside a resolver with a generic message and a code, no SQL or stack (S11)', async () => {
    await db.dataSource.query('ALTER TABLE employment_period RENAME TO employment_period_away');
    try {
      // currentEmployment makes the list's statement read the renamed table.
      const res = await gql(
        '{ returnees(first: 5) { edges { node { id fullName currentEmployment { status } } } } }',
        undefined,
        {
          cookie: officer.cookie ?? '',
        },
      );
      expect(res.status).toBeLessThan(500);
      expect(res.body?.errors?.[0]).toMatchObject({
        message: 'Lỗi hệ thống, vui lòng thử lại. / Internal server error.',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
      expect(Object.keys(res.body?.errors?.[0]?.extensions ?? {})).toEqual(['code']);
      expect(res.text).not.toMatch(/employment_period|relation|SELECT|QueryFailedError|stack|\.ts:\d+/);
    } finally {
      await db.dataSource.query('ALTER TABLE employment_period_away RENAME TO employment_period');
    }
  });

  it('answers an unreachable database with a generic message, no SQL or connection details (S11)', async () => {
    const broken = await createTestDatabase();
    const s = await startTestServer(broken.dataSource);
    const client = new GqlClient(s.url);
    client.cookie = officer.cookie;
    await broken.drop();
    const res = await fetch(`${s.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: officer.cookie ?? '' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    const text = await res.text();
    expect(JSON.parse(text).errors[0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(text).not.toMatch(/t_[0-9a-f]{12}|database|postgres|pool|stack|\.ts:\d+/i);
    await s.close();
  });
});
