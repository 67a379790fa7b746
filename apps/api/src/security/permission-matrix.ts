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
 * run test/e2e/permission-matrix.e2e-spec.ts` prints every observed cell instead of comparing. After
 * changing this file, re-render docs/security.md with `node --import @swc-node/register/esm-register
 * scripts/render-matrix.ts`.
 */
import { Role } from '@hoanhap/shared';

export type Outcome = 'ALLOWED' | 'SENSITIVE' | 'FORBIDDEN' | 'NOT_FOUND';
export type Scope = 'own' | 'other';
export type Cell = Record<Scope, Outcome | null>;

export interface MatrixRow {
  operation: string;
  kind: 'query' | 'mutation';
  cells: Record<Role, Cell>;
  note?: string;
}

export const MATRIX_ROLES: readonly Role[] = [
  Role.ADMIN,
  Role.OFFICER,
  Role.COMMITTEE,
  Role.HELPER,
  Role.VIEWER,
  Role.AUDITOR,
];

const c = (own: Outcome | null, other: Outcome | null): Cell => ({ own, other });

// MATRIX_DATA_START
export const PERMISSION_MATRIX: readonly MatrixRow[] = [
  {
    operation: 'returnees',
    kind: 'query',
    cells: {
      [Role.ADMIN]: c('ALLOWED', null),
      [Role.OFFICER]: c('SENSITIVE', 'NOT_FOUND'),
      [Role.COMMITTEE]: c('ALLOWED', 'NOT_FOUND'),
      [Role.HELPER]: c('ALLOWED', 'NOT_FOUND'),
      [Role.VIEWER]: c('ALLOWED', null),
      [Role.AUDITOR]: c('FORBIDDEN', null),
    },
  },
  {
    operation: 'returnee',
    kind: 'query',
    cells: {
      [Role.ADMIN]: c('ALLOWED', null),
      [Role.OFFICER]: c('SENSITIVE', 'NOT_FOUND'),
      [Role.COMMITTEE]: c('ALLOWED', 'NOT_FOUND'),
      [Role.HELPER]: c('ALLOWED', 'NOT_FOUND'),
      [Role.VIEWER]: c('ALLOWED', null),
      [Role.AUDITOR]: c('FORBIDDEN', null),
    },
    note: 'ADMIN and VIEWER read a person without sensitive fields (COMMITTEE and VIEWER may ask for a purpose-bound reveal); AUDITOR may not read cases. A HELPER reads only the people assigned to them, without offences or citizen ID.',
  },
  {
    operation: 'reintegrationStats',
    kind: 'query',
    cells: {
      [Role.ADMIN]: c('ALLOWED', null),
      [Role.OFFICER]: c('ALLOWED', 'NOT_FOUND'),
      [Role.COMMITTEE]: c('ALLOWED', 'NOT_FOUND'),
      [Role.HELPER]: c('ALLOWED', 'NOT_FOUND'),
      [Role.VIEWER]: c('ALLOWED', null),
      [Role.AUDITOR]: c('ALLOWED', null),
    },
    note: 'Aggregates only: every role, HELPER and AUDITOR included, may read the statistics of its own unit; another unit answers NOT_FOUND.',
  },
  {
    operation: 'expectedReleases',
    kind: 'query',
    cells: {
      [Role.ADMIN]: c('ALLOWED', null),
      [Role.OFFICER]: c('ALLOWED', 'NOT_FOUND'),
      [Role.COMMITTEE]: c('ALLOWED', 'NOT_FOUND'),
      [Role.HELPER]: c('ALLOWED', 'NOT_FOUND'),
      [Role.VIEWER]: c('ALLOWED', null),
      [Role.AUDITOR]: c('FORBIDDEN', null),
    },
    note: 'Those who read case files; a HELPER gets only the people assigned to them. Another unit’s code answers NOT_FOUND.',
  },
  {
    operation: 'registerReturnee',
    kind: 'mutation',
    cells: {
      [Role.ADMIN]: c('FORBIDDEN', null),
      [Role.OFFICER]: c('ALLOWED', 'NOT_FOUND'),
      [Role.COMMITTEE]: c('FORBIDDEN', 'FORBIDDEN'),
      [Role.HELPER]: c('FORBIDDEN', 'FORBIDDEN'),
      [Role.VIEWER]: c('FORBIDDEN', null),
      [Role.AUDITOR]: c('FORBIDDEN', null),
    },
  },
  {
    operation: 'updateReturnee',
    kind: 'mutation',
    cells: {
      [Role.ADMIN]: c('FORBIDDEN', null),
      [Role.OFFICER]: c('ALLOWED', 'NOT_FOUND'),
      [Role.COMMITTEE]: c('FORBIDDEN', 'FORBIDDEN'),
      [Role.HELPER]: c('FORBIDDEN', 'FORBIDDEN'),
      [Role.VIEWER]: c('FORBIDDEN', null),
      [Role.AUDITOR]: c('FORBIDDEN', null),
    },
    note: 'Probed with a stale version: an allowed caller gets CONFLICT and nothing is written.',
  },
  {
    operation: 'recordContact',
    kind: 'mutation',
    cells: {
      [Role.ADMIN]: c('FORBIDDEN', null),
      [Role.OFFICER]: c('ALLOWED', 'NOT_FOUND'),
      [Role.COMMITTEE]: c('FORBIDDEN', 'FORBIDDEN'),
      [Role.HELPER]: c('ALLOWED', 'NOT_FOUND'),
      [Role.VIEWER]: c('FORBIDDEN', null),
      [Role.AUDITOR]: c('FORBIDDEN', null),
    },
  },
  {
    operation: 'recordSupport',
    kind: 'mutation',
    cells: {
      [Role.ADMIN]: c('FORBIDDEN', null),
      [Role.OFFICER]: c('ALLOWED', 'NOT_FOUND'),
      [Role.COMMITTEE]: c('FORBIDDEN', 'FORBIDDEN'),
      [Role.HELPER]: c('ALLOWED', 'NOT_FOUND'),
      [Role.VIEWER]: c('FORBIDDEN', null),
      [Role.AUDITOR]: c('FORBIDDEN', null),
    },
  },
  {
    operation: 'assignHelper',
    kind: 'mutation',
    cells: {
      [Role.ADMIN]: c('FORBIDDEN', null),
      [Role.OFFICER]: c('ALLOWED', 'NOT_FOUND'),
      [Role.COMMITTEE]: c('FORBIDDEN', 'FORBIDDEN'),
      [Role.HELPER]: c('FORBIDDEN', 'FORBIDDEN'),
      [Role.VIEWER]: c('FORBIDDEN', null),
      [Role.AUDITOR]: c('FORBIDDEN', null),
    },
  },
  {
    operation: 'helperAccounts',
    kind: 'query',
    cells: {
      [Role.ADMIN]: c('FORBIDDEN', null),
      [Role.OFFICER]: c('ALLOWED', 'NOT_FOUND'),
      [Role.COMMITTEE]: c('FORBIDDEN', 'FORBIDDEN'),
      [Role.HELPER]: c('FORBIDDEN', 'FORBIDDEN'),
      [Role.VIEWER]: c('FORBIDDEN', null),
      [Role.AUDITOR]: c('FORBIDDEN', null),
    },
  },
  {
    operation: 'assignHelperToMany',
    kind: 'mutation',
    cells: {
      [Role.ADMIN]: c('FORBIDDEN', null),
      [Role.OFFICER]: c('ALLOWED', 'NOT_FOUND'),
      [Role.COMMITTEE]: c('FORBIDDEN', 'FORBIDDEN'),
      [Role.HELPER]: c('FORBIDDEN', 'FORBIDDEN'),
      [Role.VIEWER]: c('FORBIDDEN', null),
      [Role.AUDITOR]: c('FORBIDDEN', null),
    },
    note: 'All or nothing: a person of another unit fails the whole call as BAD_USER_INPUT on input.returneeIds.<index> with reason NOT_FOUND, exactly like a missing id.',
  },
  {
    operation: 'savedViews',
    kind: 'query',
    cells: {
      [Role.ADMIN]: c('ALLOWED', null),
      [Role.OFFICER]: c('ALLOWED', null),
      [Role.COMMITTEE]: c('ALLOWED', null),
      [Role.HELPER]: c('ALLOWED', null),
      [Role.VIEWER]: c('ALLOWED', null),
      [Role.AUDITOR]: c('ALLOWED', null),
    },
    note: 'Every signed-in person: their own views and those colleagues of the same unit shared. Service accounts are refused.',
  },
  {
    operation: 'recordExport',
    kind: 'mutation',
    cells: {
      [Role.ADMIN]: c('ALLOWED', null),
      [Role.OFFICER]: c('ALLOWED', null),
      [Role.COMMITTEE]: c('ALLOWED', null),
      [Role.HELPER]: c('ALLOWED', null),
      [Role.VIEWER]: c('ALLOWED', null),
      [Role.AUDITOR]: c('ALLOWED', null),
    },
    note: 'Logs an export before its file is written; a selection naming a person of another unit is refused like a missing id. Service accounts are refused.',
  },
  {
    operation: 'saveView',
    kind: 'mutation',
    cells: {
      [Role.ADMIN]: c('ALLOWED', null),
      [Role.OFFICER]: c('ALLOWED', null),
      [Role.COMMITTEE]: c('ALLOWED', null),
      [Role.HELPER]: c('ALLOWED', null),
      [Role.VIEWER]: c('ALLOWED', null),
      [Role.AUDITOR]: c('ALLOWED', null),
    },
    note: 'Saves a view for oneself; only the owner may update or delete it (another user’s view answers NOT_FOUND).',
  },
  {
    operation: 'recordConviction',
    kind: 'mutation',
    cells: {
      [Role.ADMIN]: c('FORBIDDEN', null),
      [Role.OFFICER]: c('ALLOWED', 'NOT_FOUND'),
      [Role.COMMITTEE]: c('FORBIDDEN', 'FORBIDDEN'),
      [Role.HELPER]: c('FORBIDDEN', 'FORBIDDEN'),
      [Role.VIEWER]: c('FORBIDDEN', null),
      [Role.AUDITOR]: c('FORBIDDEN', null),
    },
  },
  {
    operation: 'auditLog',
    kind: 'query',
    cells: {
      [Role.ADMIN]: c('ALLOWED', null),
      [Role.OFFICER]: c('FORBIDDEN', null),
      [Role.COMMITTEE]: c('FORBIDDEN', null),
      [Role.HELPER]: c('FORBIDDEN', null),
      [Role.VIEWER]: c('FORBIDDEN', null),
      [Role.AUDITOR]: c('ALLOWED', null),
    },
  },
  {
    operation: 'users',
    kind: 'query',
    cells: {
      [Role.ADMIN]: c('ALLOWED', null),
      [Role.OFFICER]: c('FORBIDDEN', null),
      [Role.COMMITTEE]: c('FORBIDDEN', null),
      [Role.HELPER]: c('FORBIDDEN', null),
      [Role.VIEWER]: c('FORBIDDEN', null),
      [Role.AUDITOR]: c('FORBIDDEN', null),
    },
  },
  {
    operation: 'createUser',
    kind: 'mutation',
    cells: {
      [Role.ADMIN]: c('ALLOWED', null),
      [Role.OFFICER]: c('FORBIDDEN', 'FORBIDDEN'),
      [Role.COMMITTEE]: c('FORBIDDEN', 'FORBIDDEN'),
      [Role.HELPER]: c('FORBIDDEN', 'FORBIDDEN'),
      [Role.VIEWER]: c('FORBIDDEN', null),
      [Role.AUDITOR]: c('FORBIDDEN', null),
    },
  },
  {
    operation: 'createServiceAccount',
    kind: 'mutation',
    cells: {
      [Role.ADMIN]: c('ALLOWED', null),
      [Role.OFFICER]: c('FORBIDDEN', 'FORBIDDEN'),
      [Role.COMMITTEE]: c('FORBIDDEN', 'FORBIDDEN'),
      [Role.HELPER]: c('FORBIDDEN', 'FORBIDDEN'),
      [Role.VIEWER]: c('FORBIDDEN', null),
      [Role.AUDITOR]: c('FORBIDDEN', null),
    },
  },
  {
    operation: 'updateUnitSettings',
    kind: 'mutation',
    cells: {
      [Role.ADMIN]: c('ALLOWED', null),
      [Role.OFFICER]: c('FORBIDDEN', 'FORBIDDEN'),
      [Role.COMMITTEE]: c('FORBIDDEN', 'FORBIDDEN'),
      [Role.HELPER]: c('FORBIDDEN', 'FORBIDDEN'),
      [Role.VIEWER]: c('FORBIDDEN', null),
      [Role.AUDITOR]: c('FORBIDDEN', null),
    },
    note: 'Only the administrator changes a unit’s no-contact days, report-in days and note; a unit outside their scope answers NOT_FOUND, exactly like an unknown id.',
  },
  {
    operation: 'pledges',
    kind: 'query',
    cells: {
      [Role.ADMIN]: c('ALLOWED', null),
      [Role.OFFICER]: c('ALLOWED', null),
      [Role.COMMITTEE]: c('ALLOWED', null),
      [Role.HELPER]: c('FORBIDDEN', null),
      [Role.VIEWER]: c('ALLOWED', null),
      [Role.AUDITOR]: c('FORBIDDEN', null),
    },
  },
  {
    operation: 'signPledge',
    kind: 'mutation',
    cells: {
      [Role.ADMIN]: c('FORBIDDEN', null),
      [Role.OFFICER]: c('ALLOWED', 'NOT_FOUND'),
      [Role.COMMITTEE]: c('ALLOWED', 'NOT_FOUND'),
      [Role.HELPER]: c('FORBIDDEN', 'FORBIDDEN'),
      [Role.VIEWER]: c('FORBIDDEN', null),
      [Role.AUDITOR]: c('FORBIDDEN', null),
    },
    note: '“other”: naming another ward’s organisation as signatory is refused as BAD_USER_INPUT with reason NOT_FOUND (it looks missing).',
  },
  {
    operation: 'recordDocument',
    kind: 'mutation',
    cells: {
      [Role.ADMIN]: c('FORBIDDEN', null),
      [Role.OFFICER]: c('ALLOWED', null),
      [Role.COMMITTEE]: c('ALLOWED', null),
      [Role.HELPER]: c('FORBIDDEN', null),
      [Role.VIEWER]: c('FORBIDDEN', null),
      [Role.AUDITOR]: c('FORBIDDEN', null),
    },
  },
  {
    operation: 'myTasks',
    kind: 'query',
    cells: {
      [Role.ADMIN]: c('ALLOWED', null),
      [Role.OFFICER]: c('ALLOWED', null),
      [Role.COMMITTEE]: c('ALLOWED', null),
      [Role.HELPER]: c('ALLOWED', null),
      [Role.VIEWER]: c('FORBIDDEN', null),
      [Role.AUDITOR]: c('FORBIDDEN', null),
    },
  },
  {
    operation: 'revealSensitive',
    kind: 'mutation',
    cells: {
      [Role.ADMIN]: c('FORBIDDEN', null),
      [Role.OFFICER]: c('FORBIDDEN', 'FORBIDDEN'),
      [Role.COMMITTEE]: c('ALLOWED', 'NOT_FOUND'),
      [Role.HELPER]: c('FORBIDDEN', 'FORBIDDEN'),
      [Role.VIEWER]: c('ALLOWED', null),
      [Role.AUDITOR]: c('FORBIDDEN', null),
    },
    note: 'Only COMMITTEE and VIEWER ask for a purpose-bound reveal; the OFFICER already sees sensitive fields (FORBIDDEN, nothing to reveal).',
  },
  {
    operation: 'completeTask',
    kind: 'mutation',
    cells: {
      [Role.ADMIN]: c('FORBIDDEN', null),
      [Role.OFFICER]: c('ALLOWED', 'NOT_FOUND'),
      [Role.COMMITTEE]: c('NOT_FOUND', 'NOT_FOUND'),
      [Role.HELPER]: c('NOT_FOUND', 'NOT_FOUND'),
      [Role.VIEWER]: c('FORBIDDEN', null),
      [Role.AUDITOR]: c('FORBIDDEN', null),
    },
    note: 'Only the task’s owner or the unit’s officer: others see NOT_FOUND.',
  },
  {
    operation: 'closeCase',
    kind: 'mutation',
    cells: {
      [Role.ADMIN]: c('FORBIDDEN', null),
      [Role.OFFICER]: c('ALLOWED', 'NOT_FOUND'),
      [Role.COMMITTEE]: c('FORBIDDEN', 'FORBIDDEN'),
      [Role.HELPER]: c('FORBIDDEN', 'FORBIDDEN'),
      [Role.VIEWER]: c('FORBIDDEN', null),
      [Role.AUDITOR]: c('FORBIDDEN', null),
    },
  },
];
// MATRIX_DATA_END
