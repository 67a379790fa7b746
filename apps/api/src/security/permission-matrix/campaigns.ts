import { Role } from '@hoanhap/shared';
import { c, type MatrixRow } from './cell.js';

/** Amnesty and bulk-release campaigns. */
export const CAMPAIGN_ROWS: readonly MatrixRow[] = [
  {
    operation: 'campaigns',
    kind: 'query',
    cells: {
      [Role.ADMIN]: c('ALLOWED', null),
      [Role.OFFICER]: c('ALLOWED', 'NOT_FOUND'),
      [Role.COMMITTEE]: c('ALLOWED', 'NOT_FOUND'),
      [Role.HELPER]: c('FORBIDDEN', 'FORBIDDEN'),
      [Role.VIEWER]: c('ALLOWED', null),
      [Role.AUDITOR]: c('FORBIDDEN', null),
    },
    note: 'Campaigns seen from a unit of the scope: those of the units in its scope and of the units above it (a ward sees the city’s amnesty). A campaign’s figures count only the wards of the reader’s scope; its people list also needs READ_CASES.',
  },
  {
    operation: 'createCampaign',
    kind: 'mutation',
    cells: {
      [Role.ADMIN]: c('ALLOWED', null),
      [Role.OFFICER]: c('ALLOWED', 'NOT_FOUND'),
      [Role.COMMITTEE]: c('FORBIDDEN', 'FORBIDDEN'),
      [Role.HELPER]: c('FORBIDDEN', 'FORBIDDEN'),
      [Role.VIEWER]: c('FORBIDDEN', null),
      [Role.AUDITOR]: c('FORBIDDEN', null),
    },
    note: 'Officers and administrators open (and edit) a campaign of a unit in their scope, and bring in its list through POST /imports with campaignId.',
  },
];
