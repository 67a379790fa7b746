/**
 * For bulk loads run by the database owner (`pnpm bench:seed`, an import of a whole province):
 * the summary triggers (migration 1796600000000-statistics-summary) refresh the people of every
 * statement, and a load of many statements would refresh the same people over and over.
 * `pauseStatistics` switches them off for the rest of the transaction; `rebuildStatistics` then
 * recomputes both tables for everyone set-based (`statistics_rebuild()`, migration
 * 1796670000000-statistics-province-summary) and switches them back on, before the transaction
 * commits: nobody ever reads figures that lag.
 */

type Db = { query(sql: string, params?: unknown[]): Promise<unknown> };

/** The tables whose row triggers keep the summaries exact. */
const TABLES = ['returnee', 'case_transfer', 'case_closure', 'employment_period', 'release'];

const TRIGGERS = TABLES.flatMap((table) =>
  ['insert', 'update', 'delete'].map((event) => `"${table}" DISABLE TRIGGER "${table}_statistics_${event}"`),
);

export async function pauseStatistics(db: Db): Promise<void> {
  for (const trigger of TRIGGERS) await db.query(`ALTER TABLE ${trigger}`);
}

export async function rebuildStatistics(db: Db): Promise<void> {
  await db.query('SELECT statistics_rebuild()');
  for (const trigger of TRIGGERS) await db.query(`ALTER TABLE ${trigger.replace(' DISABLE ', ' ENABLE ')}`);
}
