import { OrganisationsDocument, type PledgeDetailQuery } from '../../../gql/graphql';

type Pledge = NonNullable<PledgeDetailQuery['pledge']>;

export const PLEDGE_ID = '3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b';
export const WOMEN = { __typename: 'Organisation', id: 'org-women', name: 'Hội Phụ nữ phường Lãm Hà' } as const;
export const VETERANS = { __typename: 'Organisation', id: 'org-veterans', name: 'Hội Cựu chiến binh phường' } as const;

export const computedTarget = {
  __typename: 'PledgeTarget',
  id: 'target-work',
  position: 1,
  label: 'Tỷ lệ có việc làm ổn định',
  kind: 'COMPUTED',
  indicator: 'STABLE_WORK_SHARE',
  direction: 'AT_LEAST',
  target: 40,
  actual: 25,
  progress: 0.625,
  weight: 3,
  score: 1.875,
  unitOfMeasure: 'PERCENT',
  responsibleOrganisation: WOMEN,
} as const;

export const manualTarget = {
  ...computedTarget,
  id: 'target-talks',
  position: 2,
  label: 'Số buổi tuyên truyền',
  kind: 'MANUAL',
  indicator: null,
  target: 12,
  actual: null,
  progress: null,
  weight: 1,
  score: 0,
  unitOfMeasure: 'buổi',
  responsibleOrganisation: VETERANS,
} as const;

export function pledge(overrides: Partial<Pledge> = {}): Pledge {
  return {
    __typename: 'Pledge',
    id: PLEDGE_ID,
    title: 'Giao ước thi đua thực hiện mô hình',
    kind: 'EMULATION',
    signedOn: '2024-04-25',
    periodFrom: '2024-04-25',
    periodTo: '2025-04-24',
    totalScore: 46.9,
    unit: { __typename: 'AdministrativeUnit', id: 'u-lam-ha', name: 'Phường Lãm Hà' },
    signatories: [
      {
        __typename: 'PledgeSignatory',
        id: 's1',
        representative: 'Vũ Thị Hạnh',
        title: 'Chủ tịch',
        organisation: WOMEN,
      },
    ],
    targets: [computedTarget, manualTarget],
    reviews: [],
    ...overrides,
  } as Pledge;
}

export const yearEndReview = {
  __typename: 'PledgeReview',
  id: 'review-1',
  kind: 'YEAR_END',
  reviewedOn: '2024-12-20',
  measuredFrom: '2024-04-25',
  measuredTo: '2024-12-20',
  totalScore: 67.19,
  items: [
    {
      __typename: 'PledgeReviewItem',
      id: 'i1',
      targetId: computedTarget.id,
      actual: 25,
      target: 40,
      progress: 0.625,
      weight: 3,
      score: 1.875,
    },
    {
      __typename: 'PledgeReviewItem',
      id: 'i2',
      targetId: manualTarget.id,
      actual: 10,
      target: 12,
      progress: 0.8333,
      weight: 1,
      score: 0.8333,
    },
  ],
} as unknown as Pledge['reviews'][number]; // GraphQL answers carry __typename the generated types leave out.

export const choices = {
  data: {
    __typename: 'Query',
    pledgeIndicators: [
      {
        __typename: 'PledgeIndicatorInfo',
        code: 'HELPER_ASSIGNED_SHARE',
        labelVi: 'Tỷ lệ được phân công người giúp đỡ trong N ngày',
        labelEn: 'Share given a helper within N days',
        definitionVi: 'Số người được phân công người giúp đỡ trong N ngày kể từ khi về địa phương.',
        definitionEn: 'People given a helper within N days of returning.',
        unitOfMeasure: 'PERCENT',
        defaultDirection: 'AT_LEAST',
        needsDays: true,
        takesSupportType: false,
      },
    ],
    documents: {
      __typename: 'DocumentConnection',
      edges: [
        {
          __typename: 'DocumentEdge',
          node: {
            __typename: 'Document',
            id: 'doc-minutes',
            title: 'Biên bản tổng kết năm 2024',
            numberSymbol: '12/BB-BCĐ',
            issuedOn: '2024-12-20',
          },
        },
      ],
    },
  },
};

/** Every organisation, as the pickers ask for them: the two above. */
export const organisationsMock = {
  request: { query: OrganisationsDocument, variables: { unitId: null, kinds: null } },
  result: {
    data: {
      organisations: [
        { ...WOMEN, kind: 'OTHER' },
        { ...VETERANS, kind: 'OTHER' },
      ],
    },
  },
};
