import { Role } from '@hoanhap/shared';
import { c, type MatrixRow } from './cell.js';

/** The steering committee’s pledges and documents. */
export const COMMITTEE_ROWS: readonly MatrixRow[] = [
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
];
