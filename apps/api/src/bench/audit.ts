import type { EntityManager } from 'typeorm';
import { provinceOfficerId } from './accounts.js';
import { assignmentId } from './helpers.js';
import type { BenchPlan } from './plan.js';
import { BENCH_TODAY, benchId } from './sql.js';
import { provinceOfWard } from './units.js';

/**
 * The audit history of the bench people, as the API would have written it: registering each
 * person still in the caseload and assigning their helper, and closing the cases closed in the
 * last year. Rows go through the chain trigger (one statement, in time order), so `pnpm
 * audit:verify` holds; the rows carry names of fields, never values. Kept as this one function so
 * that writing audit rows can follow the chain's design if it changes.
 */
export async function insertAuditHistory(tx: EntityManager, plan: BenchPlan): Promise<void> {
  const officer = provinceOfficerId(provinceOfWard('p.ward', plan));
  await tx.query(
    `INSERT INTO audit_event (occurred_at, actor_id, actor_role, action, object_type, object_id, returnee_id, fields,
                              request_id)
     SELECT e.at, ${officer}, 'OFFICER', e.action, e.object_type, e.object_id, p.id, e.fields,
            ${benchId('request', `p.n || ':' || e.action`)}
       FROM bench_person p
      CROSS JOIN LATERAL (
        SELECT p.returned_on + time '09:00' AS at, 'registerReturnee' AS action, 'Returnee' AS object_type,
               p.id AS object_id, '{fullName,dateOfBirth,sex,citizenId,returnedOn}'::text[] AS fields
         WHERE p.closure_reason IS NULL
        UNION ALL
        SELECT least(p.returned_on + 10, ${BENCH_TODAY}) + time '09:30', 'assignHelper', 'HelperAssignment',
               ${assignmentId('p.n')}, '{returneeId,helperUserId,role,startedOn}'
         WHERE p.closure_reason IS NULL
        UNION ALL
        SELECT p.closed_on + time '14:00', 'closeCase', 'CaseClosure', ${benchId('closure', 'p.n')},
               '{returneeId,reason,closedOn}'
         WHERE p.closed_on > ${BENCH_TODAY} - 365
      ) e
      ORDER BY e.at, p.n, e.action`,
  );
}
