import { Role } from '@hoanhap/shared';
import { c, type MatrixRow } from './cell.js';

/** Administration: the audit log, accounts and unit settings. */
export const ADMINISTRATION_ROWS: readonly MatrixRow[] = [
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
    operation: 'endUserSessions',
    kind: 'mutation',
    cells: {
      [Role.ADMIN]: c('ALLOWED', null),
      [Role.OFFICER]: c('ALLOWED', 'NOT_FOUND'),
      [Role.COMMITTEE]: c('FORBIDDEN', 'FORBIDDEN'),
      [Role.HELPER]: c('FORBIDDEN', 'FORBIDDEN'),
      [Role.VIEWER]: c('FORBIDDEN', null),
      [Role.AUDITOR]: c('FORBIDDEN', null),
    },
    note: 'A lost phone: the officer signs a helper of their units out of every device (the phone wipes its data at its next sync); any other account is NOT_FOUND to an officer. The administrator reaches any account of their units.',
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
    operation: 'dataSharingAgreements',
    kind: 'query',
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
    operation: 'createDataSharingAgreement',
    kind: 'mutation',
    cells: {
      [Role.ADMIN]: c('ALLOWED', null),
      [Role.OFFICER]: c('FORBIDDEN', 'FORBIDDEN'),
      [Role.COMMITTEE]: c('FORBIDDEN', 'FORBIDDEN'),
      [Role.HELPER]: c('FORBIDDEN', 'FORBIDDEN'),
      [Role.VIEWER]: c('FORBIDDEN', null),
      [Role.AUDITOR]: c('FORBIDDEN', null),
    },
    note: 'Only the administrator records the agreements every integration key works under (legal basis, purpose, operations, scope, redacted fields).',
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
];
