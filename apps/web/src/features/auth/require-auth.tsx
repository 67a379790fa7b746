import { useQuery } from '@apollo/client/react';
import { Center } from '@mantine/core';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { isUnauthenticated } from '../../apollo/error-code';
import { ErrorState } from '../../components/error-state';
import { PageLoader } from '../../components/page-loader';
import { MeDocument } from '../../gql/graphql';
import { CurrentUserContext } from './current-user';
import { loginPath } from './login-redirect';

/** Renders its children only for a signed-in user; everyone else goes to the login page. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const location = useLocation();
  const { data, error, refetch } = useQuery(MeDocument, {
    // After the first answer, read the cache only: logging out clears the cache, and refetching
    // `me` then would race the navigation to the login page.
    nextFetchPolicy: 'cache-only',
  });

  if (error && isUnauthenticated(error)) return <Navigate to={loginPath(location)} replace />;
  if (data?.me) {
    return <CurrentUserContext.Provider value={data.me}>{children}</CurrentUserContext.Provider>;
  }
  if (error) {
    return (
      <Center mih="100vh" p="md">
        <ErrorState error={error} onRetry={() => refetch()} />
      </Center>
    );
  }
  return <PageLoader fullPage />;
}
