import type { SavedViewFieldsFragment } from '../../../gql/graphql';

export function savedView(overrides: Partial<SavedViewFieldsFragment> = {}): SavedViewFieldsFragment {
  return {
    __typename: 'SavedView',
    id: 'v-1',
    name: 'Đang giúp đỡ',
    query: 'q=nguyen&status=UNDER_SUPPORT',
    columns: ['fullName', 'status', 'unit'],
    shared: false,
    version: 1,
    mine: true,
    updatedAt: '2026-11-20T08:00:00.000Z',
    owner: { __typename: 'User', id: 'user-1', displayName: 'Nguyễn Văn An' },
    ...overrides,
  } as SavedViewFieldsFragment;
}
