import { RequireAuth } from '../features/auth/require-auth';
import { ActiveUnitProvider } from '../features/units/active-unit';
import { AppLayout } from './app-layout';

/** The signed-in part of the app: the guard and the shell load together, after the first paint. */
export default function ProtectedLayout() {
  return (
    <RequireAuth>
      <ActiveUnitProvider>
        <AppLayout />
      </ActiveUnitProvider>
    </RequireAuth>
  );
}
