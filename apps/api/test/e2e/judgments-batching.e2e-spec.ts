import { describe, expect, it } from 'vitest';
import { withDemoServer } from '../utils/demo-server.js';
import { StatementCounter } from '../utils/statement-counter.js';

/*
 * Judgments and employment hang off every person on a list page: their cost must not grow with
 * the page (one statement per kind of record, whatever the number of people).
 */
const counter = new StatementCounter();
const { client } = withDemoServer({
  sqlLogger: counter,
  async seed({ db }) {
    // Every demo person gets a supplementary penalty and an obligation, so every nested list is filled.
    await db.dataSource.query(
      `INSERT INTO supplementary_penalty (conviction_id, kind, starts_on, ends_on, version)
       SELECT id, 'RESIDENCE_BAN', judgment_date, judgment_date + 365, 1 FROM conviction`,
    );
    await db.dataSource.query(
      `INSERT INTO obligation (conviction_id, kind, amount_vnd, settled_on, version)
       SELECT id, 'COURT_FEE', 200000, judgment_date + 30, 1 FROM conviction`,
    );
  },
});
const officer = client('officer');

const PAGE = `query ($first: Int) { returnees(first: $first) { edges { node {
  id
  convictions { id supplementaryPenalties { kind } obligations { kind } }
  employmentPeriods { status startedOn }
  onArticleDate: employmentStatusOn(date: "2024-04-25")
  today: employmentStatusOn(date: "2026-01-01")
} } } }`;

interface Page {
  returnees: {
    edges: Array<{
      node: {
        convictions: Array<{ supplementaryPenalties: unknown[]; obligations: unknown[] }>;
        employmentPeriods: unknown[];
      };
    }>;
  };
}

async function statementsFor(first: number) {
  counter.reset();
  const res = await officer.request<Page>(PAGE, { first });
  expect(res.errors).toBeUndefined();
  const nodes = res.data?.returnees.edges.map((e) => e.node) ?? [];
  expect(nodes).toHaveLength(first);
  // Someone announced by a prison but not yet home has no records: the rest all do.
  const withRecords = nodes.filter((n) => n.convictions.length > 0);
  expect(withRecords.length).toBeGreaterThanOrEqual(first - 1);
  for (const node of withRecords) {
    expect(node.convictions[0]?.supplementaryPenalties).toHaveLength(1);
    expect(node.convictions[0]?.obligations).toHaveLength(1);
    expect(node.employmentPeriods.length).toBeGreaterThan(0);
  }
  return counter.count;
}

describe('judgments and employment on a list page', () => {
  it('cost the same number of statements for 3 people as for 30', async () => {
    const three = await statementsFor(3);
    const thirty = await statementsFor(30);
    expect(thirty).toBe(three);
  });
});
