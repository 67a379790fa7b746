import { beforeAll, describe, expect, it } from 'vitest';
import { withDemoServer } from '../utils/demo-server.js';
import { errorCode, GqlClient } from '../utils/test-server.js';

const { db, server, signIn: as } = withDemoServer();
/** A Lãm Hà person with a citizen ID, convictions, incidents and contact notes (from the demo data). */
let person: string;
/** A Văn Đẩu person: outside the Lãm Hà committee's scope. */
let vandauPerson: string;

beforeAll(async () => {
  const ids = async (unit: string) =>
    (await db.dataSource.query(
      `SELECT r.id FROM returnee r JOIN administrative_unit u ON u.id = r.unit_id
       WHERE u.code = $1 AND r.citizen_id IS NOT NULL
       ORDER BY (SELECT count(*) FROM conviction c WHERE c.returnee_id = r.id) DESC,
                (SELECT count(*) FROM incident i WHERE i.returnee_id = r.id) DESC,
                (SELECT count(*) FROM contact k WHERE k.returnee_id = r.id AND k.notes IS NOT NULL) DESC, r.id
       LIMIT 1`,
      [unit],
    )) as Array<{ id: string }>;
  person = (await ids('lam-ha'))[0]?.id as string;
  vandauPerson = (await ids('van-dau'))[0]?.id as string;
});

const READ = `query ($id: ID!) { returnee(id: $id) {
  id fullName citizenId
  convictions { id obligations { id } supplementaryPenalties { id } }
  incidents { id }
  contacts { id notes }
} }`;
const REVEAL = `mutation ($input: RevealSensitiveInput!) {
  revealSensitive(input: $input) { id userId returneeId purpose grantedAt expiresAt }
}`;
const PURPOSE = 'Xét hồ sơ vay vốn hỗ trợ việc làm tháng 11';

interface Read {
  returnee: {
    citizenId: string | null;
    convictions: Array<{ id: string; obligations: unknown[] }>;
    incidents: unknown[];
    contacts: Array<{ notes: string | null }>;
  };
}
type WithExtensions = { extensions?: Record<string, unknown> };

const reveals = async () => Number((await db.dataSource.query('SELECT count(*) AS n FROM sensitive_reveal'))[0].n);

describe('sensitive fields without a grant', () => {
  it('the officer sees them, with no SENSITIVE_HIDDEN flag', async () => {
    const res = await (await as('congan.lamha@hoanhap.local')).request<Read>(READ, { id: person });
    expect(res.errors).toBeUndefined();
    expect(res.data?.returnee.citizenId).toMatch(/^\d{12}$/);
    expect(res.data?.returnee.convictions.length).toBeGreaterThan(0);
    expect((res as WithExtensions).extensions?.SENSITIVE_HIDDEN).toBeUndefined();
  });

  it.each(['ubnd.lamha@hoanhap.local', 'so.haiphong@hoanhap.local'])(
    '%s gets null / empty lists and SENSITIVE_HIDDEN, not an error',
    async (email) => {
      const res = await (await as(email)).request<Read>(READ, { id: person });
      expect(res.errors).toBeUndefined();
      expect(res.data?.returnee).toMatchObject({ citizenId: null, convictions: [], incidents: [] });
      expect(res.data?.returnee.contacts.every((c) => c.notes === null)).toBe(true);
      expect((res as WithExtensions).extensions).toMatchObject({ SENSITIVE_HIDDEN: true });
    },
  );
});

describe('revealSensitive', () => {
  it('grants the committee user this person’s sensitive fields for 30 minutes, audited with the purpose', async () => {
    const committee = await as('ubnd.lamha@hoanhap.local');
    const res = await committee.request<{
      revealSensitive: { id: string; purpose: string; grantedAt: string; expiresAt: string };
    }>(REVEAL, { input: { returneeId: person, purpose: `  ${PURPOSE}  ` } });
    expect(res.errors).toBeUndefined();
    const grant = res.data?.revealSensitive;
    expect(grant?.purpose).toBe(PURPOSE);
    const minutes = (Date.parse(grant?.expiresAt ?? '') - Date.parse(grant?.grantedAt ?? '')) / 60_000;
    expect(Math.round(minutes)).toBe(30);
    const [row] = await db.dataSource.query('SELECT purpose, returnee_id FROM sensitive_reveal WHERE id = $1', [
      grant?.id,
    ]);
    expect(row).toEqual({ purpose: PURPOSE, returnee_id: person });
    const audit = await db.dataSource.query(
      'SELECT action, actor_role, returnee_id, fields FROM audit_event WHERE object_id = $1',
      [grant?.id],
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'revealSensitive', actor_role: 'COMMITTEE', returnee_id: person });
    expect(audit[0].fields).toEqual(expect.arrayContaining(['citizenId', 'convictions', 'incidents', 'obligations']));

    const read = await committee.request<Read>(READ, { id: person });
    expect(read.errors).toBeUndefined();
    expect(read.data?.returnee.citizenId).toMatch(/^\d{12}$/);
    expect(read.data?.returnee.convictions.length).toBeGreaterThan(0);
    expect((read as WithExtensions).extensions?.SENSITIVE_HIDDEN).toBeUndefined();

    // The grant is for this user only.
    const viewer = await (await as('so.haiphong@hoanhap.local')).request<Read>(READ, { id: person });
    expect(viewer.data?.returnee.citizenId).toBeNull();

    // Expired (clock moved in SQL): hidden again.
    await db.dataSource.query("UPDATE sensitive_reveal SET expires_at = now() - interval '1 second' WHERE id = $1", [
      grant?.id,
    ]);
    const later = await committee.request<Read>(READ, { id: person });
    expect(later.data?.returnee).toMatchObject({ citizenId: null, convictions: [] });
    expect((later as WithExtensions).extensions).toMatchObject({ SENSITIVE_HIDDEN: true });
  });

  it('works for a VIEWER of the city too', async () => {
    const viewer = await as('so.haiphong@hoanhap.local');
    expect((await viewer.request(REVEAL, { input: { returneeId: person, purpose: PURPOSE } })).errors).toBeUndefined();
    const read = await viewer.request<Read>(READ, { id: person });
    expect(read.data?.returnee.incidents.length).toBe(
      Number((await db.dataSource.query('SELECT count(*) AS n FROM incident WHERE returnee_id = $1', [person]))[0].n),
    );
  });

  it.each([
    ['a purpose under 10 characters', 'ngắn quá'],
    ['a purpose of spaces around a short word', '      xem       '],
  ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_label, purpose) => {
    const committee = await as('ubnd.lamha@hoanhap.local');
    const before = await reveals();
    const res = await committee.request(REVEAL, { input: { returneeId: person, purpose } });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.purpose',
      reason: 'TOO_SHORT',
    });
    expect(await reveals()).toBe(before);
  });

  it('answers NOT_FOUND for a person outside the user’s scope, or missing, and writes nothing', async () => {
    const committee = await as('ubnd.lamha@hoanhap.local');
    const before = await reveals();
    for (const returneeId of [vandauPerson, '00000000-0000-4000-8000-000000000000', 'nope']) {
      expect(errorCode(await committee.request(REVEAL, { input: { returneeId, purpose: PURPOSE } }))).toBe('NOT_FOUND');
    }
    expect(await reveals()).toBe(before);
  });

  it.each(['congan.lamha@hoanhap.local', 'phunu.lamha@hoanhap.local', 'admin@hoanhap.local'])(
    'is refused to %s with FORBIDDEN',
    async (email) => {
      const before = await reveals();
      const res = await (await as(email)).request(REVEAL, { input: { returneeId: person, purpose: PURPOSE } });
      expect(errorCode(res)).toBe('FORBIDDEN');
      expect(await reveals()).toBe(before);
    },
  );

  it('needs a session', async () => {
    const res = await new GqlClient(server.url).request(REVEAL, { input: { returneeId: person, purpose: PURPOSE } });
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
  });
});

describe('sensitiveReveals', () => {
  it('lists reveals with their purpose for the admin, newest first, with pages', async () => {
    const admin = await as('admin@hoanhap.local');
    const total = await reveals();
    expect(total).toBeGreaterThanOrEqual(2);
    const first = await admin.request<{
      sensitiveReveals: {
        totalCount: number;
        edges: Array<{ node: { id: string; purpose: string; grantedAt: string } }>;
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    }>(
      '{ sensitiveReveals(first: 1) { totalCount edges { node { id purpose grantedAt returneeId userId } } pageInfo { hasNextPage endCursor } } }',
    );
    expect(first.errors).toBeUndefined();
    expect(first.data?.sensitiveReveals.totalCount).toBe(total);
    expect(first.data?.sensitiveReveals.edges[0]?.node.purpose).toBe(PURPOSE);
    expect(first.data?.sensitiveReveals.pageInfo.hasNextPage).toBe(true);
    const next = await admin.request<{
      sensitiveReveals: { edges: Array<{ node: { id: string; grantedAt: string } }> };
    }>('query ($a: String) { sensitiveReveals(first: 10, after: $a) { edges { node { id grantedAt } } } }', {
      a: first.data?.sensitiveReveals.pageInfo.endCursor,
    });
    const ids = [
      first.data?.sensitiveReveals.edges[0]?.node.id,
      ...(next.data?.sensitiveReveals.edges ?? []).map((e) => e.node.id),
    ];
    expect(new Set(ids).size).toBe(total);
    const times = [
      first.data?.sensitiveReveals.edges[0]?.node.grantedAt,
      ...(next.data?.sensitiveReveals.edges ?? []).map((e) => e.node.grantedAt),
    ];
    expect([...times].sort().reverse()).toEqual(times);
    expect(errorCode(await admin.request('{ sensitiveReveals(after: "garbage") { totalCount } }'))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it.each(['congan.lamha@hoanhap.local', 'ubnd.lamha@hoanhap.local', 'so.haiphong@hoanhap.local'])(
    'is refused to %s',
    async (email) => {
      expect(errorCode(await (await as(email)).request('{ sensitiveReveals { totalCount } }'))).toBe('FORBIDDEN');
    },
  );
});
