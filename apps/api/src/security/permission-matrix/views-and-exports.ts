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
    operation: 'startExport',
    kind: 'mutation',
    cells: {
      [Role.ADMIN]: c('ALLOWED', null),
      [Role.OFFICER]: c('ALLOWED', null),
      [Role.COMMITTEE]: c('FORBIDDEN', null),
      [Role.HELPER]: c('FORBIDDEN', null),
      [Role.VIEWER]: c('FORBIDDEN', null),
      [Role.AUDITOR]: c('FORBIDDEN', null),
    },
    note: 'Probed with the people list: export is a right of its own per list (EXPORT_PERMISSION in the shared role matrix): people and tasks for ADMIN and OFFICER, the audit log for AUDITOR, employers and pledges also for COMMITTEE and VIEWER, accounts for ADMIN. The file is written in the caller’s scope and only they can download it. Service accounts are refused.',
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
