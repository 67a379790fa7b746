import { Role } from '@hoanhap/shared';
import { c, type MatrixRow } from './cell.js';

/** Saved views and the record of exports. */
export const VIEW_ROWS: readonly MatrixRow[] = [
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
];
