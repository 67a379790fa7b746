import { describe, expect, it } from 'vitest';
import { withDemoServer } from '../utils/demo-server.js';

/*
 * The list's total is exact up to 10,000 people, which any ward or district stays under; past it
 * (a city) counting stops, so the first page of a city costs what a ward's does, and the answer
 * says the total is a lower bound.
 */
const { client, sql, one } = withDemoServer({
  async seed({ db }) {
    // 10,050 people in one new ward of Hải Phòng, the viewer's scope.
    await db.dataSource.query(`INSERT INTO administrative_unit (code, name, level, parent_id)
      SELECT 'dong-dan', 'Phường Đông Dân', 'WARD', id FROM administrative_unit WHERE code = 'hai-phong'`);
    await db.dataSource.query(`INSERT INTO returnee (unit_id, full_name, search_name, status, version)
      SELECT u.id, 'Người ' || g, 'nguoi ' || lpad(g::text, 5, '0'), 'UNDER_SUPPORT', 1
      FROM generate_series(1, 10050) g, administrative_unit u WHERE u.code = 'dong-dan'`);
  },
});

const LIST = `query ($first: Int, $after: String, $filter: ReturneeFilter) {
  returnees(first: $first, after: $after, filter: $filter) {
    totalCount totalCountExact edges { node { id fullName } } pageInfo { endCursor hasNextPage } } }`;
interface Page {
  returnees: {
    totalCount: number;
    totalCountExact: boolean;
    edges: Array<{ node: { id: string; fullName: string } }>;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
}

describe('returnees totals', () => {
  it('counts a ward exactly', async () => {
    const res = await client('officer').request<Page>(LIST, { first: 5 });
    expect(res.errors).toBeUndefined();
    const { n } = await one<{ n: number }>(
      `SELECT count(*)::int AS n FROM returnee r JOIN administrative_unit u ON u.id = r.unit_id WHERE u.code = 'lam-ha'`,
    );
    expect(res.data?.returnees).toMatchObject({ totalCount: n, totalCountExact: true });
  });

  it('stops counting past 10,000 and says the total is "more than 10,000"', async () => {
    const res = await client('viewer').request<Page>(LIST, { first: 5 });
    expect(res.errors).toBeUndefined();
    expect(res.data?.returnees).toMatchObject({ totalCount: 10_001, totalCountExact: false });
  });

  it('pages a scope of several units in name order, as one sorted read would', async () => {
    const viewer = client('viewer');
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 3; i++) {
      const variables: Record<string, unknown> = { first: 7, after };
      const res = await viewer.request<Page>(LIST, variables);
      expect(res.errors).toBeUndefined();
      seen.push(...(res.data?.returnees.edges.map((e) => e.node.id) ?? []));
      const next: string | null = res.data?.returnees.pageInfo.endCursor ?? null;
      after = next;
    }
    const expected = await sql<{ id: string }>(
      `SELECT r.id FROM returnee r WHERE r.unit_id IN (SELECT unit_id FROM unit_closure WHERE ancestor_id =
         (SELECT id FROM administrative_unit WHERE code = 'hai-phong')) ORDER BY r.search_name, r.id LIMIT 21`,
    );
    expect(seen).toEqual(expected.map((r) => r.id));
  });
});
