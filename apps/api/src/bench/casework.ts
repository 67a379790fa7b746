import type { EntityManager } from 'typeorm';
import { provinceOfficerId } from './accounts.js';
import type { BenchPlan } from './plan.js';
import { BENCH_TODAY, benchId, percent, pick } from './sql.js';
import { provinceOfWard, wardId } from './units.js';

const STABLE_JOBS = `ARRAY['Công ty TNHH Cơ khí Mô Phỏng (hợp đồng lao động)', 'Xưởng may Mô Phỏng (hợp đồng 1 năm)',
  'Hợp tác xã nông nghiệp (hợp đồng 2 năm)', 'Công ty CP Xây dựng Mô Phỏng (hợp đồng lao động)']`;
const UNSTABLE_JOBS = `ARRAY['Phụ hồ theo công trình', 'Chạy xe ôm công nghệ', 'Bán hàng tại chợ', 'Làm thuê theo mùa vụ',
  'Bốc vác tại cảng']`;

/**
 * 1–3 employment periods from a week after the return to today, splitting the time evenly: first
 * without work, then casual work, and the last one open with the person's current status (about
 * 35% stable, 45% unstable, 15% without work, the rest in training or unable to work).
 */
export async function insertEmployment(tx: EntityManager): Promise<void> {
  await tx.query(
    `INSERT INTO employment_period (id, created_at, updated_at, version, returnee_id, status, employer_name,
                                    started_on, ended_on, end_reason)
     SELECT ${benchId('job', 'p.n * 4 + g')}, s.started + time '09:00', s.started + time '09:00', 1, p.id,
            s.status::employment_status,
            CASE s.status WHEN 'STABLE' THEN (${STABLE_JOBS})[1 + ${pick('p.n', 30, 4)}]
                          WHEN 'UNSTABLE' THEN (${UNSTABLE_JOBS})[1 + ${pick('p.n', 31, 5)}] END,
            s.started, s.ended, CASE WHEN s.ended IS NOT NULL THEN 'Thay đổi việc làm' END
       FROM bench_person p
      CROSS JOIN LATERAL (
        SELECT (p.returned_on + 7) AS first_day,
               greatest((${BENCH_TODAY} - (p.returned_on + 7)) / p.job_count, 1) AS length
      ) d
      CROSS JOIN LATERAL generate_series(1, p.job_count) g
      CROSS JOIN LATERAL (
        SELECT d.first_day + (g - 1) * d.length AS started,
               CASE WHEN g < p.job_count THEN d.first_day + g * d.length - 1 END AS ended,
               CASE WHEN g < p.job_count THEN CASE WHEN g = 1 THEN 'UNEMPLOYED' ELSE 'UNSTABLE' END
                    WHEN p.job_draw < 35 THEN 'STABLE' WHEN p.job_draw < 80 THEN 'UNSTABLE'
                    WHEN p.job_draw < 95 THEN 'UNEMPLOYED' WHEN p.job_draw < 98 THEN 'IN_TRAINING'
                    ELSE 'UNABLE_TO_WORK' END AS status
      ) s`,
  );
}

/** The closures (about 85% of people), an expungement with its proof (the judicial record certificate). */
export async function insertClosures(tx: EntityManager): Promise<void> {
  await tx.query(
    `INSERT INTO case_closure (id, created_at, updated_at, version, returnee_id, reason, closed_on, proof_number, proof_date)
     SELECT ${benchId('closure', 'p.n')}, p.closed_on + time '14:00', p.closed_on + time '14:00', 1, p.id,
            p.closure_reason, p.closed_on,
            CASE WHEN p.closure_reason = 'EXPUNGED' THEN (300 + p.n) || '/' || extract(year FROM p.closed_on) || '/LLTP' END,
            CASE WHEN p.closure_reason = 'EXPUNGED' THEN p.closed_on - 5 END
       FROM bench_person p
      WHERE p.closure_reason IS NOT NULL`,
  );
}

/** One classification a month after the return (about 20% A, 50% B, 25% C, 5% D), by the province officer. */
export async function insertClassifications(tx: EntityManager, plan: BenchPlan): Promise<void> {
  await tx.query(
    `INSERT INTO classification (id, created_at, updated_at, version, returnee_id, period_start, "group", assessor_id)
     SELECT ${benchId('classification', 'p.n')}, c.start + time '10:00', c.start + time '10:00', 1, p.id, c.start,
            CASE WHEN ${percent('p.n', 32)} < 20 THEN 'A' WHEN ${percent('p.n', 32)} < 70 THEN 'B'
                 WHEN ${percent('p.n', 32)} < 95 THEN 'C' ELSE 'D' END::classification_group,
            ${provinceOfficerId(provinceOfWard('p.ward', plan))}
       FROM bench_person p
      CROSS JOIN LATERAL (SELECT least(p.returned_on + 30, ${BENCH_TODAY}) AS start) c`,
  );
}

/** About 3% of people came from another ward: one transfer each, after their return. */
export async function insertTransfers(tx: EntityManager, plan: BenchPlan): Promise<void> {
  await tx.query(
    `INSERT INTO case_transfer (id, created_at, updated_at, version, returnee_id, from_unit_id, to_unit_id,
                                transferred_on, reason)
     SELECT ${benchId('transfer', 'p.n')}, t.on_day + time '11:00', t.on_day + time '11:00', 1, p.id,
            ${wardId(`(p.ward + ${pick('p.n', 23, plan.wards - 1)}) % ${plan.wards} + 1`)}, ${wardId('p.ward')},
            t.on_day, 'Chuyển nơi cư trú'
       FROM bench_person p
      CROSS JOIN LATERAL (
        SELECT p.returned_on + ${pick('p.n', 24, `greatest(1, ${BENCH_TODAY} - p.returned_on)`)}::int AS on_day
      ) t
      WHERE ${percent('p.n', 18)} < 3`,
  );
}
