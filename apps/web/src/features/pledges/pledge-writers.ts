import { Role } from '@hoanhap/shared';

/** The roles the API lets sign pledges, add targets and record reviews (COMMITTEE_WRITERS). */
export const PLEDGE_WRITERS: readonly Role[] = [Role.OFFICER, Role.COMMITTEE];
