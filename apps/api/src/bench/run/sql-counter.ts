import type pg from 'pg';

/**
 * Counts the statements a server process sends to PostgreSQL (every `query` of node-postgres,
 * BEGIN and COMMIT included), and answers the harness's `sql-count` message over the IPC channel
 * with the running total. The embedded PostgreSQL does not load pg_stat_statements, so the count
 * is taken on the client side, in the server's own process.
 */
export function countStatements(pgModule: typeof pg): void {
  let count = 0;
  const proto = pgModule.Client.prototype as { query: (...args: unknown[]) => unknown };
  const query = proto.query;
  proto.query = function countedQuery(this: unknown, ...args: unknown[]) {
    count += 1;
    return query.apply(this, args);
  };
  process.on('message', (message) => {
    if (message === 'sql-count') process.send?.({ sqlCount: count });
  });
}
