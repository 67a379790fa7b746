import { describe, expect, it } from 'vitest';
import { withDemoServer } from '../utils/demo-server.js';
import { errorCode, GqlClient } from '../utils/test-server.js';

const { db, server, signIn: as } = withDemoServer();

const UNITS = '{ units { code level validTo } }';
const ORGANISATIONS = `query ($unitId: ID, $kinds: [OrganisationKind!]) {
  organisations(unitId: $unitId, kinds: $kinds) { id name kind unit { code } }
}`;

describe('units in scope (the unit switcher and pickers)', () => {
  it('gives the city everything below it, top level first, current units before merged ones', async () => {
    const viewer = await as('so.haiphong@hoanhap.local');
    const res = await viewer.request<{ units: Array<{ code: string; level: string; validTo: string | null }> }>(UNITS);
    const units = res.data?.units ?? [];
    expect(units[0]?.code).toBe('hai-phong');
    expect(units.map((u) => u.code)).toEqual(expect.arrayContaining(['kien-an', 'lam-ha', 'van-dau', 'phu-lien']));
    const levels = units.map((u) => u.level);
    expect(levels.indexOf('WARD')).toBeGreaterThan(levels.lastIndexOf('PROVINCE'));
    const wards = units.filter((u) => u.level === 'WARD');
    const firstEnded = wards.findIndex((u) => u.validTo !== null);
    expect(wards.slice(firstEnded).every((u) => u.validTo !== null)).toBe(true);
  });

  it("gives a ward officer only the ward's own unit", async () => {
    const officer = await as('congan.vandau@hoanhap.local');
    const res = await officer.request<{ units: Array<{ code: string }> }>(UNITS);
    expect(res.data?.units.map((u) => u.code)).toEqual(['van-dau']);
  });

  it('refuses anonymous callers', async () => {
    const res = await new GqlClient(server.url).request(UNITS);
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
  });
});

describe('organisations in scope (the organisation picker)', () => {
  it("lists Lãm Hà's organisations for its officer, by name, narrowed by kind", async () => {
    const officer = await as('congan.lamha@hoanhap.local');
    const all = await officer.request<{ organisations: Array<{ name: string; kind: string; unit: { code: string } }> }>(
      ORGANISATIONS,
    );
    const names = all.data?.organisations.map((o) => o.name) ?? [];
    expect(names.length).toBeGreaterThanOrEqual(7);
    const sorted = (await db.dataSource.query(
      `SELECT o.name FROM organisation o JOIN administrative_unit u ON u.id = o.unit_id
       WHERE u.code = 'lam-ha' ORDER BY o.name`,
    )) as Array<{ name: string }>;
    expect(names).toEqual(sorted.map((o) => o.name));
    expect(all.data?.organisations.every((o) => o.unit.code === 'lam-ha')).toBe(true);

    const women = await officer.request<{ organisations: Array<{ kind: string }> }>(ORGANISATIONS, {
      kinds: ['WOMENS_UNION'],
    });
    expect(women.data?.organisations.length).toBeGreaterThan(0);
    expect(women.data?.organisations.every((o) => o.kind === 'WOMENS_UNION')).toBe(true);
  });

  it("answers another ward's unit, an unknown unit and a malformed id alike: an empty list", async () => {
    const officer = await as('congan.vandau@hoanhap.local');
    const [lamHa] = (await db.dataSource.query(`SELECT id FROM administrative_unit WHERE code = 'lam-ha'`)) as Array<{
      id: string;
    }>;
    for (const unitId of [lamHa?.id, '00000000-0000-4000-8000-000000000000', 'not-an-id']) {
      const res = await officer.request<{ organisations: unknown[] }>(ORGANISATIONS, { unitId });
      expect(res.errors).toBeUndefined();
      expect(res.data?.organisations).toEqual([]);
    }
  });
});
