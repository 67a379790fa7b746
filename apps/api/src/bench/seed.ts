import type { DataSource } from 'typeorm';
import { hashPassword } from '../modules/auth/password.js';
import { DEMO_PASSWORD } from '../seed/demo-units.js';
import { insertAccounts } from './accounts.js';
import { sealAuditLog } from '../modules/audit/audit-seal.js';
import { pauseStatistics, rebuildStatistics } from '../modules/statistics/statistics-rebuild.js';
import { insertAuditHistory } from './audit.js';
import { insertClassifications, insertClosures, insertEmployment, insertTransfers } from './casework.js';
import { insertContacts, insertHelperAssignments, insertTasks } from './helpers.js';
import { BULK_TABLES, dropSecondaryIndexes, restoreIndexes } from './indexes.js';
import { createPersonTable } from './people.js';
import { type BenchOptions, type BenchPlan, planBench } from './plan.js';
import { type Progress, silentProgress } from './progress.js';
import { existingMarkers, removeBenchData } from './replace.js';
import { insertConvictionsAndReleases, insertReturnees } from './returnees.js';
import { insertOrganisations, insertUnits } from './units.js';

export type BenchOutcome = { plan: BenchPlan; seeded: false } | { plan: BenchPlan; seeded: true; replaced: boolean };

/** The phases after the old data is gone, in the order foreign keys need. */
const PHASES = 17;

/**
 * `pnpm bench:seed`: writes the synthetic data set of the plan in one transaction, set-based
 * (INSERT ... SELECT over generate_series, a statement or two per table). Does nothing when the
 * same plan is already there; replaces bench data of another plan; never touches other units.
 * Needs the database owner: it rebuilds the bulk tables' indexes and analyses them.
 */
export async function seedBench(
  dataSource: DataSource,
  options: BenchOptions,
  progress: Progress = silentProgress,
): Promise<BenchOutcome> {
  const plan = planBench(options);
  // The bench accounts sign in with the demo's password; hashed once, by the product's hashing.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const outcome = await dataSource.transaction(async (tx): Promise<BenchOutcome> => {
    await tx.query(`SET LOCAL statement_timeout = 0`);
    await tx.query(`SET LOCAL TimeZone = 'Asia/Ho_Chi_Minh'`);
    await tx.query(`SET LOCAL synchronous_commit = off`);
    await tx.query(`SET LOCAL work_mem = '128MB'`);
    await tx.query(`SET LOCAL maintenance_work_mem = '512MB'`);
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['hoanhap-bench-seed']);
    const markers = await existingMarkers(tx);
    if (markers.length === plan.provinces && markers.every((note) => note.includes(`(${plan.marker})`))) {
      return { plan, seeded: false };
    }
    await pauseStatistics(tx);
    if (markers.length > 0) progress.addPhase();
    if (markers.length > 0) await progress.phase('removing the previous bench data', () => removeBenchData(tx));
    const indexes = await progress.phase('dropping secondary indexes', () => dropSecondaryIndexes(tx));
    await progress.phase('units and organisations', async () => {
      await insertUnits(tx, plan);
      await insertOrganisations(tx, plan);
    });
    await progress.phase('accounts', () => insertAccounts(tx, plan, passwordHash));
    await progress.phase('planning people', () => createPersonTable(tx, plan));
    await progress.phase('returnees', () => insertReturnees(tx));
    await progress.phase('convictions and releases', () => insertConvictionsAndReleases(tx, plan));
    await progress.phase('employment periods', () => insertEmployment(tx));
    await progress.phase('case closures', () => insertClosures(tx));
    await progress.phase('classifications', () => insertClassifications(tx, plan));
    await progress.phase('case transfers', () => insertTransfers(tx, plan));
    await progress.phase('helper assignments', () => insertHelperAssignments(tx));
    await progress.phase('contacts and tasks', async () => {
      await insertContacts(tx);
      await insertTasks(tx);
    });
    await progress.phase('audit history', () => insertAuditHistory(tx, plan));
    await progress.phase('rebuilding indexes', () => restoreIndexes(tx, indexes));
    await progress.phase('statistics summaries', () => rebuildStatistics(tx));
    return { plan, seeded: true, replaced: markers.length > 0 };
  });
  if (outcome.seeded) {
    await progress.phase('analysing tables', async () => {
      for (const table of [...BULK_TABLES, 'administrative_unit', 'app_user', 'organisation', 'audit_event']) {
        await dataSource.query(`ANALYZE ${table}`);
      }
    });
    // What the audit-seal job would do within seconds of a running server: chain the new rows now,
    // so `pnpm audit:verify` covers them straight away.
    await progress.phase('sealing the audit history', () => sealAuditLog(dataSource, { sweep: true }));
  }
  return outcome;
}

export { PHASES as BENCH_PHASES };
