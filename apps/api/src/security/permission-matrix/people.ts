import { Role } from '@hoanhap/shared';
import { c, type MatrixRow } from './cell.js';

/** Reading and registering people, and the statistics built on them. */
export const PEOPLE_ROWS: readonly MatrixRow[] = [
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
    operation: 'possibleDuplicates',
    kind: 'query',
    cells: {
      [Role.ADMIN]: c('ALLOWED', null),
      [Role.OFFICER]: c('ALLOWED', 'NOT_FOUND'),
      [Role.COMMITTEE]: c('FORBIDDEN', 'FORBIDDEN'),
      [Role.HELPER]: c('FORBIDDEN', 'FORBIDDEN'),
      [Role.VIEWER]: c('FORBIDDEN', null),
      [Role.AUDITOR]: c('FORBIDDEN', null),
    },
    note: 'Those who may merge records (MERGE_RECORDS): the officer and the administrator, in their scope.',
  },
  {
    operation: 'mergeReturnees',
    kind: 'mutation',
    cells: {
      [Role.ADMIN]: c('ALLOWED', null),
      [Role.OFFICER]: c('ALLOWED', 'NOT_FOUND'),
      [Role.COMMITTEE]: c('FORBIDDEN', 'FORBIDDEN'),
      [Role.HELPER]: c('FORBIDDEN', 'FORBIDDEN'),
      [Role.VIEWER]: c('FORBIDDEN', null),
      [Role.AUDITOR]: c('FORBIDDEN', null),
    },
    note: 'Probed with the person as both records: an allowed caller gets BAD_USER_INPUT and nothing is written. Both records must be in the caller’s scope.',
  },
];
