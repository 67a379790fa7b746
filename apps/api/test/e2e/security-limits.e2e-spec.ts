import { describe, expect, it } from 'vitest';
import { withCountedDemoServer } from '../utils/security.js';

/*
 * SECURITY.md S1–S6: documents over a limit are refused while parsing or validating, before
 * any resolver runs (the cost limit, S10, once variables are known: security-query-cost.e2e-spec.ts), and the HTTP layer refuses batches, huge bodies and malformed JSON. The
 * statement counter proves it: an anonymous request sends no SQL at all, a signed-in one only the
 * session lookup that identifies the caller.
 */

const { counter, officer, post, gql, onlySessionLookup } = withCountedDemoServer();

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
    expect(error?.message).toBe(
      'Truy vấn lồng 13 tầng, tối đa 10 tầng. / The query nests 13 levels deep, more than the 10 allowed.',
    );
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

  it('says where a document cannot be read, in Vietnamese and English, without graphql-js’s "Syntax Error"', async () => {
    const res = await gql('{ me { id }');
    const error = res.body?.errors?.[0];
    expect(res.status).toBe(400);
    expect(error?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(error?.message).toBe(
      'Tài liệu GraphQL sai cú pháp ở dòng 1, cột 12. / The GraphQL document cannot be read at line 1, column 12: Expected Name, found <EOF>.',
    );
    expect((error as { locations?: unknown } | undefined)?.locations).toEqual([{ line: 1, column: 12 }]);
    const long = await gql(`{ ${repeat('__typename', 2100)} }`);
    expect(long.body?.errors?.[0]?.message).toBe(
      'Tài liệu GraphQL quá dài: tối đa 2000 token. / The GraphQL document is too long: at most 2000 tokens.',
    );
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
