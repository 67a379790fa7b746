/**
 * The permission matrix as data: for each operation, each role and the target's unit (the
 * actor's own unit, or another unit outside their scope), what the API answers. The e2e test
 * `test/e2e/permission-matrix.e2e-spec.ts` tries every cell through GraphQL (plainly, through an
 * alias and through a fragment), and `scripts/render-matrix.ts` renders it into docs/security.md.
 *
 * Outcomes:
 * - ALLOWED: the operation passes the access checks (it succeeds, or fails on business rules:
 *   BAD_USER_INPUT, CONFLICT, INVALID_TRANSITION).
 * - FORBIDDEN: refused for the role (`extensions.code` FORBIDDEN).
 * - NOT_FOUND: the target looks missing (NOT_FOUND, null, or an empty list).
 * - SENSITIVE: for reads of a person, ALLOWED and the sensitive fields (convictions, citizenId)
 *   come back; plain ALLOWED means they come back null / empty.
 * - null: the cell does not apply (e.g. "other unit" for a city-wide role).
 *
 * Expectations describe what the code does now, derived by running it: `MATRIX_DISCOVER=1 npx vitest
 * run test/e2e/permission-matrix.e2e-spec.ts` prints every observed cell instead of comparing. The
 * rows live by topic in `permission-matrix/`; after changing one, re-render docs/security.md with
 * `node --import @swc-node/register/esm-register scripts/render-matrix.ts`.
 */
import { Role } from '@hoanhap/shared';
import type { MatrixRow } from './permission-matrix/cell.js';
import { PEOPLE_ROWS } from './permission-matrix/people.js';
import { CASEWORK_ROWS } from './permission-matrix/casework.js';
import { VIEW_ROWS } from './permission-matrix/views-and-exports.js';
import { JUDGMENT_ROWS } from './permission-matrix/judgments.js';
import { ADMINISTRATION_ROWS } from './permission-matrix/administration.js';
import { COMMITTEE_ROWS } from './permission-matrix/committee.js';
import { TASK_AND_CASE_ROWS } from './permission-matrix/tasks-and-cases.js';
import { CAMPAIGN_ROWS } from './permission-matrix/campaigns.js';
import { HANDOVER_ROWS } from './permission-matrix/handover.js';
import { REPORT_ROWS } from './permission-matrix/reports.js';
import { NOTIFICATION_ROWS } from './permission-matrix/notifications.js';

export type { Cell, MatrixRow, Outcome, Scope } from './permission-matrix/cell.js';

export const MATRIX_ROLES: readonly Role[] = [
  Role.ADMIN,
  Role.OFFICER,
  Role.COMMITTEE,
  Role.HELPER,
  Role.VIEWER,
  Role.AUDITOR,
];

// The rows, in the order docs/security.md lists them; each topic's rows live in permission-matrix/.
// MATRIX_DATA_START
export const PERMISSION_MATRIX: readonly MatrixRow[] = [
  ...PEOPLE_ROWS,
  ...CASEWORK_ROWS,
  ...VIEW_ROWS,
  ...JUDGMENT_ROWS,
  ...ADMINISTRATION_ROWS,
  ...COMMITTEE_ROWS,
  ...TASK_AND_CASE_ROWS,
  ...CAMPAIGN_ROWS,
  ...HANDOVER_ROWS,
  ...REPORT_ROWS,
  ...NOTIFICATION_ROWS,
];
// MATRIX_DATA_END
