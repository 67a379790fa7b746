import { PledgeIndicator, TargetDirection } from '@hoanhap/shared';
import type { CommitteeDecisionPrintQuery, PledgePrintQuery, ReturneePrintQuery } from '../gql/graphql';

/* The documents of the print pages as the API answers them: for the pages' tests and the Word files'. */

export type Committee = NonNullable<CommitteeDecisionPrintQuery['steeringCommittee']>;

const org = (id: string, name: string) => ({ __typename: 'Organisation' as const, id, name });
const member = (
  id: string,
  personName: string,
  title: string,
  role: string,
  extra: Partial<Committee['history'][number]> = {},
) => ({
  __typename: 'CommitteeMember' as const,
  id,
  personName,
  title,
  role,
  startedOn: '2024-04-18',
  endedOn: null,
  organisation: null,
  ...extra,
});
const doc = (id: string, kind: string, numberSymbol: string, issuedOn: string, issuer: string) => ({
  __typename: 'Document' as const,
  id,
  kind,
  numberSymbol,
  issuedOn,
  issuer,
});

export function committee(overrides: Partial<Committee> = {}): Committee {
  return {
    __typename: 'SteeringCommittee',
    id: 'c1',
    name: 'Ban Chỉ đạo mô hình tái hòa nhập cộng đồng phường Lãm Hà',
    termFrom: '2024-04-18',
    foundingDecision: {
      __typename: 'Document',
      id: 'd-decision',
      numberSymbol: '58/QĐ-UBND',
      issuedOn: '2024-04-18',
      issuer: 'UBND phường Lãm Hà',
    },
    operatingRules: {
      __typename: 'Document',
      id: 'd-rules',
      numberSymbol: '59/QĐ-UBND',
      issuedOn: '2024-04-18',
      summary: 'Chỉ đạo việc tiếp nhận, giúp đỡ và hỗ trợ việc làm.',
    },
    model: {
      __typename: 'ReintegrationModel',
      id: 'm1',
      unit: { __typename: 'AdministrativeUnit', id: 'u1', name: 'Phường Lãm Hà' },
      documents: [
        doc('d-res', 'RESOLUTION', '15-NQ/ĐU', '2024-03-20', 'Đảng ủy phường Lãm Hà'),
        doc('d-report', 'REPORT', '08/BC-CAP', '2024-03-28', 'Công an phường Lãm Hà'),
        doc('d-plan', 'PLAN', '42/KH-UBND', '2024-04-05', 'UBND phường Lãm Hà'),
        // Issued after the decision: it cannot be a basis.
        doc('d-late', 'PLAN', '99/KH-UBND', '2024-09-01', 'UBND phường Lãm Hà'),
      ],
    },
    history: [
      member('m-sec', 'Ngô Đức Hiếu', 'Cán bộ Công an phường phụ trách công tác tái hòa nhập', 'SECRETARY', {
        organisation: org('o-police', 'Công an phường Lãm Hà'),
      }),
      member('m-head', 'Nguyễn Văn Thịnh', 'Phó Chủ tịch UBND phường', 'HEAD', {
        organisation: org('o-ubnd', 'UBND phường Lãm Hà'),
      }),
      member('m-late', 'Người Vào Sau', 'Chủ tịch Hội Nông dân phường', 'MEMBER', { startedOn: '2024-10-01' }),
    ],
    ...overrides,
  } as Committee;
}

export type Pledge = NonNullable<PledgePrintQuery['pledge']>;

const POLICE = org('o-police', 'Công an phường Lãm Hà');
const WOMEN = org('o-women', 'Hội Phụ nữ phường Lãm Hà');
const target = (
  id: string,
  position: number,
  label: string,
  extra: Partial<Pledge['targets'][number]>,
): Pledge['targets'][number] =>
  ({
    __typename: 'PledgeTarget',
    id,
    position,
    label,
    indicator: null,
    direction: 'AT_LEAST',
    target: 1,
    unitOfMeasure: 'COUNT',
    weight: 1,
    responsibleOrganisation: POLICE,
    ...extra,
  }) as Pledge['targets'][number];

export function pledge(overrides: Partial<Pledge> = {}): Pledge {
  return {
    __typename: 'Pledge',
    id: 'p1',
    title: 'Giao ước thi đua thực hiện mô hình giai đoạn 25/04/2024 – 24/04/2025',
    kind: 'EMULATION',
    signedOn: '2024-04-25',
    periodFrom: '2024-04-25',
    periodTo: '2025-04-24',
    unit: { __typename: 'AdministrativeUnit', id: 'u1', name: 'Phường Lãm Hà', parent: null },
    documents: [
      { __typename: 'Document', id: 'd1', kind: 'PLEDGE', numberSymbol: '01/GƯTĐ', issuer: 'Ban Chỉ đạo mô hình' },
    ],
    signatories: [
      {
        __typename: 'PledgeSignatory',
        id: 's1',
        representative: 'Trần Quốc Bảo',
        title: 'Trưởng Công an phường',
        organisation: POLICE,
      },
      { __typename: 'PledgeSignatory', id: 's2', representative: 'Lê Thị Minh', title: null, organisation: WOMEN },
    ],
    // Out of order on purpose: the sheet follows `position`.
    targets: [
      target('t2', 2, 'Số lần gặp gỡ bình quân mỗi người mỗi tháng', {
        indicator: PledgeIndicator.CONTACTS_PER_PERSON_MONTH,
        unitOfMeasure: 'RATE',
        weight: 1.5,
        responsibleOrganisation: WOMEN,
      }),
      target('t1', 1, 'Số vụ tái phạm tội', {
        indicator: PledgeIndicator.NEW_OFFENCES,
        direction: TargetDirection.AT_MOST,
        target: 0,
        weight: 3,
      }),
      target('t3', 3, 'Tỷ lệ có việc làm ổn định', {
        indicator: PledgeIndicator.STABLE_WORK_SHARE,
        unitOfMeasure: 'PERCENT',
        target: 40,
      }),
    ],
    ...overrides,
  } as Pledge;
}

export type Person = NonNullable<ReturneePrintQuery['returnee']>;

export function person(overrides: Partial<Person> = {}): Person {
  return {
    __typename: 'Returnee',
    id: 'r1',
    fullName: 'Hoàng Văn Bình',
    otherNames: [],
    dateOfBirth: '1990-05-02',
    sex: 'MALE',
    citizenId: null,
    permanentAddress: 'Tổ dân phố 3, phường Lãm Hà',
    currentAddress: null,
    residentialGroup: 'Tổ 3',
    returnedOn: '2023-06-01',
    status: 'UNDER_SUPPORT',
    unit: { __typename: 'AdministrativeUnit', id: 'u1', name: 'Phường Lãm Hà' },
    familyContacts: [],
    currentClassification: null,
    convictions: [],
    releases: [],
    receptions: [],
    helpers: [],
    currentEmployment: {
      __typename: 'EmploymentPeriod',
      id: 'e1',
      status: 'UNSTABLE',
      employerName: 'Chợ Lãm Hà',
      startedOn: '2023-07-01',
    },
    supports: [],
    expungementForecast: null,
    ...overrides,
  } as Person;
}

export const CONVICTION = {
  __typename: 'Conviction',
  id: 'cv1',
  court: 'TAND quận Kiến An',
  judgmentNumber: '12/2019/HSST',
  judgmentDate: '2019-03-04',
  penalCodeArticle: '173',
  mainPenalty: 'FIXED_TERM_IMPRISONMENT',
  prisonMonths: 36,
  mainPenaltyCompletedOn: '2023-05-30',
} as Person['convictions'][number];
