import { Role } from '@hoanhap/shared';
import { c, type MatrixRow } from './cell.js';

/** Tasks, revealing sensitive fields, closing a case and holding it from minimisation. */
export const TASK_AND_CASE_ROWS: readonly MatrixRow[] = [
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
    operation: 'personFile',
    kind: 'query',
    cells: {
      [Role.ADMIN]: c('ALLOWED', null),
      [Role.OFFICER]: c('SENSITIVE', 'NOT_FOUND'),
      [Role.COMMITTEE]: c('FORBIDDEN', 'FORBIDDEN'),
      [Role.HELPER]: c('FORBIDDEN', 'FORBIDDEN'),
      [Role.VIEWER]: c('FORBIDDEN', null),
      [Role.AUDITOR]: c('FORBIDDEN', null),
    },
    note: 'The whole file, for a stated purpose (EXPORT_PERSON_FILE: ADMIN and OFFICER). Sensitive parts as the role may see them: the ADMIN’s copy hides them. Audited as read:personFile with the purpose.',
  },
  {
    operation: 'startPersonArchive',
    kind: 'mutation',
    cells: {
      [Role.ADMIN]: c('ALLOWED', null),
      [Role.OFFICER]: c('ALLOWED', 'NOT_FOUND'),
      [Role.COMMITTEE]: c('FORBIDDEN', 'FORBIDDEN'),
      [Role.HELPER]: c('FORBIDDEN', 'FORBIDDEN'),
      [Role.VIEWER]: c('FORBIDDEN', null),
      [Role.AUDITOR]: c('FORBIDDEN', null),
    },
    note: 'The whole file as a .zip written by a job, downloaded once written by the requester alone (24 hours). Same right and scope as personFile.',
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
  {
    operation: 'placeLegalHold',
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
    operation: 'releaseLegalHold',
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
