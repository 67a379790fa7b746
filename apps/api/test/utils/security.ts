import { normalizeName } from '@hoanhap/shared';
import { withDemoServer } from './demo-server.js';
import { StatementCounter } from './statement-counter.js';
import { postGraphql } from './test-server.js';

/**
 * The security specs' server: the demo with 70 more people in Lãm Hà (so a full page of 100
 * exists), every SQL statement counted with its parameters, and raw POSTs to /graphql.
 * Call once at the top of a file.
 */
export function withCountedDemoServer() {
  const counter = new StatementCounter();
  const demo = withDemoServer({
    sqlLogger: counter,
    async seed({ db }) {
      const [{ id: unitId }] = await db.dataSource.query(`SELECT id FROM administrative_unit WHERE code = 'lam-ha'`);
      await db.dataSource.query(
        `INSERT INTO returnee (unit_id, full_name, search_name, returned_on, status, version)
         SELECT $1, 'Người Thử Nghiệm ' || i, $2 || i, '2023-01-01', 'UNDER_SUPPORT', 1 FROM generate_series(1, 70) i`,
        [unitId, normalizeName('Người Thử Nghiệm ')],
      );
    },
  });
  const post = (body: string, headers: Record<string, string> = {}) => postGraphql(demo.server.url, body, headers);
  const gql = (query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) =>
    post(JSON.stringify({ query, variables }), headers);
  /** Only the session lookup (context creation) may run before a document is refused. */
  const onlySessionLookup = () => counter.statements.every((s) => s.includes('FROM session s JOIN app_user u'));
  return { ...demo, counter, officer: demo.client('officer'), post, gql, onlySessionLookup };
}
