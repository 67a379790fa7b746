import { canExport, ExportFormat, JobStatus } from '@hoanhap/shared';
import { Button, Group, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_NS, ExportTexts } from '../../i18n/export';
import { useCurrentUser } from '../auth/current-user';
import { useExportFailure, useExportOutcome } from './export-outcome';
import { ExportProgress, useProgressText } from './export-progress';
import type { ExportRequest } from './export-request';
import { useExportJob } from './use-export-job';

export type ExportButtonProps = ExportRequest & {
  /** The filter names a selection of this many rows (the button says how many). */
  selectionCount?: number;
  disabled?: boolean;
};

/**
 * "Xuất Excel" for any list (or, from its menu, a CSV): the server writes the list with its current filters to a file
 * (a job), this shows how far it is and downloads the file when written. Offered only to roles
 * that may export the list (the API refuses the others).
 */
export function ExportButton(props: ExportButtonProps) {
  const me = useCurrentUser();
  if (!canExport(me.role, props.list)) return null;
  return (
    <ExportTexts
      fallback={
        <Button variant="default" disabled>
          …
        </Button>
      }
    >
      <ExportButtonInner {...props} />
    </ExportTexts>
  );
}

function ExportButtonInner({ selectionCount, disabled, ...request }: ExportButtonProps) {
  const { t } = useTranslation(EXPORT_NS);
  const { state, running, start, cancel } = useExportJob();
  const [hidden, setHidden] = useState(false);
  const outcome = useExportOutcome();
  const failure = useExportFailure();
  const progressText = useProgressText();
  const job = state.step === 'job' ? state.job : null;

  // The file goes to the browser once, when the job has written it (and it holds rows).
  const download = useRef<HTMLAnchorElement>(null);
  const downloaded = useRef<string | null>(null);
  const ready = job?.status === JobStatus.SUCCEEDED && job.downloadUrl !== null && job.rowsWritten > 0;
  useEffect(() => {
    if (ready && job && downloaded.current !== job.id) {
      downloaded.current = job.id;
      download.current?.click();
    }
  }, [ready, job]);

  const result = job ? outcome(job) : null;
  const status =
    state.step === 'refused'
      ? { text: failure({ error: state.error }), failed: true }
      : state.step === 'lost'
        ? { text: t('lost'), failed: true }
        : running && job && hidden
          ? { text: progressText(job), failed: false }
          : result;

  return (
    <Group gap="xs" wrap="nowrap">
      <Button.Group>
        <Button
          variant="default"
          onClick={() => {
            setHidden(false);
            void start(request as ExportRequest);
          }}
          loading={state.step === 'starting' || running}
          disabled={disabled}
          data-testid="export-xlsx"
        >
          {selectionCount === undefined ? t('button') : t('buttonSelection', { count: selectionCount })}
        </Button>
        <Button
          variant="default"
          onClick={() => {
            setHidden(false);
            void start(request as ExportRequest, ExportFormat.CSV);
          }}
          disabled={disabled || state.step === 'starting' || running}
          aria-label={t('csv')}
          title={t('csv')}
          data-testid="export-csv"
        >
          CSV
        </Button>
      </Button.Group>
      <Text size="sm" c={status?.failed ? 'red' : 'dimmed'} role="status" data-testid="export-status">
        {status?.text ?? ''}
      </Text>
      {ready && job?.downloadUrl && (
        // Clicked once by the effect above; the line beside the button says what was downloaded.
        <a ref={download} href={job.downloadUrl} download={job.fileName ?? ''} hidden>
          {job.fileName}
        </a>
      )}
      <ExportProgress
        job={job}
        opened={(state.step === 'starting' || running) && !hidden}
        selection={selectionCount !== undefined}
        onHide={() => setHidden(true)}
        onCancel={() => void cancel()}
      />
    </Group>
  );
}
