import { useQuery } from '@apollo/client/react';
import { AlertOpenUnitTasksDocument } from '../../gql/graphql';
import { unitVariable, useActiveUnit } from '../units/active-unit';

/**
 * The active unit's open tasks, asked once for every card built on them (expungement, parolee
 * assessments): the cards share the answer instead of each sending the same request.
 */
export function useOpenUnitTasks(skip = false) {
  const { unitCode } = useActiveUnit();
  const { data, loading, error } = useQuery(AlertOpenUnitTasksDocument, { variables: unitVariable(unitCode), skip });
  return { data, loading, error };
}

export type OpenUnitTasks = ReturnType<typeof useOpenUnitTasks>;
