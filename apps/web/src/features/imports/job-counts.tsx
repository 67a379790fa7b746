import { SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportJobFieldsFragment } from '../../gql/graphql';
import { IMPORTS_NS } from '../../i18n/imports';

type CountKey = 'total' | 'valid' | 'imported' | 'updated' | 'flagged' | 'failed';

/** The job's figures; a dry run's say what would happen ("Sẽ thêm mới"), an import's what did. */
export function JobCounts({ job }: { job: ImportJobFieldsFragment }) {
  const { t } = useTranslation(IMPORTS_NS);
  const counts: { key: CountKey; label: string; value: number | null }[] = [
    { key: 'total', label: t('job.total'), value: job.rowsTotal ?? null },
    { key: 'valid', label: t('job.valid'), value: job.rowsValid },
    { key: 'imported', label: t(job.dryRun ? 'job.wouldImport' : 'job.imported'), value: job.rowsImported },
    { key: 'updated', label: t(job.dryRun ? 'job.wouldUpdate' : 'job.updated'), value: job.rowsUpdated },
    { key: 'flagged', label: t('job.flagged'), value: job.rowsFlagged },
    { key: 'failed', label: t('job.failed'), value: job.rowsFailed },
  ];
  return (
    <SimpleGrid component="dl" cols={{ base: 2, sm: 3 }} spacing="sm" m={0} data-testid="job-counts">
      {counts.map(({ key, label, value }) => (
        <div key={key}>
          <Text component="dt" size="sm" c="dimmed">
            {label}
          </Text>
          <Text component="dd" m={0} fw={700} fz="xl" data-testid={`count-${key}`}>
            {value === null ? '—' : value.toLocaleString('vi-VN')}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}
