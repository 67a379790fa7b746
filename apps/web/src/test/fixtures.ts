import { Role, UnitLevel } from '@hoanhap/shared';
import type { CurrentUserFragment, ReintegrationStatsQuery } from '../gql/graphql';

export const lamHa = {
  __typename: 'AdministrativeUnit',
  id: 'u-lam-ha',
  code: '11416',
  name: 'Phường Lãm Hà',
} as const;

export const officer: CurrentUserFragment & { __typename: 'User' } = {
  __typename: 'User',
  id: 'user-1',
  email: 'congan.lamha@hoanhap.local',
  displayName: 'Nguyễn Văn An',
  role: Role.OFFICER,
  unit: { ...lamHa, level: UnitLevel.WARD },
};

type Breakdown = ReintegrationStatsQuery['reintegrationStats']['returned'];

export function breakdown(total: number, stable: number, unstable: number, unemployed: number): Breakdown {
  const b = { total, stable, unstable, unemployed, other: total - stable - unstable - unemployed };
  return { __typename: 'ReportedBreakdown', ...b, suppressed: [] } as Breakdown;
}

export function statsResult(returnedSince: string, asOf: string, returned: Breakdown, inCaseload: Breakdown) {
  return {
    data: {
      reintegrationStats: { __typename: 'ReintegrationStats', unit: lamHa, returnedSince, asOf, returned, inCaseload },
    },
  };
}

/** A GraphQL error as the API sends it: the code in extensions, an English message not for users. */
export function apiError(code: string, extensions: Record<string, unknown> = {}) {
  return { errors: [{ message: `server says ${code}`, extensions: { code, ...extensions } }] };
}

/** A mock's `variables` that matches any and keeps what was sent, for a test to read. */
export function capture<V>(sent: V[]) {
  return (variables: V) => {
    sent.push(variables);
    return true;
  };
}
