import type { EntityManager } from 'typeorm';
import { BENCH_CODE_PREFIX } from './sql.js';

/** Whether bench data is there, and for which plan (the marker each bench province's note carries). */
export async function existingMarkers(tx: EntityManager): Promise<string[]> {
  const rows: Array<{ note: string | null }> = await tx.query(
    `SELECT note FROM administrative_unit WHERE code LIKE $1 AND level = 'PROVINCE' ORDER BY code`,
    [`${BENCH_CODE_PREFIX}p-%`],
  );
  return rows.map((r) => r.note ?? '');
}

/**
 * Removes the previous bench data: its people (their casework follows by cascade), tasks, the
 * accounts and organisations of bench units, then the units, in one statement so the closure is
 * rebuilt once. Nothing outside units coded `bench-` is touched; the audit log keeps its rows,
 * as it is append-only.
 */
export async function removeBenchData(tx: EntityManager): Promise<void> {
  const units = `(SELECT id FROM administrative_unit WHERE code LIKE '${BENCH_CODE_PREFIX}%')`;
  const users = `(SELECT id FROM app_user WHERE unit_id IN ${units})`;
  await tx.query(`DELETE FROM returnee WHERE unit_id IN ${units}`);
  await tx.query(`DELETE FROM task WHERE unit_id IN ${units}`);
  await tx.query(`DELETE FROM sensitive_reveal WHERE user_id IN ${users}`);
  await tx.query(`DELETE FROM saved_view WHERE unit_id IN ${units}`);
  await tx.query(`DELETE FROM service_account WHERE unit_id IN ${units}`);
  await tx.query(`DELETE FROM app_user WHERE unit_id IN ${units}`);
  await tx.query(`DELETE FROM organisation WHERE unit_id IN ${units}`);
  await tx.query(`DELETE FROM administrative_unit WHERE code LIKE '${BENCH_CODE_PREFIX}%'`);
}
