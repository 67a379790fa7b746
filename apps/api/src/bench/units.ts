import type { EntityManager } from 'typeorm';
import type { BenchPlan } from './plan.js';
import { benchId, districtCode, provinceCode, wardCode } from './sql.js';

/** The note of a bench province: says what the data is, and carries the plan's marker. */
export function benchNote(plan: BenchPlan): string {
  return `Dữ liệu tổng hợp để đo hiệu năng, không phải người thật (${plan.marker}). / Synthetic benchmark data, not real people (${plan.marker}).`;
}

/**
 * Provinces, districts and wards in one statement: unit_closure is rebuilt by a statement trigger,
 * so one statement rebuilds it once. Ward i belongs to district ((i-1) mod D)+1, district j to
 * province ((j-1) mod P)+1; three wards in five are urban wards (phường), the rest communes (xã).
 */
export async function insertUnits(tx: EntityManager, plan: BenchPlan): Promise<void> {
  await tx.query(
    `INSERT INTO administrative_unit (id, code, name, level, parent_id, note)
     SELECT ${benchId('province', 'i')}, ${provinceCode('i')}, 'Tỉnh Mô Phỏng ' || lpad(i::text, 2, '0'),
            'PROVINCE'::unit_level, NULL::uuid, $4::text
       FROM generate_series(1, $1::int) i
     UNION ALL
     SELECT ${benchId('district', 'j')}, ${districtCode('j')}, 'Huyện Mô Phỏng ' || lpad(j::text, 4, '0'),
            'DISTRICT'::unit_level, ${benchId('province', '(j - 1) % $1 + 1')}, NULL
       FROM generate_series(1, $2::int) j
     UNION ALL
     SELECT ${benchId('ward', 'i')}, ${wardCode('i')},
            CASE WHEN i % 5 < 3 THEN 'Phường' ELSE 'Xã' END || ' Mô Phỏng ' || lpad(i::text, 5, '0'),
            CASE WHEN i % 5 < 3 THEN 'WARD' ELSE 'COMMUNE' END::unit_level,
            ${benchId('district', '(i - 1) % $2 + 1')}, NULL
       FROM generate_series(1, $3::int) i`,
    [plan.provinces, plan.districts, plan.wards, benchNote(plan)],
  );
}

/** The id of ward i (1-based), as insertUnits wrote it. */
export const wardId = (i: string) => benchId('ward', i);

/** The province (1-based) ward i belongs to. */
export const provinceOfWard = (i: string, plan: BenchPlan) =>
  `((((${i}) - 1) % ${plan.districts}) % ${plan.provinces} + 1)`;

/**
 * Three organisations per ward that take part in reintegration work: the ward police, the
 * Women's Union and the Youth Union. Organisation k (1..3) of ward i has the id `org:i:k`.
 */
export async function insertOrganisations(tx: EntityManager, plan: BenchPlan): Promise<void> {
  await tx.query(
    `INSERT INTO organisation (id, name, kind, unit_id)
     SELECT ${benchId('organisation', 'i * 4 + k')},
            (ARRAY['Công an', 'Hội Phụ nữ', 'Đoàn Thanh niên'])[k] || ' ' || lower(u.name),
            (ARRAY['POLICE', 'WOMENS_UNION', 'YOUTH_UNION'])[k]::organisation_kind,
            u.id
       FROM generate_series(1, $1::int) i
       JOIN administrative_unit u ON u.id = ${wardId('i')}
      CROSS JOIN generate_series(1, 3) k`,
    [plan.wards],
  );
}
