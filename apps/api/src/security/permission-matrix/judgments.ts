import { Role } from '@hoanhap/shared';
import { c, type MatrixRow } from './cell.js';

/** Judgments, visible and writable only to the ward’s officer. */
export const JUDGMENT_ROWS: readonly MatrixRow[] = [
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
];
