import { Role } from '@hoanhap/shared';
import { c, type MatrixRow } from './cell.js';

const ADMIN_ONLY = {
  [Role.ADMIN]: c('ALLOWED', null),
  [Role.OFFICER]: c('FORBIDDEN', null),
  [Role.COMMITTEE]: c('FORBIDDEN', null),
  [Role.HELPER]: c('FORBIDDEN', null),
  [Role.VIEWER]: c('FORBIDDEN', null),
  [Role.AUDITOR]: c('FORBIDDEN', null),
} as const;

const OFFICER_ONLY = {
  [Role.ADMIN]: c('FORBIDDEN', null),
  [Role.OFFICER]: c('ALLOWED', null),
  [Role.COMMITTEE]: c('FORBIDDEN', null),
  [Role.HELPER]: c('FORBIDDEN', null),
  [Role.VIEWER]: c('FORBIDDEN', null),
  [Role.AUDITOR]: c('FORBIDDEN', null),
} as const;

/** Hand-over between deployments: the administrator's trust, the officers' packages (docs/api.md, Case packages). */
export const HANDOVER_ROWS: readonly MatrixRow[] = [
  { operation: 'deploymentIdentity', kind: 'query', cells: ADMIN_ONLY },
  { operation: 'partnerDeployments', kind: 'query', cells: ADMIN_ONLY },
  {
    operation: 'registerPartnerDeployment',
    kind: 'mutation',
    cells: ADMIN_ONLY,
    note: 'Only the administrator decides whose signed case packages this deployment accepts.',
  },
  { operation: 'revokePartnerDeployment', kind: 'mutation', cells: ADMIN_ONLY },
  {
    operation: 'handoverDestinations',
    kind: 'query',
    cells: OFFICER_ONLY,
    note: 'The active partners’ codes and names, for the officer who hands a case over; their keys stay with the administrator.',
  },
  {
    operation: 'exportCasePackage',
    kind: 'mutation',
    cells: {
      ...OFFICER_ONLY,
      [Role.OFFICER]: c('ALLOWED', 'NOT_FOUND'),
      [Role.COMMITTEE]: c('FORBIDDEN', 'FORBIDDEN'),
      [Role.HELPER]: c('FORBIDDEN', 'FORBIDDEN'),
    },
    note: 'The person must be in the officer’s scope; the case leaves it (a transfer out) in the same transaction.',
  },
  {
    operation: 'acceptCasePackage',
    kind: 'mutation',
    cells: OFFICER_ONLY,
    note: 'Also POST /case-packages/preview (OFFICER, session cookie). The package is verified again, and the receiving ward must be in the officer’s scope.',
  },
];
