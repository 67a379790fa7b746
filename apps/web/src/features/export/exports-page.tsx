import { useMutation, useQuery } from '@apollo/client/react';
import { EXPORT_LIST_LABELS, JOB_STATUS_LABELS, JobStatus, jobFinished } from '@hoanhap/shared';
import { Alert, Anchor, Badge, Button, Stack, Table, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../../components/enum-label';
import { DataTable, ListState } from '../../components/list-state';
import { PageTitle } from '../../components/page-header';
import { CancelExportDocument, type ExportJobFieldsFragment, MyExportsDocument } from '../../gql/graphql';
import { EXPORT_NS, ExportTexts } from '../../i18n/export';
import { formatDateTimeVi } from '../audit/format';
import { useExportFailure } from './export-outcome';
import { EXPORT_POLL_MS } from './use-export-job';

const STATUS_COLORS: Record<JobStatus, string> = {
  QUEUED: 'gray',
  RUNNING: 'blue',
  SUCCEEDED: 'green',
  FAILED: 'red',
  CANCELLED: 'dark',
};

/** Rows written, of how many while the job runs and has counted them. */
function rowsText(job: ExportJobFieldsFragment): string {
  if (job.status === JobStatus.QUEUED) return '—';
  if (!jobFinished(job.status) && job.rowsTotal !== null) return `${job.rowsWritten} / ${job.rowsTotal}`;
  return String(job.rowsWritten);
}

function ExportsScreen() {
  const { t } = useTranslation(EXPORT_NS);
  const label = useEnumLabel();
  const failure = useExportFailure();
  useDocumentTitle(`${t('page.title')} · ${t('app.name', { ns: 'translation' })}`);
  // Asked again every second while an export runs, so its row moves on by itself; then no more.
  const [polling, setPolling] = useState(false);
  const { data, error, loading, refetch } = useQuery(MyExportsDocument, {
    pollInterval: polling ? EXPORT_POLL_MS : 0,
    notifyOnNetworkStatusChange: false,
  });
  const jobs = data?.myExports;
  const unfinished = jobs?.some((job) => !jobFinished(job.status)) ?? false;
  useEffect(() => setPolling(unfinished), [unfinished]);
  const [cancelExport] = useMutation(CancelExportDocument);
  const [cancelFailed, setCancelFailed] = useState(false);

  async function cancel(job: ExportJobFieldsFragment) {
    setCancelFailed(false);
    try {
      // The answer updates the row through the cache.
      await cancelExport({ variables: { id: job.id } });
    } catch {
      setCancelFailed(true);
      await refetch().catch(() => undefined);
    }
  }

  return (
    <Stack gap="md">
      <PageTitle title={t('page.title')} intro={t('page.intro')} />
      {cancelFailed && (
        <Alert color="red" variant="light" role="alert" withCloseButton onClose={() => setCancelFailed(false)}>
          {t('page.cancelFailed')}
        </Alert>
      )}
      <ListState
        data={jobs}
        loading={loading}
        error={error}
        isEmpty={(jobs) => jobs.length === 0}
        loadFailed={t('page.loadFailed')}
        onRetry={() => refetch()}
        empty={t('page.empty')}
        emptyTestId="exports-empty"
        loadingTestId="exports-loading"
      >
        {(jobs) => (
          <DataTable
            minWidth={820}
            testId="exports-table"
            columns={[
              t('page.columns.list'),
              t('page.columns.status'),
              t('page.columns.rows'),
              t('page.columns.requestedAt'),
              t('page.columns.file'),
              '',
            ]}
          >
            {jobs.map((job) => (
              <Table.Tr key={job.id} data-testid="export-row">
                <Table.Td>{label(EXPORT_LIST_LABELS, job.list)}</Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLORS[job.status]} variant="light" tt="none">
                    {label(JOB_STATUS_LABELS, job.status)}
                  </Badge>
                  {job.status === JobStatus.FAILED && (
                    <Text size="xs" c="dimmed" mt={4}>
                      {failure(job)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{rowsText(job)}</Table.Td>
                <Table.Td>{formatDateTimeVi(job.createdAt)}</Table.Td>
                <Table.Td>
                  {job.downloadUrl ? (
                    <Anchor href={job.downloadUrl} download={job.fileName ?? ''} data-testid="export-download">
                      {t('page.download')}{' '}
                      <Text span size="xs" c="dimmed">
                        ({job.fileName})
                      </Text>
                    </Anchor>
                  ) : job.status === JobStatus.SUCCEEDED ? (
                    <Text size="sm" c="dimmed">
                      {t('page.expired')}
                    </Text>
                  ) : (
                    '—'
                  )}
                </Table.Td>
                <Table.Td>
                  {!jobFinished(job.status) && (
                    <Button size="xs" variant="light" color="red" onClick={() => void cancel(job)}>
                      {t('page.cancel')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
        )}
      </ListState>
    </Stack>
  );
}

/** "Tệp đã xuất": the person's own exports, to download again for 24 hours or to cancel. */
export default function ExportsPage() {
  return (
    <ExportTexts>
      <ExportsScreen />
    </ExportTexts>
  );
}
