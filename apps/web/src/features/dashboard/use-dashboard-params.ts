import { todayInVietnam } from '@hoanhap/shared';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { type DashboardParams, readDashboardParams } from './dashboard-params';

type DateKey = 'returnedSince' | 'asOf';

/** The dashboard's period lives in the URL, so a link opens exactly the same view. */
export function useDashboardParams(): DashboardParams & { setDate: (key: DateKey, value: string) => void } {
  const [searchParams, setSearchParams] = useSearchParams();
  // "Today" is a civil date in Việt Nam, whatever the browser's time zone.
  const today = useMemo(() => todayInVietnam(), []);
  const params = useMemo(() => readDashboardParams(searchParams, today), [searchParams, today]);

  const setDate = useCallback(
    (key: DateKey, value: string) => {
      setSearchParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          // Write both dates: a malformed one is replaced by the value actually shown.
          const current = readDashboardParams(prev, today);
          next.set('returnedSince', current.returnedSince);
          next.set('asOf', current.asOf);
          next.set(key, value);
          return next;
        },
        // Adjusting a filter is not a new page: Back should leave the dashboard, not undo each pick.
        { replace: true },
      );
    },
    [setSearchParams, today],
  );

  return { ...params, setDate };
}
