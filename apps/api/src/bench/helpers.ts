import type { EntityManager } from 'typeorm';
import { helperId, organisationId } from './accounts.js';
import { BENCH_TODAY, benchId, percent, pick } from './sql.js';
import { wardId } from './units.js';

/** The helper (1 or 2) who looks after person p, and the id of that assignment. */
const helperOf = (p: string) => `(1 + ${pick(`${p}.n`, 40, 2)})`;
export const assignmentId = (n: string) => benchId('assignment', n);

/** Every person still in the caseload has a primary helper from the ward's Women's or Youth Union. */
export async function insertHelperAssignments(tx: EntityManager): Promise<void> {
  await tx.query(
    `INSERT INTO helper_assignment (id, created_at, updated_at, version, returnee_id, helper_name, organisation_id,
                                    helper_user_id, role, started_on)
     SELECT ${assignmentId('p.n')}, a.start + time '09:00', a.start + time '09:00', 1, p.id,
            CASE ${helperOf('p')} WHEN 1 THEN 'Hội viên Hội Phụ nữ' ELSE 'Đoàn viên Đoàn Thanh niên' END,
            ${organisationId('p.ward', `${helperOf('p')} + 1`)}, ${helperId('p.ward', helperOf('p'))},
            'PRIMARY', a.start
       FROM bench_person p
      CROSS JOIN LATERAL (SELECT least(p.returned_on + 10, ${BENCH_TODAY}) AS start) a
      WHERE p.closure_reason IS NULL`,
  );
}

/** 1–4 recent contacts per person in the caseload, recorded by their helper (home visits most often). */
export async function insertContacts(tx: EntityManager): Promise<void> {
  await tx.query(
    `INSERT INTO contact (id, created_at, updated_at, version, returnee_id, helper_assignment_id, contacted_on, channel,
                          recorded_by_id)
     SELECT ${benchId('contact', 'p.n * 8 + g')}, c.day + time '16:00', c.day + time '16:00', 1, p.id,
            ${assignmentId('p.n')}, c.day,
            CASE WHEN ${percent('p.n * 4 + g', 44)} < 50 THEN 'HOME_VISIT' WHEN ${percent('p.n * 4 + g', 44)} < 70
                 THEN 'OFFICE' WHEN ${percent('p.n * 4 + g', 44)} < 90 THEN 'PHONE' ELSE 'MESSAGE' END::contact_channel,
            ${helperId('p.ward', helperOf('p'))}
       FROM bench_person p
      CROSS JOIN LATERAL generate_series(1, 1 + ${pick('p.n', 42, 4)}) g
      CROSS JOIN LATERAL (
        SELECT greatest(p.returned_on, ${BENCH_TODAY} - 3 - ${pick('p.n * 4 + g', 43, 110)}) AS day
      ) c
      WHERE p.closure_reason IS NULL`,
  );
}

/** Tasks for about 30% of the caseload, due around today; about 40% of them still open. */
export async function insertTasks(tx: EntityManager): Promise<void> {
  await tx.query(
    `INSERT INTO task (id, created_at, updated_at, version, unit_id, returnee_id, kind, title, due_on, owner_id,
                       completed_at, completed_by_id)
     SELECT ${benchId('task', 'p.n')}, t.due - 14 + time '08:00', t.due - 14 + time '08:00', 1, ${wardId('p.ward')},
            p.id, (ARRAY['MANUAL', 'NO_CONTACT', 'ADDRESS_VERIFICATION'])[t.k]::task_kind,
            (ARRAY['Thăm hỏi, nắm tình hình', 'Liên hệ lại với người được giúp đỡ', 'Xác minh nơi cư trú'])[t.k],
            t.due, ${helperId('p.ward', helperOf('p'))},
            CASE WHEN t.done THEN t.due - 2 + time '15:00' END,
            CASE WHEN t.done THEN ${helperId('p.ward', helperOf('p'))} END
       FROM bench_person p
      CROSS JOIN LATERAL (
        SELECT ${BENCH_TODAY} - 30 + ${pick('p.n', 45, 60)}::int AS due, 1 + ${pick('p.n', 46, 3)} AS k,
               ${percent('p.n', 47)} >= 40 AS done
      ) t
      WHERE p.closure_reason IS NULL AND ${percent('p.n', 48)} < 30`,
  );
}
