import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, todayInVietnam } from '@hoanhap/shared';
import { Kind, parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { MAX_QUERY_COST } from '../../src/common/query-cost.js';
import { serviceKeyBudget } from '../../src/modules/service-accounts/service-key-budget.js';
import { createAgreement } from '../utils/agreements.js';
import { withCountedDemoServer } from '../utils/security.js';

/*
 * What a document costs is known before it runs, variables included (docs/api.md, "Query cost"):
 * dear documents are refused before any SQL, and a department's key spends its cost from an
 * hourly budget reported in X-RateLimit-* headers.
 */

const { db, server, client, counter, officer, gql, onlySessionLookup } = withCountedDemoServer();
const admin = client('admin');

const here = path.dirname(fileURLToPath(import.meta.url));
/** The web app's returnees list query as it sends it: the operation and the fragment it spreads. */
const WEB_RETURNEES = print({
  kind: Kind.DOCUMENT,
  definitions: parse(
    readFileSync(path.resolve(here, '../../../web/src/features/returnees/returnees.graphql'), 'utf8'),
  ).definitions.filter((d) => 'name' in d && (d.name?.value === 'Returnees' || d.name?.value === 'ReturneeRow')),
});

/** What a department reads for its own register: 100 people with employment, helpers and forecast. */
const DEPARTMENT_PAGE = `query DepartmentPage($first: Int, $after: String) {
  returnees(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node {
      id fullName status returnedOn unit { code name }
      currentEmployment { status employerName startedOn }
      helpers { id helperName startedOn organisation { id name } }
      expungementForecast { route eligibleOn waitingMonths blockers }
    } }
  }
}`;

const NESTED_100_BY_100 = `{ returnees(first: 100) { edges { node { id
  accessHistory(first: 100) { id action occurredAt } } } } }`;

const ALIASED_PAGES = `{ ${Array.from(
  { length: 15 },
  (_, i) =>
    `p${i}: returnees(first: 100) { edges { node { id currentEmployment { status } helpers { helperName } } } }`,
).join(' ')} }`;

/** 10^4 spreads of one fragment around a dear page: too many fields to estimate. */
const FRAGMENT_BOMB = `{ returnees(first: 100) { edges { node { ...F4 accessHistory(first: 100) { id } } } } }
  fragment F0 on Returnee { id }
  ${[1, 2, 3, 4].map((n) => `fragment F${n} on Returnee { ${Array.from({ length: 10 }, () => `...F${n - 1}`).join(' ')} }`).join('\n')}`;

const SMALL_ROWS = 'query ($first: Int) { returnees(first: $first) { edges { node { id unit { code } } } } }';

async function createKey(role = 'VIEWER') {
  const res = await admin.request<{ createServiceAccount: { key: string; serviceAccount: { id: string } } }>(
    `mutation ($input: CreateServiceAccountInput!) {
      createServiceAccount(input: $input) { key serviceAccount { id } } }`,
    {
      input: {
        name: `Sở LĐ-TB&XH – đồng bộ ${Math.random()}`,
        role,
        unitCode: 'lam-ha',
        allowedOperations: ['returnees'],
        agreementId: await createAgreement(admin, { allowedOperations: ['returnees'] }),
        expiresOn: addDays(todayInVietnam(), 90),
      },
    },
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return { key: res.data?.createServiceAccount.key ?? '', id: res.data?.createServiceAccount.serviceAccount.id ?? '' };
}

async function bearer(key: string, query: string, variables?: Record<string, unknown>) {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as {
    data?: { returnees?: { edges: unknown[] } } | null;
    errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  };
  const header = (name: string) => res.headers.get(name);
  const rate = {
    limit: Number(header('x-ratelimit-limit')),
    remaining: Number(header('x-ratelimit-remaining')),
    used: Number(header('x-ratelimit-used')),
    reset: Number(header('x-ratelimit-reset')),
  };
  return { status: res.status, body, rate, header };
}

describe('documents a client may send', () => {
  it('lets a department read 100 people with employment, helpers and forecast', async () => {
    const { key } = await createKey();
    const page = await bearer(key, DEPARTMENT_PAGE, { first: 100 });
    expect(page.body.errors).toBeUndefined();
    expect(page.body.data?.returnees?.edges).toHaveLength(100);
  });

  it('lets the web app’s own returnees list through at its largest page, whatever `first` is', async () => {
    for (const first of [5, 29, 100]) {
      const res = await officer.request<{ returnees: { edges: unknown[] } }>(WEB_RETURNEES, { first });
      expect(res.errors, `first: ${first}`).toBeUndefined();
      expect(res.data?.returnees.edges).toHaveLength(first);
    }
  });

  it('refuses two nested pages of 100 (10,000 records) before any SQL', async () => {
    counter.reset();
    const res = await gql(NESTED_100_BY_100, undefined, { cookie: officer.cookie ?? '' });
    expect(res.status).toBe(400);
    expect(res.body?.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', maxCost: MAX_QUERY_COST });
    expect(res.body?.errors?.[0]?.extensions?.cost).toBeGreaterThan(100);
    expect(res.body?.errors?.[0]?.message).toMatch(/^Truy vấn tốn \d+ điểm.* \/ The query costs \d+ points/);
    expect(res.body?.data ?? null).toBeNull();
    expect(onlySessionLookup()).toBe(true);
  });

  it('counts `first` given as a variable like a literal one', async () => {
    counter.reset();
    const dear = await gql(SMALL_ROWS, { first: 10_000 }, { cookie: officer.cookie ?? '' });
    expect(dear.status).toBe(400);
    expect(dear.body?.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
    expect(onlySessionLookup()).toBe(true);
    const literal = await gql(SMALL_ROWS.replace('$first)', '10000)').replace('($first: Int)', ''), undefined, {
      cookie: officer.cookie ?? '',
    });
    expect(literal.body?.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
    expect((await officer.request(SMALL_ROWS, { first: 100 })).errors).toBeUndefined();
  });

  it('refuses a document with too many fields to estimate, fragments expanded, before any SQL', async () => {
    counter.reset();
    const res = await gql(FRAGMENT_BOMB, undefined, { cookie: officer.cookie ?? '' });
    expect(res.status).toBe(400);
    expect(res.body?.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
    expect(res.body?.errors?.[0]?.message).toMatch(/more than 10000 fields once its fragments are expanded/);
    expect(onlySessionLookup()).toBe(true);
  });

  it('answers a variable of the wrong type as execution does, without estimating it', async () => {
    const res = await officer.request(SMALL_ROWS, { first: 'many' });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses the same page asked 15 times under aliases before any SQL', async () => {
    counter.reset();
    const res = await gql(ALIASED_PAGES, undefined, { cookie: officer.cookie ?? '' });
    expect(res.status).toBe(400);
    expect(res.body?.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
    expect(onlySessionLookup()).toBe(true);
  });
});

describe('a department key’s hourly points', () => {
  it('reports the budget on every keyed response and counts it down by each document’s cost', async () => {
    const { key } = await createKey();
    const first = await bearer(key, SMALL_ROWS, { first: 100 });
    expect(first.body.errors).toBeUndefined();
    expect(first.rate.limit).toBe(5_000);
    // 100 rows of 2 records, plus the list: 201 records, 3 points.
    expect(first.rate.used).toBe(3);
    expect(first.rate.remaining).toBe(4_997);
    const now = Date.now() / 1000;
    expect(first.rate.reset).toBeGreaterThan(now);
    expect(first.rate.reset).toBeLessThanOrEqual(Math.ceil(now) + 3_600);

    const cheap = await bearer(key, '{ __typename }');
    expect(cheap.rate).toMatchObject({ used: 4, remaining: 4_996, reset: first.rate.reset });

    // Refused before its operation is known: reported, not charged.
    const broken = await bearer(key, '{ returnees { edges ');
    expect(broken.status).toBe(400);
    expect(broken.rate).toMatchObject({ used: 4, remaining: 4_996 });
  });

  it('keeps the count in the database, where every API process reads it', async () => {
    const { key, id } = await createKey();
    await bearer(key, '{ __typename }');
    const rows: Array<{ points: number }> = await db.dataSource.query(
      'SELECT points FROM service_key_budget WHERE key = $1',
      [`key:${id}`],
    );
    expect(rows).toEqual([{ points: 1 }]);
  });

  it('answers 429 with Retry-After once a document no longer fits, and still lets a cheaper one through', async () => {
    const { key, id } = await createKey();
    await serviceKeyBudget(db.dataSource).spend(id, 4_990);
    const refused = await bearer(key, DEPARTMENT_PAGE, { first: 100 });
    expect(refused.status).toBe(429);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(refused.body.errors?.[0]?.message).toMatch(/^Khóa đã dùng hết điểm .* \/ This key has used up its points/);
    expect(refused.body.data ?? null).toBeNull();
    const retryAfter = Number(refused.header('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(3_600);
    expect(refused.rate).toMatchObject({ used: 4_990, remaining: 10 });

    const cheap = await bearer(key, SMALL_ROWS, { first: 5 });
    expect(cheap.status).toBe(200);
    expect(cheap.rate).toMatchObject({ used: 4_991, remaining: 9 });

    // Another key has its own hour.
    const other = await createKey();
    expect((await bearer(other.key, DEPARTMENT_PAGE, { first: 100 })).status).toBe(200);
  });

  it('leaves sessions of people out of it', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: officer.cookie ?? '' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-ratelimit-limit')).toBeNull();
  });
});
