import type { DataSource } from 'typeorm';
import { installJobQueue } from '../jobs/job-queue.js';
import { JOBS } from '../modules/index.js';

/**
 * Brings a database up to date, as its owner: the committed migrations, then the job queue's schema
 * and one queue per declared job. The server at start, the migrate command and the tests' template
 * all go through here. Returns the names of the migrations applied.
 */
export async function migrateDatabase(owner: DataSource): Promise<string[]> {
  const applied = await owner.runMigrations({ transaction: 'each' });
  await installJobQueue(owner, JOBS);
  return applied.map((migration) => migration.name);
}
