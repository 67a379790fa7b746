import pg from 'pg';
import type { DataSource } from 'typeorm';
import { installJobQueue } from '../jobs/job-queue.js';
import { JOBS } from '../modules/index.js';

/**
 * Brings a database up to date, as its owner: the committed migrations, then the job queue's schema
 * and one queue per declared job. The server at start, the migrate command and the tests' template
 * all go through here. Returns the names of the migrations applied.
 *
 * Several machines may start at once on one database: an advisory lock, held on a connection of its
 * own (the pool may have a single one), makes them take turns, so the first applies what is pending
 * and the others find nothing left to do.
 */
export async function migrateDatabase(owner: DataSource): Promise<string[]> {
  const lock = new pg.Client({ connectionString: (owner.options as { url: string }).url });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock(hashtext($1))', [MIGRATION_LOCK]);
    const applied = await owner.runMigrations({ transaction: 'each' });
    await installJobQueue(owner, JOBS);
    return applied.map((migration) => migration.name);
  } finally {
    // Ending the session releases the lock, also when a migration failed.
    await lock.end().catch(() => undefined);
  }
}

const MIGRATION_LOCK = 'hoanhap-migrate';
