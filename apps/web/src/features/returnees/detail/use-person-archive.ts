import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { type PolledJobState, usePolledJob } from '../../../components/use-polled-job';
import {
  PersonArchiveDocument,
  type PersonArchiveFieldsFragment,
  StartPersonArchiveDocument,
} from '../../../gql/graphql';

/** The archive from the dialog; `lost`: it runs on, but the dialog can no longer follow it. */
export type PersonArchiveState = PolledJobState<PersonArchiveFieldsFragment>;

/**
 * One archive of a person's whole file from the dialog: starts the job with the purpose, then
 * follows it until it has finished (and no longer once the dialog is gone).
 */
export function usePersonArchive() {
  const client = useApolloClient();
  const [startArchive] = useMutation(StartPersonArchiveDocument);
  const { state, running, begin } = usePolledJob(async (id) => {
    const { data } = await client.query({
      query: PersonArchiveDocument,
      variables: { id },
      fetchPolicy: 'network-only',
    });
    return data?.personArchive ?? null;
  });

  const start = useCallback(
    (returneeId: string, purpose: string) =>
      begin(async () => {
        const { data } = await startArchive({ variables: { input: { returneeId, purpose } } });
        return data?.startPersonArchive;
      }),
    [begin, startArchive],
  );

  return { state, running, start };
}
