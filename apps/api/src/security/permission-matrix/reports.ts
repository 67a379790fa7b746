import { Role } from '@hoanhap/shared';
import { c, type MatrixRow } from './cell.js';

/** Submitted statistics reports. */
export const REPORT_ROWS: readonly MatrixRow[] = [
  {
    operation: 'submitReport',
    kind: 'mutation',
    cells: {
      [Role.ADMIN]: c('FORBIDDEN', null),
      [Role.OFFICER]: c('ALLOWED', 'NOT_FOUND'),
      [Role.COMMITTEE]: c('ALLOWED', 'NOT_FOUND'),
      [Role.HELPER]: c('FORBIDDEN', 'FORBIDDEN'),
      [Role.VIEWER]: c('FORBIDDEN', null),
      [Role.AUDITOR]: c('FORBIDDEN', null),
    },
    note: 'The ward’s officer (who prepares it) or committee (who signs it) submits the ward’s report; the figures are frozen as a new revision.',
  },
  {
    operation: 'reportSubmissions',
    kind: 'query',
    cells: {
      [Role.ADMIN]: c('ALLOWED', null),
      [Role.OFFICER]: c('ALLOWED', 'NOT_FOUND'),
      [Role.COMMITTEE]: c('ALLOWED', 'NOT_FOUND'),
      [Role.HELPER]: c('FORBIDDEN', 'FORBIDDEN'),
      [Role.VIEWER]: c('ALLOWED', null),
      [Role.AUDITOR]: c('FORBIDDEN', null),
    },
    note: 'Every revision of the unit and the units in it; a viewer (and a department’s key) sees counts of 1–2 suppressed.',
  },
  {
    operation: 'submittedReports',
    kind: 'query',
    cells: {
      [Role.ADMIN]: c('ALLOWED', null),
      [Role.OFFICER]: c('ALLOWED', 'NOT_FOUND'),
      [Role.COMMITTEE]: c('ALLOWED', 'NOT_FOUND'),
      [Role.HELPER]: c('FORBIDDEN', 'FORBIDDEN'),
      [Role.VIEWER]: c('ALLOWED', null),
      [Role.AUDITOR]: c('FORBIDDEN', null),
    },
    note: 'For a unit above the ward: its wards’ latest submissions, their sums and who has not submitted, suppressed as one table for readers above the ward.',
  },
];
