import { useQuery } from '@apollo/client/react';
import { JOB_STATUS_LABELS, JobStatus, jobFinished } from '@hoanhap/shared';
import { Anchor, Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../../components/enum-label';
import { DataTable, ListState } from '../../components/list-state';
import { type ImportJobFieldsFragment, MyImportsDocument } from '../../gql/graphql';
import { IMPORTS_NS } from '../../i18n/imports';
import { formatDateTimeVi } from '../audit/format';
import { CancelImportButton } from './cancel-import-button';
import { useFailureText } from './failure-text';
import { FlaggedRowsButton } from './flagged-rows';
import { POLL_MS } from './use-import-job';

/** How many of the user's imports the page lists. */
export const RECENT_IMPORTS = 10;

const STATUS_COLORS: Record<JobStatus, string> = {
  QUEUED: 'gray',
  RUNNING: 'blue',
  SUCCEEDED: 'teal',
  FAILED: 'red',
  CANCELLED: 'yellow',
};

/** "Các lần nhập gần đây": the user's imports with their outcome, asked again while one still runs. */
export function RecentImports() {
  const { t } = useTranslation(IMPORTS_NS);
  const { data, loading, error, refetch, startPolling, stopPolling } = useQuery(MyImportsDocument, {
    variables: { first: RECENT_IMPORTS },
  });
  const running = (data?.myImports ?? []).some((job) => !jobFinished(job.status));
  useEffect(() => {
    if (!running) return;
    startPolling(POLL_MS * 2);
    return () => stopPolling();
  }, [running, startPolling, stopPolling]);

  return (
    <Stack gap="sm" component="section" aria-labelledby="recent-imports-title">
      <Title order={2} size="h3" id="recent-imports-title">
        {t('recent.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('recent.intro')}
      </Text>
      <ListState
        data={data?.myImports}
        loading={loading}
        error={error}
        isEmpty={(jobs) => jobs.length === 0}
        loadFailed={t('recent.loadFailed')}
        onRetry={() => void refetch().catch(() => undefined)}
        empty={t('recent.empty')}
        emptyTestId="recent-empty"
        loadingHeight={120}
      >
        {(jobs) => (
          <DataTable
            minWidth={760}
            highlightOnHover={false}
            testId="recent-imports"
            columns={[
              t('recent.time'),
              t('recent.file'),
              t('recent.unit'),
              t('recent.kind'),
              t('recent.status'),
              t('recent.result'),
              t('recent.actions'),
            ]}
          >
            {jobs.map((job) => (
              <RecentImportRow key={job.id} job={job} />
            ))}
          </DataTable>
        )}
      </ListState>
    </Stack>
  );
}

function RecentImportRow({ job }: { job: ImportJobFieldsFragment }) {
  const { t } = useTranslation(IMPORTS_NS);
  const label = useEnumLabel();
  const failureText = useFailureText();
  const counts = {
    total: job.rowsTotal ?? 0,
    valid: job.rowsValid,
    imported: job.rowsImported,
    updated: job.rowsUpdated,
    flagged: job.rowsFlagged,
    failed: job.rowsFailed,
  };
  const result =
    job.status === JobStatus.FAILED
      ? failureText(job.failureReason)
      : job.status === JobStatus.QUEUED || job.status === JobStatus.RUNNING
        ? t('job.progress', { percent: Math.round(job.progress * 100) })
        : t(job.dryRun ? 'recent.summaryDryRun' : 'recent.summaryImport', counts);
  return (
    <Table.Tr data-testid="recent-import">
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTimeVi(job.createdAt)}</Table.Td>
      <Table.Td>{job.fileName}</Table.Td>
      <Table.Td>{job.unit.name}</Table.Td>
      <Table.Td>{t(job.dryRun ? 'recent.kindDryRun' : 'recent.kindImport')}</Table.Td>
      <Table.Td>
        <Badge color={STATUS_COLORS[job.status]} variant="light" tt="none">
          {label(JOB_STATUS_LABELS, job.status)}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{result}</Text>
      </Table.Td>
      <Table.Td>
        {!jobFinished(job.status) ? (
          <CancelImportButton id={job.id} fileName={job.fileName} />
        ) : (
          <Stack gap={4} align="flex-start">
            {job.reportUrl && (
              <Anchor href={job.reportUrl} download size="sm">
                {t('recent.report')}
              </Anchor>
            )}
            {!job.dryRun && job.rowsFlagged > 0 && <FlaggedRowsButton jobId={job.id} count={job.rowsFlagged} />}
          </Stack>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
