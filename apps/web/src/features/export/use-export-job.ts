import { useApolloClient, useMutation } from '@apollo/client/react';
import { ExportFormat, jobFinished } from '@hoanhap/shared';
import { useCallback, useEffect, useState } from 'react';
import {
  CancelExportDocument,
  ExportJobDocument,
  type ExportJobFieldsFragment,
  StartExportDocument,
} from '../../gql/graphql';
import type { ExportRequest } from './export-request';

/** How often a running export is asked how far it is. */
export const EXPORT_POLL_MS = 1000;

export type ExportJobState =
  | { step: 'idle' }
  | { step: 'starting' }
  /** The job as last polled: running, or finished (SUCCEEDED, FAILED, CANCELLED). */
  | { step: 'job'; job: ExportJobFieldsFragment }
  /** startExport was refused (FORBIDDEN, BAD_USER_INPUT…) or never answered. */
  | { step: 'refused'; error: unknown }
  /** The job runs on, but this page can no longer follow it (network, session): it is on /exports. */
  | { step: 'lost' };

/**
 * One export at a time from a button: starts the job, asks for it every `EXPORT_POLL_MS` until it
 * has finished (and no longer once the component is gone: the job goes on, listed on /exports),
 * and cancels it. Each answer also lands in Apollo's cache, so the exports page sees it too.
 */
export function useExportJob() {
  const client = useApolloClient();
  const [state, setState] = useState<ExportJobState>({ step: 'idle' });
  const [startExport] = useMutation(StartExportDocument);
  const [cancelExport] = useMutation(CancelExportDocument);
  const job = state.step === 'job' ? state.job : null;
  const running = job !== null && !jobFinished(job.status);

  const start = useCallback(
    async (request: ExportRequest, format: ExportFormat = ExportFormat.XLSX) => {
      setState({ step: 'starting' });
      try {
        const { data } = await startExport({
          variables: { input: { list: request.list, filter: request.filter, format } },
        });
        setState(data ? { step: 'job', job: data.startExport } : { step: 'refused', error: null });
      } catch (error) {
        setState({ step: 'refused', error });
      }
    },
    [startExport],
  );

  const cancel = useCallback(async () => {
    if (!job) return;
    try {
      const { data } = await cancelExport({ variables: { id: job.id } });
      if (data) setState({ step: 'job', job: data.cancelExport });
    } catch {
      // It finished meanwhile (the API refuses to cancel a finished job): the next poll says how.
    }
  }, [cancelExport, job]);

  // The same id from QUEUED to the end: one polling loop per job, whatever each answer holds.
  const jobId = running ? job.id : null;
  useEffect(() => {
    if (!jobId) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const { data } = await client.query({
          query: ExportJobDocument,
          variables: { id: jobId },
          fetchPolicy: 'network-only',
        });
        if (stopped) return;
        const next = data?.exportJob;
        setState(next ? { step: 'job', job: next } : { step: 'lost' });
        if (next && !jobFinished(next.status)) timer = setTimeout(poll, EXPORT_POLL_MS);
      } catch {
        if (!stopped) setState({ step: 'lost' });
      }
    };
    timer = setTimeout(poll, EXPORT_POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [client, jobId]);

  return { state, running, start, cancel };
}
