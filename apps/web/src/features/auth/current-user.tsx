import { createContext, useContext } from 'react';
import type { CurrentUserFragment } from '../../gql/graphql';

export const CurrentUserContext = createContext<CurrentUserFragment | null>(null);

/** The signed-in user; only usable below RequireAuth, which guarantees there is one. */
export function useCurrentUser(): CurrentUserFragment {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser must be used below <RequireAuth>');
  return user;
}
