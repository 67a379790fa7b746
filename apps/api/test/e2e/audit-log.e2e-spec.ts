import { beforeAll, describe, expect, it } from 'vitest';
import { withDemoServer } from '../utils/demo-server.js';
import { StatementCounter } from '../utils/statement-counter.js';
import { errorCode, GqlClient } from '../utils/test-server.js';

const counter = new StatementCounter();
const { server, sql: q, signIn: as, ids: demoIds } = withDemoServer({ sqlLogger: counter });
const ids: Record<string, string> = {};

/** Audit rows written by the officers of both wards, about people of their wards, plus a refused sign-in. */
beforeAll(async () => {
  for (const row of await q<{ email: string; id: string }>('SELECT email, id FROM app_user')) ids[row.email] = row.id;
  ids.lamHaPerson = await demoIds.person('lam-ha');
  ids.vanDauPerson = await demoIds.person('van-dau');
  const insert = (actor: string | null, role: string | null, action: string, returnee: string | null) =>
    q(
      `INSERT INTO audit_event (actor_id, actor_role, action, object_type, object_id, returnee_id, fields, occurred_at)
       VALUES ($1, $2, $3, 'Returnee', $4, $4, '{fullName}', $5)`,
      [actor, role, action, returnee, '2024-05-10T03:00:00Z'],
    );
  await insert(ids['congan.lamha@hoanhap.local'] ?? null, 'OFFICER', 'updateReturnee', ids.lamHaPerson);
  await insert(ids['congan.lamha@hoanhap.local'] ?? null, 'OFFICER', 'read:returnee', ids.lamHaPerson);
  await insert(ids['congan.vandau@hoanhap.local'] ?? null, 'OFFICER', 'updateReturnee', ids.vanDauPerson);
  await insert(ids['congan.vandau@hoanhap.local'] ?? null, 'OFFICER', 'read:returnee', ids.vanDauPerson);
  await q(`INSERT INTO audit_event (action, object_type, fields) VALUES ('login_failed', 'User', '{}')`);
  // An auditor of the Văn Đẩu ward only (same demo password as the admin).
  await q(
    `INSERT INTO app_user (email, display_name, role, unit_id, password_hash, version)
     SELECT 'kiemtra.vandau@hoanhap.local', 'Kiểm tra Văn Đẩu', 'AUDITOR', u.id, a.password_hash, 1
       FROM administrative_unit u, app_user a WHERE u.code = 'van-dau' AND a.email = 'admin@hoanhap.local'`,
  );
});

const LOG = `query ($filter: AuditFilter, $first: Int, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) {
    edges { cursor node { id occurredAt actor { id displayName role } actorRole action objectType objectId returneeId fields requestId } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Node {
  id: string;
  action: string;
  actor: { id: string; role: string } | null;
  returneeId: string | null;
  fields: string[];
}
interface Log {
  auditLog: {
    edges: Array<{ cursor: string; node: Node }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

describe('auditLog', () => {
  it('is for auditors and administrators only: other roles get FORBIDDEN', async () => {
    for (const email of ['congan.lamha@hoanhap.local', 'ubnd.lamha@hoanhap.local', 'so.haiphong@hoanhap.local']) {
      const res = await (await as(email)).request(LOG);
      expect(errorCode(res), email).toBe('FORBIDDEN');
    }
    const anonymous = await new GqlClient(server.url).request(LOG);
    expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');
  });

  it('shows the city auditor everything, newest first, with the actor and field names', async () => {
    const auditor = await as('kiemtra.haiphong@hoanhap.local');
    const res = await auditor.request<Log>(LOG, { first: 100 });
    expect(res.errors).toBeUndefined();
    const nodes = res.data?.auditLog.edges.map((e) => e.node) ?? [];
    const actions = nodes.map((n) => n.action);
    expect(actions).toEqual(expect.arrayContaining(['updateReturnee', 'read:returnee', 'login_failed']));
    const numericIds = nodes.map((n) => Number(n.id));
    expect(numericIds).toEqual([...numericIds].sort((a, b) => b - a));
    const vanDauWrite = nodes.find((n) => n.action === 'updateReturnee' && n.returneeId === ids.vanDauPerson);
    expect(vanDauWrite).toMatchObject({
      actor: { id: ids['congan.vandau@hoanhap.local'], role: 'OFFICER' },
      fields: ['fullName'],
    });
    const admin = await (await as('admin@hoanhap.local')).request<Log>(LOG, { first: 100 });
    expect(admin.data?.auditLog.edges.length).toBe(nodes.length);
  });

  it('shows a ward auditor only rows whose actor or person belongs to the ward', async () => {
    const auditor = await as('kiemtra.vandau@hoanhap.local');
    const res = await auditor.request<Log>(LOG, { first: 100 });
    expect(res.errors).toBeUndefined();
    const nodes = res.data?.auditLog.edges.map((e) => e.node) ?? [];
    expect(nodes.length).toBeGreaterThanOrEqual(2);
    for (const n of nodes) {
      expect(n.returneeId === ids.vanDauPerson || n.actor?.id === ids['congan.vandau@hoanhap.local']).toBe(true);
    }
  });

  it('filters by actor, action, person and dates, and pages with keyset cursors', async () => {
    const auditor = await as('kiemtra.haiphong@hoanhap.local');
    const byActor = await auditor.request<Log>(LOG, {
      filter: { actorId: ids['congan.lamha@hoanhap.local'], action: 'read:returnee', objectType: 'Returnee' },
    });
    expect(byActor.data?.auditLog.edges.map((e) => e.node.returneeId)).toEqual([ids.lamHaPerson]);
    const byDay = await auditor.request<Log>(LOG, {
      filter: { returneeId: ids.vanDauPerson, from: '2024-05-10', to: '2024-05-10' },
    });
    expect(byDay.data?.auditLog.edges.map((e) => e.node.action)).toEqual(['read:returnee', 'updateReturnee']);
    const dayAfter = await auditor.request<Log>(LOG, { filter: { returneeId: ids.vanDauPerson, from: '2024-05-11' } });
    expect(dayAfter.data?.auditLog.edges).toEqual([]);

    const all = (await auditor.request<Log>(LOG, { first: 100 })).data?.auditLog.edges.map((e) => e.node.id) ?? [];
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page++) {
      const res: { data?: Log | null } = await auditor.request<Log>(LOG, { first: 2, after });
      const conn = res.data?.auditLog;
      seen.push(...(conn?.edges.map((e) => e.node.id) ?? []));
      if (!conn?.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
  });

  it('refuses a bad cursor, page size, id or date range with BAD_USER_INPUT naming the argument', async () => {
    const auditor = await as('kiemtra.haiphong@hoanhap.local');
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ after: 'bm9wZQ' }, 'after'],
      [{ first: 101 }, 'first'],
      [{ first: -1 }, 'first'],
      [{ filter: { actorId: 'nope' } }, 'filter.actorId'],
      [{ filter: { from: '2024-05-10', to: '2024-05-01' } }, 'filter.to'],
    ];
    for (const [variables, field] of cases) {
      const res = await auditor.request(LOG, variables);
      expect(errorCode(res), field).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.field).toBe(field);
    }
  });
});

describe('Returnee.accessHistory', () => {
  const HISTORY = `query { returnees(first: 5) { edges { node { id accessHistory(first: 3) { action } } } } }`;
  const ONE = `query ($id: ID!) { returnee(id: $id) { accessHistory { action actorRole actor { id displayName } } } }`;
  interface History {
    returnees: { edges: Array<{ node: { id: string; accessHistory: Array<{ action: string }> } }> };
  }

  it('shows the officer who wrote and read the person’s file, newest first, in one statement for a page', async () => {
    const officer = await as('congan.lamha@hoanhap.local');
    counter.reset();
    const res = await officer.request<History>(HISTORY);
    expect(res.errors).toBeUndefined();
    const historyStatements = counter.statements.filter((s) => s.includes('CROSS JOIN LATERAL'));
    expect(historyStatements.length).toBe(1);
    expect(res.data?.returnees.edges.length).toBeGreaterThan(1);
    const one = await officer.request<{
      returnee: { accessHistory: Array<{ action: string; actor: { id: string } }> };
    }>(ONE, { id: ids.lamHaPerson });
    expect(one.errors).toBeUndefined();
    const mine = one.data?.returnee.accessHistory.filter((h) => h.action !== 'read:returnee' || h.actor);
    // Opening the file is itself audited, so this very read comes first.
    expect(mine?.[0]?.action).toBe('read:returnee');
    expect(mine?.map((h) => h.action)).toContain('updateReturnee');
    expect(mine?.[0]?.actor.id).toBe(ids['congan.lamha@hoanhap.local']);
  });

  it('tells the officer why a committee member revealed the person’s sensitive fields', async () => {
    const committee = await as('ubnd.lamha@hoanhap.local');
    const purpose = 'Xét đề nghị hỗ trợ vốn vay tháng 11';
    const reveal = await committee.request(
      `mutation ($input: RevealSensitiveInput!) { revealSensitive(input: $input) { id } }`,
      { input: { returneeId: ids.lamHaPerson, purpose } },
    );
    expect(reveal.errors).toBeUndefined();
    const officer = await as('congan.lamha@hoanhap.local');
    const res = await officer.request<{
      returnee: { accessHistory: Array<{ action: string; purpose: string | null; actorRole: string }> };
    }>(`query ($id: ID!) { returnee(id: $id) { accessHistory { action purpose actorRole } } }`, {
      id: ids.lamHaPerson,
    });
    expect(res.errors).toBeUndefined();
    const history = res.data?.returnee.accessHistory ?? [];
    expect(history.find((h) => h.action === 'revealSensitive')).toEqual({
      action: 'revealSensitive',
      purpose,
      actorRole: 'COMMITTEE',
    });
    expect(history.filter((h) => h.action !== 'revealSensitive').every((h) => h.purpose === null)).toBe(true);
  });

  it('is empty for every other role', async () => {
    for (const email of ['ubnd.lamha@hoanhap.local', 'so.haiphong@hoanhap.local', 'admin@hoanhap.local']) {
      const res = await (await as(email)).request<History>(HISTORY);
      expect(res.errors, email).toBeUndefined();
      const nodes = res.data?.returnees.edges ?? [];
      expect(nodes.length).toBeGreaterThan(0);
      expect(nodes.every((e) => e.node.accessHistory.length === 0)).toBe(true);
    }
  });
});
