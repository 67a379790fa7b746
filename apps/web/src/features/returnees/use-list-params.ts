import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { ReturneeFilter } from '../../gql/graphql';
import { unitVariable, useActiveUnit } from '../units/active-unit';
import { type ListParams, readListParams, toReturneeFilter, writeListParams } from './returnee-list-params';

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

/**
 * The API filter for the list on screen: the URL's filters, within the unit a city or district user
 * picked in the unit switcher (their own unit otherwise).
 */
export function useReturneeFilter(params: ListParams): ReturneeFilter {
  const { unitCode } = useActiveUnit();
  return useMemo(() => ({ ...toReturneeFilter(params), ...unitVariable(unitCode) }), [params, unitCode]);
}
