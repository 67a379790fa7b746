import { normalizeName } from '@hoanhap/shared';
import { describe, expect, it } from 'vitest';
import { BENCH_ACCOUNTS } from '../../src/bench/accounts.js';
import { seedBench } from '../../src/bench/seed.js';
import { verifyAuditChain } from '../../src/modules/audit/audit-verify.js';
import { withDemoServer } from '../utils/demo-server.js';

const SIZE = { returnees: 2000, provinces: 1 };
const { db, signIn } = withDemoServer({ seed: async ({ db }) => void (await seedBench(db.dataSource, SIZE)) });

const STATS = `query { reintegrationStats(returnedSince: "2020-01-01", asOf: "2024-04-25") {
  unit { code } returned { total stable unstable unemployed other } inCaseload { total stable unstable unemployed other } } }`;
const SEARCH = `query ($filter: ReturneeFilter) { returnees(filter: $filter, first: 50) { edges { node { id fullName } } } }`;

async function count(sql: string): Promise<number> {
  const [row] = await db.dataSource.query(`SELECT count(*)::int AS n FROM (${sql}) x`);
  return row.n;
}
const benchPeople = `SELECT r.* FROM returnee r JOIN administrative_unit u ON u.id = r.unit_id WHERE u.code LIKE 'bench-%'`;

describe('pnpm bench:seed', () => {
  it('writes the planned units and people in a real caseload’s proportions', async () => {
    expect(await count(`SELECT 1 FROM administrative_unit WHERE code LIKE 'bench-p-%'`)).toBe(1);
    expect(await count(`SELECT 1 FROM administrative_unit WHERE code LIKE 'bench-w-%'`)).toBe(7);
    expect(await count(benchPeople)).toBe(2000);
    const closed = await count(`SELECT 1 FROM (${benchPeople}) r JOIN case_closure c ON c.returnee_id = r.id`);
    expect(closed / 2000).toBeGreaterThan(0.78);
    expect(closed / 2000).toBeLessThan(0.9);
    const reasons = await db.dataSource.query(
      `SELECT DISTINCT c.reason FROM case_closure c JOIN (${benchPeople}) r ON r.id = c.returnee_id`,
    );
    expect(reasons.map((r: { reason: string }) => r.reason)).toEqual(
      expect.arrayContaining(['EXPUNGED', 'MOVED_AWAY']),
    );
    const [jobs] = await db.dataSource.query(
      `SELECT min(n)::int AS min, max(n)::int AS max FROM (SELECT count(*) AS n FROM employment_period e
         JOIN (${benchPeople}) r ON r.id = e.returnee_id GROUP BY e.returnee_id) x`,
    );
    expect(jobs).toEqual({ min: 1, max: 3 });
    const active = await count(`SELECT 1 FROM (${benchPeople}) r WHERE r.status <> 'CLOSED'`);
    expect(await count(`SELECT 1 FROM helper_assignment h JOIN (${benchPeople}) r ON r.id = h.returnee_id`)).toBe(
      active,
    );
    expect(await count(`SELECT 1 FROM (${benchPeople}) r JOIN conviction c ON c.returnee_id = r.id`)).toBe(2000);
    expect(await count(`SELECT 1 FROM audit_event e JOIN (${benchPeople}) r ON r.id = e.returnee_id`)).toBeGreaterThan(
      0,
    );
  });

  it('puts the big ward’s share in the first ward', async () => {
    expect(await count(`${benchPeople} AND u.code = 'bench-w-00001'`)).toBe(200);
  });

  it('fills the search name with the product’s normalisation and gives valid, unique citizen IDs', async () => {
    const rows: Array<{ full_name: string; search_name: string; citizen_id: string }> = await db.dataSource.query(
      `SELECT full_name, search_name, citizen_id FROM (${benchPeople}) r`,
    );
    expect(rows.filter((r) => r.search_name !== normalizeName(r.full_name))).toEqual([]);
    expect(rows.every((r) => /^000\d{9}$/.test(r.citizen_id))).toBe(true);
  });

  it('finds a bench person by a search without diacritics', async () => {
    const [person] = await db.dataSource.query(`${benchPeople} AND r.full_name LIKE 'Đặng%' ORDER BY r.id LIMIT 1`);
    const officer = await signIn(BENCH_ACCOUNTS.provinceOfficer(1));
    const res = await officer.request<{ returnees: { edges: Array<{ node: { id: string } }> } }>(SEARCH, {
      filter: { search: normalizeName(person.full_name).toUpperCase() },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.returnees.edges.map((e) => e.node.id)).toContain(person.id);
  });

  it('leaves the demo ward’s figures as the article states them', async () => {
    const res = await (await signIn('congan.lamha@hoanhap.local')).request(STATS);
    expect(res.data).toEqual({
      reintegrationStats: {
        unit: { code: 'lam-ha' },
        returned: { total: 34, stable: 7, unstable: 21, unemployed: 6, other: 0 },
        inCaseload: { total: 10, stable: 2, unstable: 7, unemployed: 1, other: 0 },
      },
    });
  });

  it('does nothing when run again with the same size, and keeps the audit chain intact', async () => {
    const before = await count('SELECT 1 FROM audit_event');
    expect((await seedBench(db.dataSource, SIZE)).seeded).toBe(false);
    expect(await count(benchPeople)).toBe(2000);
    expect(await count('SELECT 1 FROM audit_event')).toBe(before);
    expect(await verifyAuditChain(db.dataSource)).toMatchObject({ ok: true });
  });

  it('replaces the bench data, and only it, when run with another size', async () => {
    const demoPeople = await count(`SELECT 1 FROM returnee r JOIN administrative_unit u ON u.id = r.unit_id
      WHERE u.code NOT LIKE 'bench-%'`);
    const outcome = await seedBench(db.dataSource, { returnees: 1500, provinces: 2 });
    expect(outcome).toMatchObject({ seeded: true, replaced: true });
    expect(await count(benchPeople)).toBe(1500);
    expect(await count(`SELECT 1 FROM administrative_unit WHERE code LIKE 'bench-p-%'`)).toBe(2);
    expect(
      await count(`SELECT 1 FROM returnee r JOIN administrative_unit u ON u.id = r.unit_id
      WHERE u.code NOT LIKE 'bench-%'`),
    ).toBe(demoPeople);
    expect(await verifyAuditChain(db.dataSource)).toMatchObject({ ok: true });
  });
});
