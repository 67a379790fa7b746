import { OrganisationsDocument, ReintegrationModelPageDocument } from '../../gql/graphql';

export const MODEL_ID = '2b1f0e3d-4c5a-4b6c-8d7e-9f0a1b2c3d4e';
export const COMMITTEE_ID = '7c6b5a49-3827-4165-a4b3-c2d1e0f9a8b7';
export const HEAD_ID = '11111111-2222-4333-8444-555555555555';
export const MEMBER_ID = '66666666-7777-4888-9999-aaaaaaaaaaaa';

const organisation = { __typename: 'Organisation', id: 'org-women', name: 'Hội Phụ nữ phường Lãm Hà' } as const;

export function member(id: string, personName: string, role: string, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'CommitteeMember',
    id,
    personName,
    title: role === 'HEAD' ? 'Phó Chủ tịch UBND phường' : 'Chủ tịch Hội Phụ nữ phường',
    role,
    startedOn: '2024-04-20',
    endedOn: null as string | null,
    endReason: null as string | null,
    organisation: role === 'HEAD' ? null : organisation,
    ...extra,
  };
}

export const head = member(HEAD_ID, 'Nguyễn Văn Thịnh', 'HEAD');
export const women = member(MEMBER_ID, 'Lê Thị Minh', 'MEMBER');

type Member = ReturnType<typeof member>;

export function doc(id: string, title: string, file: { name: string } | null) {
  return {
    __typename: 'Document',
    id,
    kind: 'DECISION',
    numberSymbol: '15/QĐ-UBND',
    issuedOn: '2024-04-15',
    issuer: 'UBND phường Lãm Hà',
    title,
    file: file ? { __typename: 'DocumentFileInfo', name: file.name, url: `/documents/${id}/file` } : null,
  };
}

/** The model page's answer with this roster, history and documents. */
export function modelPage({
  members = [head, women],
  history = members,
  documents = [],
}: {
  members?: Member[];
  history?: Member[];
  documents?: ReturnType<typeof doc>[];
} = {}) {
  return {
    request: { query: ReintegrationModelPageDocument, variables: () => true },
    result: {
      data: {
        reintegrationModels: [
          {
            __typename: 'ReintegrationModel',
            id: MODEL_ID,
            name: 'Mô hình "Tổ tự quản hòa nhập"',
            slogan: null,
            launchedOn: '2024-04-25',
            status: 'ACTIVE',
            unit: { __typename: 'AdministrativeUnit', id: 'u-lam-ha', name: 'Phường Lãm Hà' },
            baseline: null,
            documents,
            committees: [
              {
                __typename: 'SteeringCommittee',
                id: COMMITTEE_ID,
                name: 'Ban Chỉ đạo mô hình phường Lãm Hà',
                termFrom: '2024-04-20',
                termTo: null,
                members,
                history,
              },
            ],
          },
        ],
      },
    },
  };
}

export const organisations = {
  request: { query: OrganisationsDocument, variables: () => true },
  maxUsageCount: 5,
  result: {
    data: { organisations: [{ ...organisation, kind: 'WOMENS_UNION' }] },
  },
};

export function capture<V>(sent: V[]) {
  return (variables: V) => {
    sent.push(variables);
    return true;
  };
}
