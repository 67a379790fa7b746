import { useApolloClient, useMutation } from '@apollo/client/react';
import { ExportFormat } from '@hoanhap/shared';
import { useCallback } from 'react';
import { JOB_POLL_MS, type PolledJobState, usePolledJob } from '../../components/use-polled-job';
import {
  CancelExportDocument,
  ExportJobDocument,
  type ExportJobFieldsFragment,
  StartExportDocument,
} from '../../gql/graphql';
import type { ExportRequest } from './export-request';

/** How often a running export is asked how far it is (the exports page polls as often). */
export const EXPORT_POLL_MS = JOB_POLL_MS;

/** An export from a button; `lost`: it runs on, listed on /exports. */
export type ExportJobState = PolledJobState<ExportJobFieldsFragment>;

/**
 * One export at a time from a button: starts the job, follows it until it has finished (the job
 * goes on if the component goes: it is listed on /exports), and cancels it. Each answer also lands
 * in Apollo's cache, so the exports page sees it too.
 */
export function useExportJob() {
  const client = useApolloClient();
  const [startExport] = useMutation(StartExportDocument);
  const [cancelExport] = useMutation(CancelExportDocument);
  const { state, job, running, begin, show } = usePolledJob(async (id) => {
    const { data } = await client.query({ query: ExportJobDocument, variables: { id }, fetchPolicy: 'network-only' });
    return data?.exportJob ?? null;
  });

  const start = useCallback(
    (request: ExportRequest, format: ExportFormat = ExportFormat.XLSX) =>
      begin(async () => {
        const { data } = await startExport({
          variables: { input: { list: request.list, filter: request.filter, format } },
        });
        return data?.startExport;
      }),
    [begin, startExport],
  );

  const cancel = useCallback(async () => {
    if (!job) return;
    try {
      const { data } = await cancelExport({ variables: { id: job.id } });
      if (data) show(data.cancelExport);
    } catch {
      // It finished meanwhile (the API refuses to cancel a finished job): the next poll says how.
    }
  }, [cancelExport, job, show]);

  return { state, running, start, cancel };
}
