import type { EntityManager } from 'typeorm';
import { provinceOfficerId } from './accounts.js';
import type { BenchPlan } from './plan.js';
import { BENCH_TODAY, benchId } from './sql.js';
import { provinceOfWard } from './units.js';

/**
 * The audit history of the bench people, as the API would have written it: registering each
 * person still in the caseload, and closing the cases closed in the last three months (chaining
 * costs about 50 µs a row, so the history stays near a quarter of a row per person). Rows are
 * inserted in one statement, in time order, and sealed into the chain after the commit (seed.ts),
 * so `pnpm audit:verify` holds; they name fields, never values.
 */
export async function insertAuditHistory(tx: EntityManager, plan: BenchPlan): Promise<void> {
  const officer = provinceOfficerId(provinceOfWard('p.ward', plan));
  await tx.query(
    `INSERT INTO audit_event (occurred_at, actor_id, actor_role, action, object_type, object_id, returnee_id, fields,
                              request_id)
     SELECT e.at, ${officer}, 'OFFICER', e.action, e.object_type, e.object_id, p.id, e.fields,
            ${benchId('request', 'p.n * 4 + e.k')}
       FROM bench_person p
      CROSS JOIN LATERAL (
        SELECT 1 AS k, p.returned_on + time '09:00' AS at, 'registerReturnee' AS action, 'Returnee' AS object_type,
               p.id AS object_id, '{fullName,dateOfBirth,sex,citizenId,returnedOn}'::text[] AS fields
         WHERE p.closure_reason IS NULL
        UNION ALL
        SELECT 2, p.closed_on + time '14:00', 'closeCase', 'CaseClosure', ${benchId('closure', 'p.n')},
               '{returneeId,reason,closedOn}'
         WHERE p.closed_on > ${BENCH_TODAY} - 90
      ) e
      ORDER BY e.at, p.n, e.action`,
  );
}
