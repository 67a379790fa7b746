import { normalizeName } from '@hoanhap/shared';
import { describe, expect, it } from 'vitest';
import { withDemoServer } from '../utils/demo-server.js';
import { StatementCounter } from '../utils/statement-counter.js';
import { createTestDatabase } from '../utils/test-database.js';
import { errorCode, GqlClient, startTestServer } from '../utils/test-server.js';

/*
 * SECURITY.md S1–S6, S8, S10: documents over a limit are refused while parsing or validating,
 * before any resolver runs. The statement counter proves it: an anonymous request sends no SQL at
 * all, a signed-in one only the session lookup that identifies the caller.
 */
class ParamCounter extends StatementCounter {
  params: unknown[][] = [];
  override logQuery(query: string, parameters?: unknown[]) {
    super.logQuery(query);
    this.params.push(parameters ?? []);
  }
  override reset() {
    super.reset();
    this.params = [];
  }
}

const counter = new ParamCounter();
const { db, server, client } = withDemoServer({
  sqlLogger: counter,
  async seed({ db }) {
    // 70 more people in Lãm Hà so a full page of 100 exists.
    const [{ id: unitId }] = await db.dataSource.query(`SELECT id FROM administrative_unit WHERE code = 'lam-ha'`);
    await db.dataSource.query(
      `INSERT INTO returnee (unit_id, full_name, search_name, returned_on, status, version)
       SELECT $1, 'Người Thử Nghiệm ' || i, $2 || i, '2023-01-01', 'UNDER_SUPPORT', 1 FROM generate_series(1, 70) i`,
      [unitId, normalizeName('Người Thử Nghiệm ')],
    );
  },
});
const officer = client('officer');

interface RawResponse {
  status: number;
  text: string;
  body: { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } | undefined;
}

async function post(body: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  const text = await res.text();
  let parsed: RawResponse['body'];
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { status: res.status, text, body: parsed };
}

const gql = (query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) =>
  post(JSON.stringify({ query, variables }), headers);

/** Only the session lookup (context creation) may run before a document is refused. */
const onlySessionLookup = () => counter.statements.every((s) => s.includes('FROM session s JOIN app_user u'));

const nested = (levels: number) => `{ me { unit { ${'parent { '.repeat(levels)}code${' }'.repeat(levels)} } } }`;
const repeat = (text: string, n: number, sep = ' ') => Array.from({ length: n }, () => text).join(sep);

const OVER_LIMIT: Array<[string, string]> = [
  ['nested deeper than 10 levels (S1)', nested(10)],
  ['16 aliases of one field (S2)', `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: me { id }`).join(' ')} }`],
  ['one scalar repeated 1,000 times (S4)', `{ me { ${repeat('id', 1000)} } }`],
  ['__typename repeated 1,000 times (S4)', `{ ${repeat('__typename', 1000)} }`],
  ['__typename with 100 directives (S5)', `{ __typename ${repeat('@skip(if: false)', 100)} }`],
  [
    'more than 2,000 tokens (S4)',
    `query { returnees(filter: { status: [${repeat('UNDER_SUPPORT', 2100, ', ')}] }) { totalCount } }`,
  ],
  ['a literal first: 100000 multiplying the cost (S10)', '{ returnees(first: 100000) { edges { node { id } } } }'],
];

describe('limits checked before execution', () => {
  it.each(OVER_LIMIT)('refuses %s anonymously with a 400 and runs no SQL', async (_label, query) => {
    counter.reset();
    const res = await gql(query);
    expect(res.status).toBe(400);
    expect(res.body?.errors?.[0]?.extensions?.code).toMatch(/^(GRAPHQL_VALIDATION_FAILED|GRAPHQL_PARSE_FAILED)$/);
    expect(res.body?.data ?? null).toBeNull();
    expect(counter.count).toBe(0);
  });

  it.each(OVER_LIMIT)('refuses %s for a signed-in officer before any resolver runs', async (_label, query) => {
    counter.reset();
    const res = await gql(query, undefined, { cookie: officer.cookie ?? '' });
    expect(res.status).toBe(400);
    expect(res.body?.errors?.[0]?.extensions?.code).toMatch(/^(GRAPHQL_VALIDATION_FAILED|GRAPHQL_PARSE_FAILED)$/);
    expect(onlySessionLookup()).toBe(true);
  });

  it('names the limit in a safe message, without a stack trace', async () => {
    const res = await gql(nested(10));
    const error = res.body?.errors?.[0];
    expect(error?.message).toMatch(/depth limit of 10/);
    expect(error?.extensions?.stacktrace).toBeUndefined();
    expect(res.text).not.toMatch(/node_modules|\.ts:\d+/);
  });

  it("lets through the web app's real operations and a returnees page of 100 rows", async () => {
    const page = await officer.request<{ returnees: { edges: unknown[] } }>(
      `query ($first: Int, $after: String) { returnees(first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { cursor node {
          id fullName otherNames status returnedOn dateOfBirth sex citizenId residentialGroup
          unit { id code name } openTaskCount
          currentEmployment { status employerName startedOn }
          currentClassification { group periodStart }
          expungementForecast { route eligibleOn waitingMonths blockers }
        } } } }`,
      { first: 100 },
    );
    expect(page.errors).toBeUndefined();
    expect(page.data?.returnees.edges).toHaveLength(100);

    const nine = await officer.request(nested(7));
    expect(nine.errors).toBeUndefined();
    const dashboard = await officer.request(
      `fragment Breakdown on EmploymentBreakdown { total stable unstable unemployed other }
       query ReintegrationStats($returnedSince: LocalDate!, $asOf: LocalDate) {
         reintegrationStats(returnedSince: $returnedSince, asOf: $asOf) {
           unit { id code name } returnedSince asOf returned { ...Breakdown } inCaseload { ...Breakdown } } }`,
      { returnedSince: '2020-01-01', asOf: '2024-04-25' },
    );
    expect(dashboard.errors).toBeUndefined();
    const aliases = await officer.request(`{ ${Array.from({ length: 15 }, (_, i) => `a${i}: me { id }`).join(' ')} }`);
    expect(aliases.errors).toBeUndefined();
  });

  it('refuses fragments that spread each other without crashing (S6)', async () => {
    counter.reset();
    const res = await gql(
      'query { ...A } fragment A on Query { me { id } ...B } fragment B on Query { __typename ...A }',
    );
    expect(res.status).toBe(400);
    expect(res.body?.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.body?.errors?.[0]?.message).toMatch(/Cannot spread fragment "A" within itself/);
    expect(counter.count).toBe(0);
    expect((await officer.request('{ me { id } }')).errors).toBeUndefined();
  });
});

describe('HTTP layer', () => {
  it('refuses a batch (JSON array) with 400 and executes none of it (S3)', async () => {
    const res = await post(JSON.stringify([{ query: 'mutation { logout }' }, { query: '{ me { id } }' }]), {
      cookie: officer.cookie ?? '',
    });
    expect(res.status).toBe(400);
    expect(res.body?.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    // logout did not run: the session still works.
    expect((await officer.request('{ me { id } }')).errors).toBeUndefined();
  });

  it('answers a 2 MB body with 413 and a JSON error, not an HTML stack trace (S4)', async () => {
    counter.reset();
    const res = await gql(`{ __typename } # ${'x'.repeat(2 * 1024 * 1024)}`);
    expect(res.status).toBe(413);
    expect(res.body?.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(res.text).not.toMatch(/<html|node_modules|at [\w.]+ \(/i);
    expect(counter.count).toBe(0);
  });

  it('answers malformed JSON with 400 and a JSON error', async () => {
    const res = await post('{"query": "{ __typename }"');
    expect(res.status).toBe(400);
    expect(res.body?.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(res.text).not.toMatch(/<html|node_modules|SyntaxError/);
  });
});

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
      const res = await gql('{ returnees(first: 5) { edges { node { id fullName } } } }', undefined, {
        cookie: officer.cookie ?? '',
      });
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

describe('hostile filter values (S10)', () => {
  const LIST =
    'query ($filter: ReturneeFilter, $first: Int) { returnees(filter: $filter, first: $first) { totalCount edges { node { id } } } }';

  it('caps first: 100000 given as a variable at 100 rows (one more is read to know about a next page)', async () => {
    counter.reset();
    const res = await officer.request<{ returnees: { edges: unknown[] } }>(LIST, { first: 100000 });
    expect(res.errors).toBeUndefined();
    expect(res.data?.returnees.edges).toHaveLength(100);
    const listStatement = counter.statements.findIndex((s) => s.includes('WITH filtered AS'));
    expect(counter.params[listStatement]?.at(-1)).toBe(101);
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
