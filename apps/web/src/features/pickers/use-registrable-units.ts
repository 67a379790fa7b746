import { useQuery } from '@apollo/client/react';
import { todayInVietnam } from '@hoanhap/shared';
import { UnitsDocument } from '../../gql/graphql';

/** Wards and communes in the caller's scope that still exist: where a person can be registered. */
export function useRegistrableUnits() {
  const { data, loading, error } = useQuery(UnitsDocument);
  const today = todayInVietnam();
  const units = (data?.units ?? []).filter(
    (u) => (u.level === 'WARD' || u.level === 'COMMUNE') && (!u.validTo || u.validTo >= today),
  );
  return { units, loading, error };
}
