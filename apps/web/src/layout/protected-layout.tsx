import { RequireAuth } from '../features/auth/require-auth';
import { AppLayout } from './app-layout';

/** The signed-in part of the app: the guard and the shell load together, after the first paint. */
export default function ProtectedLayout() {
  return (
    <RequireAuth>
      <AppLayout />
    </RequireAuth>
  );
}
