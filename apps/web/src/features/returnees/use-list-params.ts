import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { type ListParams, readListParams, writeListParams } from './returnee-list-params';

/** The list's filters and sort live in the URL, so a link reproduces the view. */
export function useListParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => readListParams(searchParams), [searchParams]);

  const update = useCallback(
    (change: Partial<ListParams>) => {
      setSearchParams(
        (prev) => {
          const { invalid: _ignored, ...current } = readListParams(prev);
          return writeListParams({ ...current, ...change });
        },
        // Refining a filter is not a new page: Back leaves the list instead of undoing each pick.
        { replace: true },
      );
    },
    [setSearchParams],
  );

  return { params, update };
}
