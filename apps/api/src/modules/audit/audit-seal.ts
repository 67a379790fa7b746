import type { DataSource } from 'typeorm';

/** How far below the newest sealed row the regular run looks for rows that committed late (ids). */
const SEAL_WINDOW = 10_000;
/** Rows chained per statement: keeps each sealing transaction short. */
const SEAL_BATCH = 5_000;

/**
 * Appends the committed, not yet sealed audit rows to the hash chain (`audit_seal`), by calling the
 * database's sealer (`audit_seal_pending`, migration 1796620000000-audit-seal) until nothing is
 * left. Only one sealer runs at a time (an advisory lock inside the function: a concurrent call
 * returns 0 at once), so this is safe from every API process. `sweep` looks at the whole table
 * instead of the recent window: for a row whose transaction committed long after it took its id.
 * Returns the number of rows sealed.
 */
export async function sealAuditLog(dataSource: DataSource, { sweep = false } = {}): Promise<number> {
  let total = 0;
  for (;;) {
    const [{ sealed }] = await dataSource.query('SELECT audit_seal_pending($1, $2) AS sealed', [
      sweep ? null : SEAL_WINDOW,
      SEAL_BATCH,
    ]);
    total += sealed;
    if (sealed < SEAL_BATCH) return total;
  }
}
