import { CASE_FILE_CONTACTS, normalizeName } from '@hoanhap/shared';
import type { Pool } from 'pg';
import { describe, expect, it } from 'vitest';
import { withDemoServer } from '../utils/demo-server.js';
import { StatementCounter } from '../utils/statement-counter.js';
import { webDocument } from '../utils/web-documents.js';

/*
 * The list page is the hottest read: its cost must not grow with the page. Counting every
 * statement the request sends (the session lookup included) pins that.
 */
const counter = new StatementCounter();
const { client, one, db } = withDemoServer({
  sqlLogger: counter,
  async seed({ db }) {
    // 20 more people so a page of 50 is possible.
    const [{ id: unitId }] = await db.dataSource.query(`SELECT id FROM administrative_unit WHERE code = 'lam-ha'`);
    for (let i = 0; i < 20; i++) {
      const name = `Người Thử Nghiệm ${i}`;
      await db.dataSource.query(
        `INSERT INTO returnee (unit_id, full_name, search_name, returned_on, status, version) VALUES ($1, $2, $3, '2023-01-01', 'UNDER_SUPPORT', 1)`,
        [unitId, name, normalizeName(name)],
      );
    }
  },
});
const officer = client('officer');
const committee = client('committee');

const PAGE = `query ($first: Int) { returnees(first: $first) { totalCount edges { node {
  id fullName status unit { code name }
  currentEmployment { status startedOn }
  openTaskCount
  helpers { helperName role organisation { name kind } }
  expungementForecast { route eligibleOn blockers }
} } } }`;

async function statementsFor(first: number) {
  counter.reset();
  const res = await officer.request<{ returnees: { edges: unknown[] } }>(PAGE, { first });
  expect(res.errors).toBeUndefined();
  expect(res.data?.returnees.edges.length).toBe(first);
  return counter.count;
}

const LIST = webDocument('Returnees');

async function webPage(first: number) {
  counter.reset();
  const res = await officer.request<{ returnees: { totalCount: number; edges: unknown[] } }>(LIST, { first });
  expect(res.errors).toBeUndefined();
  expect(res.data?.returnees.edges.length).toBe(first);
  return counter.count;
}

describe('returnees list cost', () => {
  it('runs 2 statements, the session lookup and the page, whether the page holds 5 or 50 people', async () => {
    const five = await statementsFor(5);
    expect(five, counter.statements.join('\n---\n')).toBeLessThanOrEqual(2);
    expect(await statementsFor(50)).toBe(five);
  });

  it('serves the web app’s list page (20 of a ward, with employment, classification and tasks) in 2 statements', async () => {
    expect(await webPage(20), counter.statements.join('\n---\n')).toBeLessThanOrEqual(2);
    expect(await webPage(5)).toBeLessThanOrEqual(2);
    expect(await webPage(50)).toBeLessThanOrEqual(2);
  });

  it('reads one ward by its unit and name index, never a match on a list of units', async () => {
    await webPage(20);
    const page = counter.statements.find((sql) => sql.includes('FROM returnee r WHERE'));
    expect(page).toMatch(/r\.unit_id = \$1::uuid/);
    expect(page).not.toMatch(/ANY\(\$1/);
  });

  it('sends the session lookup and the page as prepared statements, planned once per connection and reused', async () => {
    for (let i = 0; i < 4; i++) await webPage(20);
    const pool = (db.dataSource.driver as unknown as { master: Pool }).master;
    const clients = await Promise.all(Array.from({ length: pool.idleCount }, () => pool.connect()));
    const runs = new Map<string, number>();
    try {
      for (const c of clients) {
        const { rows } = await c.query<{ statement: string; runs: number }>(
          'SELECT statement, (generic_plans + custom_plans)::int AS runs FROM pg_prepared_statements WHERE NOT from_sql',
        );
        for (const row of rows) runs.set(row.statement, Math.max(runs.get(row.statement) ?? 0, row.runs));
      }
    } finally {
      for (const c of clients) c.release();
    }
    const ran = (part: string) => Math.max(0, ...[...runs].filter(([sql]) => sql.includes(part)).map(([, n]) => n));
    expect(ran('FROM session s JOIN app_user u')).toBeGreaterThan(1);
    expect(ran('FROM returnee r WHERE')).toBeGreaterThan(1);
  });

  it('computes only what is asked: a page of names counts no tasks, reads no employment and no total', async () => {
    counter.reset();
    const res = await officer.request<{ returnees: { edges: Array<{ node: { fullName: string } }> } }>(
      'query ($first: Int) { returnees(first: $first) { edges { node { id fullName } } } }',
      { first: 20 },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.returnees.edges).toHaveLength(20);
    const list = counter.statements.find((sql) => sql.includes('FROM returnee r WHERE'));
    expect(list).toBeDefined();
    expect(list).not.toMatch(/FROM task|FROM employment_period|FROM conviction|count\(\*\)/);

    counter.reset();
    const withTotal = await officer.request<{
      returnees: { totalCount: number; edges: Array<{ node: { n: number } }> };
    }>('{ returnees(first: 2) { total: totalCount edges { node { ... on Returnee { n: openTaskCount } } } } }');
    expect(withTotal.errors).toBeUndefined();
    expect((withTotal.data as unknown as { returnees: { total: number } }).returnees.total).toBeGreaterThan(20);
    const counted = counter.statements.find((sql) => sql.includes('FROM returnee r WHERE'));
    expect(counted).toMatch(/count\(\*\)/);
    expect(counted).toMatch(/FROM task/);
  });
});

describe('case file cost', () => {
  it.each([
    ['the officer', officer],
    ['a committee member, whose sensitive fields stay hidden', committee],
  ])(
    'opens the web app’s case file for %s in at most 5 statements: session, BEGIN, the file, its audit row, COMMIT',
    async (_, caller) => {
      // The ward's person with the most records, so every tab has rows to read.
      const { id } = await one<{ id: string }>(
        `SELECT r.id FROM returnee r JOIN administrative_unit u ON u.id = r.unit_id WHERE u.code = 'lam-ha'
       ORDER BY (SELECT count(*) FROM conviction c WHERE c.returnee_id = r.id)
         + (SELECT count(*) FROM helper_assignment h WHERE h.returnee_id = r.id)
         + (SELECT count(*) FROM task t WHERE t.returnee_id = r.id) DESC, r.id LIMIT 1`,
      );
      counter.reset();
      const res = await caller.request<{ returnee: { id: string } }>(webDocument('ReturneeDetail'), { id });
      expect(res.errors).toBeUndefined();
      expect(res.data?.returnee.id).toBe(id);
      expect(counter.count, counter.statements.join('\n---\n')).toBeLessThanOrEqual(5);
      expect(counter.statements.filter((s) => /INSERT INTO "?audit_event"? /.test(s))).toHaveLength(1);
    },
  );

  it('answers an out-of-scope person as missing in the same one read', async () => {
    const { id } = await one<{ id: string }>(
      `SELECT r.id FROM returnee r JOIN administrative_unit u ON u.id = r.unit_id WHERE u.code <> 'lam-ha' LIMIT 1`,
    );
    counter.reset();
    const res = await officer.request<{ returnee: null }>(webDocument('ReturneeDetail'), { id });
    expect(res.errors).toBeUndefined();
    expect(res.data?.returnee).toBeNull();
    expect(counter.statements.some((s) => /INSERT INTO "?audit_event"? /.test(s))).toBe(false);
  });
});

describe('a person with years of contacts', () => {
  type Contacts = { id: string; contactedOn: string; recordedBy: { displayName: string } }[];
  const CONTACTS = '{ id contactedOn recordedBy { displayName } }';

  it(`carries the newest ${CASE_FILE_CONTACTS} contacts, whichever way the file is read`, async () => {
    // A person with no contacts yet gets one a day, more than a file carries.
    const { id } = await one<{ id: string }>(
      `SELECT r.id FROM returnee r JOIN administrative_unit u ON u.id = r.unit_id WHERE u.code = 'lam-ha'
        AND NOT EXISTS (SELECT 1 FROM contact c WHERE c.returnee_id = r.id) ORDER BY r.search_name LIMIT 1`,
    );
    const total = CASE_FILE_CONTACTS + 5;
    await db.dataSource.query(
      `INSERT INTO contact (returnee_id, contacted_on, channel, recorded_by_id, version)
       SELECT $1, DATE '2024-01-01' + n, 'PHONE', (SELECT id FROM app_user WHERE role = 'OFFICER' LIMIT 1), 1
       FROM generate_series(1, $2::int) n`,
      [id, total],
    );
    const newest = Array.from({ length: CASE_FILE_CONTACTS }, (_, i) => {
      const day = new Date(Date.UTC(2024, 0, 1 + total - i));
      return day.toISOString().slice(0, 10);
    });

    const file = await officer.request<{ returnee: { contacts: Contacts } }>(webDocument('ReturneeDetail'), { id });
    expect(file.errors).toBeUndefined();
    expect(file.data?.returnee.contacts.map((c) => c.contactedOn)).toEqual(newest);
    expect(file.data?.returnee.contacts.every((c) => c.recordedBy.displayName)).toBe(true);

    // Through the list, the contacts come from the loader (one statement for the whole page).
    const page = await officer.request<{ returnees: { edges: Array<{ node: { id: string; contacts: Contacts } }> } }>(
      `query ($first: Int) { returnees(first: $first) { edges { node { id contacts ${CONTACTS} } } } }`,
      { first: 50 },
    );
    expect(page.errors).toBeUndefined();
    const listed = page.data?.returnees.edges.find((e) => e.node.id === id)?.node.contacts;
    expect(listed?.map((c) => c.contactedOn)).toEqual(newest);
    const others = page.data?.returnees.edges.filter((e) => e.node.id !== id).flatMap((e) => e.node.contacts) ?? [];
    expect(others.length).toBeGreaterThan(0);
  });
});
