import { describe, expect, it } from 'vitest';
import { withEmploymentServer } from '../utils/employment.js';

/* Employment on a date, derived from the periods, as every reader and the statistics see it. */

const { db, clients, newPerson, recorded, assignHelper } = withEmploymentServer();

describe('employment on a date', () => {
  it('derives the status on any date from the periods, edges included, for every reader', async () => {
    const id = await newPerson();
    await assignHelper(id);
    await recorded(id, { status: 'UNEMPLOYED', startedOn: '2024-01-01', endedOn: '2024-02-29' });
    await recorded(id, { status: 'STABLE', startedOn: '2024-04-01' });
    const query = `query ($id: ID!) { returnee(id: $id) {
      before: employmentStatusOn(date: "2023-12-31")
      first: employmentStatusOn(date: "2024-01-01")
      last: employmentStatusOn(date: "2024-02-29")
      gap: employmentStatusOn(date: "2024-03-31")
      open: employmentStatusOn(date: "2024-04-01")
      later: employmentStatusOn(date: "2030-01-01")
      employmentPeriods { status } } }`;
    for (const role of ['officer', 'helper', 'committee', 'viewer'] as const) {
      const res = await clients[role].request<{ returnee: Record<string, unknown> }>(query, { id });
      expect(res.errors, role).toBeUndefined();
      expect(res.data?.returnee, role).toEqual({
        before: null,
        first: 'UNEMPLOYED',
        last: 'UNEMPLOYED',
        gap: null,
        open: 'STABLE',
        later: 'STABLE',
        employmentPeriods: [{ status: 'STABLE' }, { status: 'UNEMPLOYED' }],
      });
    }
  });

  it('agrees with the article’s statistics: Lãm Hà’s 34 returned since 2020 are 7 / 21 / 6 on 25/04/2024', async () => {
    const people: Array<{ id: string }> = await db.dataSource.query(
      `SELECT r.id FROM returnee r JOIN administrative_unit u ON u.id = r.unit_id
       WHERE u.code = 'lam-ha' AND r.returned_on >= '2020-01-01' AND r.returned_on <= '2024-04-25'
         AND r.full_name NOT LIKE 'Người thử nghiệm%'`,
    );
    expect(people).toHaveLength(34);
    // One page of the list (aliases are capped at 15 per request) with each person's status.
    const ids = new Set(people.map((p) => p.id));
    const tally: Record<string, number> = {};
    const res = await clients.officer.request<{
      returnees: { edges: Array<{ node: { id: string; employmentStatusOn: string | null } }> };
    }>('query ($n: Int) { returnees(first: $n) { edges { node { id employmentStatusOn(date: "2024-04-25") } } } }', {
      n: 100,
    });
    expect(res.errors).toBeUndefined();
    for (const { node } of res.data?.returnees.edges ?? []) {
      if (ids.has(node.id)) tally[String(node.employmentStatusOn)] = (tally[String(node.employmentStatusOn)] ?? 0) + 1;
    }
    expect(tally).toEqual({ STABLE: 7, UNSTABLE: 21, UNEMPLOYED: 6 });
  });
});
