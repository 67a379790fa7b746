import { useApolloClient, useMutation } from '@apollo/client/react';
import { jobFinished } from '@hoanhap/shared';
import { useCallback, useEffect, useState } from 'react';
import {
  PersonArchiveDocument,
  type PersonArchiveFieldsFragment,
  StartPersonArchiveDocument,
} from '../../../gql/graphql';

/** How often a running archive is asked how far it is. */
export const ARCHIVE_POLL_MS = 1000;

export type PersonArchiveState =
  | { step: 'idle' }
  | { step: 'starting' }
  /** The job as last polled: running, or finished. */
  | { step: 'job'; job: PersonArchiveFieldsFragment }
  /** startPersonArchive was refused (BAD_USER_INPUT, NOT_FOUND…) or never answered. */
  | { step: 'refused'; error: unknown }
  /** The job runs on, but this dialog can no longer follow it (network, session). */
  | { step: 'lost' };

/**
 * One archive of a person's whole file from the dialog: starts the job with the purpose, then asks
 * for it every `ARCHIVE_POLL_MS` until it has finished (and no longer once the dialog is gone).
 */
export function usePersonArchive() {
  const client = useApolloClient();
  const [state, setState] = useState<PersonArchiveState>({ step: 'idle' });
  const [startArchive] = useMutation(StartPersonArchiveDocument);
  const job = state.step === 'job' ? state.job : null;
  const running = job !== null && !jobFinished(job.status);

  const start = useCallback(
    async (returneeId: string, purpose: string) => {
      setState({ step: 'starting' });
      try {
        const { data } = await startArchive({ variables: { input: { returneeId, purpose } } });
        setState(data ? { step: 'job', job: data.startPersonArchive } : { step: 'refused', error: null });
      } catch (error) {
        setState({ step: 'refused', error });
      }
    },
    [startArchive],
  );

  const jobId = running ? job.id : null;
  useEffect(() => {
    if (!jobId) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const { data } = await client.query({
          query: PersonArchiveDocument,
          variables: { id: jobId },
          fetchPolicy: 'network-only',
        });
        if (stopped) return;
        const next = data?.personArchive;
        setState(next ? { step: 'job', job: next } : { step: 'lost' });
        if (next && !jobFinished(next.status)) timer = setTimeout(poll, ARCHIVE_POLL_MS);
      } catch {
        if (!stopped) setState({ step: 'lost' });
      }
    };
    timer = setTimeout(poll, ARCHIVE_POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [client, jobId]);

  return { state, running, start };
}
