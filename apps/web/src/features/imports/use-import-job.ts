import { useQuery } from '@apollo/client/react';
import { jobFinished } from '@hoanhap/shared';
import { useEffect } from 'react';
import { ImportJobDocument } from '../../gql/graphql';

/** How often a running import is asked about: progress moves visibly without loading the API. */
export const POLL_MS = 1000;

/** An import job followed until it finishes, asked about every second before that. */
export function useImportJob(id: string | null) {
  const { data, error, refetch, startPolling, stopPolling } = useQuery(ImportJobDocument, {
    variables: { id: id ?? '' },
    skip: !id,
    fetchPolicy: 'network-only',
  });
  const job = id ? (data?.importJob ?? null) : null;
  const finished = job !== null && jobFinished(job.status);
  // A job the API no longer shows (null) will not come back: stop asking about it too.
  const gone = data !== undefined && data.importJob === null;
  useEffect(() => {
    if (!id || finished || gone) return;
    startPolling(POLL_MS);
    return () => stopPolling();
  }, [id, finished, gone, startPolling, stopPolling]);
  return { job, error, finished, refetch };
}
