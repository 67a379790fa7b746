import { Outlet } from 'react-router';
import { RequireAuth } from '../features/auth/require-auth';
import { PageSuspense } from '../components/page-loader';

/** Signed-in pages meant for paper: the guard without the app's header and navigation. */
export default function PrintLayout() {
  return (
    <RequireAuth>
      <PageSuspense fullPage>
        <Outlet />
      </PageSuspense>
    </RequireAuth>
  );
}
