import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import {
  DeleteSavedViewDocument,
  SaveViewDocument,
  type SavedViewFieldsFragment,
  SavedViewsDocument,
  UpdateSavedViewDocument,
} from '../../../gql/graphql';

export const RETURNEES_LIST = 'RETURNEES' as const;
const LIST_VARS = { list: RETURNEES_LIST };

/** The API's order: mine first, then by name. */
function ordered(views: readonly SavedViewFieldsFragment[]): SavedViewFieldsFragment[] {
  return [...views].sort(
    (a, b) => Number(b.mine) - Number(a.mine) || a.name.localeCompare(b.name, 'vi', { sensitivity: 'base' }),
  );
}

function editList(cache: ApolloCache, change: (views: SavedViewFieldsFragment[]) => SavedViewFieldsFragment[]) {
  cache.updateQuery({ query: SavedViewsDocument, variables: LIST_VARS }, (data) =>
    data ? { savedViews: ordered(change([...data.savedViews])) } : data,
  );
}

/** Saves a new view and adds it to the menu's list without reloading it. */
export function useSaveView() {
  return useMutation(SaveViewDocument, {
    update(cache, { data }) {
      const saved = data?.saveView;
      if (saved) editList(cache, (views) => [...views.filter((v) => v.id !== saved.id), saved]);
    },
  });
}

/** Edits one of my views (the cache updates the entry by id; the order may change with the name). */
export function useUpdateSavedView() {
  return useMutation(UpdateSavedViewDocument, {
    update(cache) {
      editList(cache, (views) => views);
    },
  });
}

export function useDeleteSavedView() {
  return useMutation(DeleteSavedViewDocument, {
    update(cache, { data }) {
      const id = data?.deleteSavedView;
      if (id) editList(cache, (views) => views.filter((v) => v.id !== id));
    },
  });
}
