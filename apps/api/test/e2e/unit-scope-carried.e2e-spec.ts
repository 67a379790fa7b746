import { describe, expect, it } from 'vitest';
import { withDemoServer } from '../utils/demo-server.js';
import { StatementCounter } from '../utils/statement-counter.js';

/*
 * A city's scope (thousands of units at national scale) is not carried with every request: the
 * session lookup carries a ward's or a district's, and a larger one is read only by a request that
 * needs it. 70 more wards make the demo city's scope larger than the carried limit (64).
 */
const counter = new StatementCounter();
const { client } = withDemoServer({
  sqlLogger: counter,
  async seed({ db }) {
    await db.dataSource.query(
      `INSERT INTO administrative_unit (code, name, level, parent_id)
       SELECT 'extra-' || g, 'Phường Thêm ' || g, 'WARD', id FROM administrative_unit, generate_series(1, 70) g
        WHERE code = 'kien-an'`,
    );
  },
});
const viewer = client('viewer');
const officer = client('officer');
const scopeReads = () => counter.statements.filter((s) => /FROM unit_closure WHERE ancestor_id = \$1$/.test(s.trim()));

describe('the unit scope a request carries', () => {
  it('answers a city viewer’s statistics for a ward without reading the city’s scope', async () => {
    counter.reset();
    const res = await viewer.request<{ reintegrationStats: { unit: { code: string } } }>(
      '{ reintegrationStats(unitCode: "lam-ha", returnedSince: "2020-01-01") { unit { code } returned { total } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.reintegrationStats.unit.code).toBe('lam-ha');
    expect(scopeReads()).toEqual([]);
  });

  it('reads the city’s scope once for a request that needs it, and still scopes by it', async () => {
    counter.reset();
    const res = await viewer.request<{ returnees: { totalCount: number } }>('{ returnees { totalCount } }');
    expect(res.errors).toBeUndefined();
    expect(res.data?.returnees.totalCount).toBeGreaterThanOrEqual(35);
    expect(scopeReads()).toHaveLength(1);
  });

  it('carries a ward officer’s scope with the session: no second read', async () => {
    counter.reset();
    const res = await officer.request<{ returnees: { totalCount: number } }>('{ returnees { totalCount } }');
    expect(res.errors).toBeUndefined();
    expect(scopeReads()).toEqual([]);
  });
});
