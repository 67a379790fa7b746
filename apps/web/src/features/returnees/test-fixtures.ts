import { Role, CaseStatus, EmploymentStatus } from '@hoanhap/shared';
import type { ReturneeDetailQuery, ReturneeRowFragment } from '../../gql/graphql';
import { lamHa, officer } from '../../test/fixtures';

export const helperUser = { ...officer, id: 'user-helper', role: Role.HELPER, displayName: 'Trần Thị Mai' };

export function row(id: string, fullName: string, extra: Partial<ReturneeRowFragment> = {}) {
  return {
    __typename: 'Returnee' as const,
    id,
    fullName,
    dateOfBirth: '1990-05-01',
    status: CaseStatus.UNDER_SUPPORT,
    returnedOn: '2023-03-10',
    residentialGroup: 'Tổ 5',
    currentAddress: null,
    openTaskCount: 1,
    unit: { __typename: 'AdministrativeUnit' as const, id: lamHa.id, name: lamHa.name },
    currentEmployment: { __typename: 'EmploymentPeriod' as const, id: `${id}-job`, status: EmploymentStatus.UNSTABLE },
    currentClassification: null,
    ...extra,
  };
}

export function connection(
  nodes: ReturnType<typeof row>[],
  totalCount = nodes.length,
  endCursor: string | null = null,
) {
  return {
    data: {
      returnees: {
        __typename: 'ReturneeConnection',
        totalCount,
        totalCountExact: true,
        edges: nodes.map((node) => ({ __typename: 'ReturneeEdge', cursor: `c-${node.id}`, node })),
        pageInfo: { __typename: 'PageInfo', hasNextPage: endCursor !== null, endCursor },
      },
    },
  };
}

type Detail = NonNullable<ReturneeDetailQuery['returnee']>;

/** Nguyễn Văn Đức's case file, as an officer reads it. */
export function detail(overrides: Partial<Detail> = {}): Detail & { __typename: 'Returnee' } {
  return {
    __typename: 'Returnee',
    id: 'r-duc',
    version: 2,
    fullName: 'Nguyễn Văn Đức',
    otherNames: [],
    dateOfBirth: '1992-08-15',
    sex: 'MALE',
    citizenId: '031092001234',
    permanentAddress: 'Số 12 ngõ 3, phường Lãm Hà',
    currentAddress: 'Số 12 ngõ 3, phường Lãm Hà',
    residentialGroup: 'Tổ 5',
    returnedOn: '2024-01-22',
    familyContacts: [],
    status: 'UNDER_SUPPORT',
    allowedTransitions: ['ELIGIBLE_FOR_EXPUNGEMENT', 'CLOSED'],
    openTaskCount: 0,
    unit: { __typename: 'AdministrativeUnit', id: lamHa.id, code: lamHa.code, name: lamHa.name, reportInDays: 10 },
    currentEmployment: null,
    currentClassification: null,
    employmentPeriods: [],
    helpers: [],
    contacts: [
      {
        __typename: 'Contact',
        id: 'contact-1',
        contactedOn: '2024-03-01',
        channel: 'OFFICE',
        notes: 'Gặp tại trụ sở',
        nextAction: null,
        createdAt: '2024-03-01T03:00:00.000Z',
        recordedBy: { __typename: 'User', id: officer.id, displayName: officer.displayName },
      },
    ],
    supports: [],
    tasks: [],
    convictions: [],
    releaseNotices: [],
    releases: [
      {
        __typename: 'Release',
        id: 'release-1',
        type: 'FULL_TERM',
        prison: 'Trại giam Xuân Nguyên',
        releasedOn: '2024-01-20',
        certificateNumber: '15/GCN',
        probationEndsOn: null,
      },
    ],
    receptions: [],
    closures: [],
    incidents: [],
    classifications: [],
    transfers: [],
    expungementForecast: null,
    ...overrides,
  } as Detail & { __typename: 'Returnee' };
}
