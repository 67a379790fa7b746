/**
 * For bulk loads run by the database owner (`pnpm bench:seed`, an import of a whole province):
 * the summary triggers (migration 1796600000000-statistics-summary) refresh the people of every
 * statement, and a load of many statements would refresh the same people over and over. `pauseStatistics` switches them off for the rest of the
 * transaction; `rebuildStatistics` then recomputes every person set-based, a batch at a time, and
 * switches them back on, before the transaction commits: nobody ever reads figures that lag.
 */

type Db = { query(sql: string, params?: unknown[]): Promise<unknown> };

/** The tables whose row triggers keep the summaries exact. */
const TABLES = ['returnee', 'case_transfer', 'case_closure', 'employment_period', 'release'];
/** People refreshed per statement: bounded memory, one set-based refresh each. */
const BATCH = 20_000;

const TRIGGERS = TABLES.flatMap((table) =>
  ['insert', 'update', 'delete'].map((event) => `"${table}" DISABLE TRIGGER "${table}_statistics_${event}"`),
);

export async function pauseStatistics(db: Db): Promise<void> {
  for (const trigger of TRIGGERS) await db.query(`ALTER TABLE ${trigger}`);
}

export async function rebuildStatistics(db: Db): Promise<void> {
  await db.query('TRUNCATE statistics_change, statistics_summary');
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const batch = (await db.query('SELECT id FROM returnee WHERE id > $1 ORDER BY id LIMIT $2', [
      after,
      BATCH,
    ])) as Array<{ id: string }>;
    if (batch.length === 0) break;
    await db.query('SELECT statistics_refresh($1::uuid[])', [batch.map((row) => row.id)]);
    after = batch[batch.length - 1]?.id ?? after;
  }
  for (const trigger of TRIGGERS) await db.query(`ALTER TABLE ${trigger.replace(' DISABLE ', ' ENABLE ')}`);
}
