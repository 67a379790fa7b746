import type { EntityManager } from 'typeorm';
import type { BenchPlan } from './plan.js';
import { benchId, provinceCode, wardCode } from './sql.js';
import { wardId } from './units.js';

/** The officer of bench province i (1-based): signs classifications and the audit history. */
export const provinceOfficerId = (i: string) => benchId('officer', i);
/** Helper k (1..2) of ward i: a member of the ward's Women's Union (k=1) or Youth Union (k=2). */
export const helperId = (ward: string, k: string) => benchId('helper', `(${ward}) * 4 + (${k})`);
export const organisationId = (ward: string, k: string) => benchId('organisation', `(${ward}) * 4 + (${k})`);

/** The sign-in names a benchmark uses (all with the demo password). */
export const BENCH_ACCOUNTS = {
  provinceOfficer: (i: number) => `congan.bench-p-${String(i).padStart(2, '0')}@hoanhap.local`,
  bigWardOfficer: 'congan.bench-w-00001@hoanhap.local',
  helper: (ward: number, k: number) => `trogiup${k}.bench-w-${String(ward).padStart(5, '0')}@hoanhap.local`,
};

/**
 * One officer per province, one for the big ward, and two helpers (role HELPER) per ward, all
 * sharing one password hash computed once by the product's own hashing.
 */
export async function insertAccounts(tx: EntityManager, plan: BenchPlan, passwordHash: string): Promise<void> {
  await tx.query(
    `INSERT INTO app_user (id, email, display_name, role, unit_id, organisation_id, password_hash, created_at, version)
     SELECT ${provinceOfficerId('i')}, 'congan.' || ${provinceCode('i')} || '@hoanhap.local',
            'Cán bộ Công an ' || u.name, 'OFFICER'::role, u.id, NULL::uuid, $3::text, timestamptz '2015-01-01 08:00+07', 1
       FROM generate_series(1, $1::int) i
       JOIN administrative_unit u ON u.id = ${benchId('province', 'i')}
     UNION ALL
     SELECT ${benchId('ward-officer', '1')}, 'congan.' || ${wardCode('1')} || '@hoanhap.local',
            'Cán bộ Công an ' || lower(u.name), 'OFFICER', u.id, ${organisationId('1', '1')}, $3,
            timestamptz '2015-01-01 08:00+07', 1
       FROM administrative_unit u WHERE u.id = ${wardId('1')}
     UNION ALL
     SELECT ${helperId('i', 'k')}, 'trogiup' || k || '.' || ${wardCode('i')} || '@hoanhap.local',
            'Hội viên ' || o.name, 'HELPER', u.id, o.id, $3, timestamptz '2015-01-01 08:00+07', 1
       FROM generate_series(1, $2::int) i
      CROSS JOIN generate_series(1, 2) k
       JOIN administrative_unit u ON u.id = ${wardId('i')}
       JOIN organisation o ON o.id = ${organisationId('i', '(k + 1)')}`,
    [plan.provinces, plan.wards, passwordHash],
  );
}
