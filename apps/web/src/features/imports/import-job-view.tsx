import { JobStatus } from '@hoanhap/shared';
import { Alert, Anchor, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportJobFieldsFragment } from '../../gql/graphql';
import { IMPORTS_NS } from '../../i18n/imports';
import { CancelImportButton } from './cancel-import-button';
import { FlaggedRowsButton } from './flagged-rows';
import { JobCounts } from './job-counts';
import { useFailureText } from './failure-text';

/**
 * Where a job stands: its progress while it runs (with "Dừng"), then its figures and the report of
 * the rows not imported, or why it failed or that it was stopped.
 */
export function ImportJobView({ job }: { job: ImportJobFieldsFragment }) {
  const { t } = useTranslation(IMPORTS_NS);
  const failureText = useFailureText();
  const percent = Math.round(job.progress * 100);

  if (job.status === JobStatus.QUEUED || job.status === JobStatus.RUNNING) {
    return (
      <Stack gap="xs" data-testid="job-running">
        <Group justify="space-between">
          <Text size="sm" aria-live="polite">
            {job.status === JobStatus.QUEUED ? t('job.queued') : t('job.progress', { percent })}
          </Text>
          <CancelImportButton id={job.id} fileName={job.fileName} />
        </Group>
        <Progress value={percent} animated aria-label={t('job.progressLabel')} />
      </Stack>
    );
  }
  if (job.status === JobStatus.FAILED) {
    return (
      <Alert color="red" variant="light" role="alert" title={t('job.failedTitle')} data-testid="job-failed">
        {failureText(job.failureReason)}
      </Alert>
    );
  }
  return (
    <Stack gap="sm" data-testid="job-finished">
      {job.status === JobStatus.CANCELLED && (
        <Alert color="yellow" variant="light" role="status">
          {t('job.cancelled')}
        </Alert>
      )}
      <JobCounts job={job} />
      {job.reportUrl && (
        <Anchor href={job.reportUrl} download data-testid="job-report">
          {t('job.report')}
        </Anchor>
      )}
      {!job.dryRun && job.rowsFlagged > 0 && (
        <Group>
          <FlaggedRowsButton jobId={job.id} count={job.rowsFlagged} />
        </Group>
      )}
    </Stack>
  );
}
