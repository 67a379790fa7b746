import { JobStatus } from '@hoanhap/shared';
import { Anchor, Button, Group, Modal, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ExportJobFieldsFragment } from '../../gql/graphql';
import { EXPORT_NS } from '../../i18n/export';

/** How far a running job is, in words: waiting, rows written, or rows written of how many. */
export function useProgressText() {
  const { t } = useTranslation(EXPORT_NS);
  return (job: ExportJobFieldsFragment) =>
    job.status === JobStatus.QUEUED
      ? t('queued')
      : job.rowsTotal === null
        ? t('progressUncounted', { done: job.rowsWritten })
        : t('progress', { done: job.rowsWritten, total: job.rowsTotal });
}

interface ExportProgressProps {
  job: ExportJobFieldsFragment | null;
  opened: boolean;
  /** The rows are a selection, not the filtered list. */
  selection: boolean;
  onHide: () => void;
  onCancel: () => void;
}

/**
 * The running export: a bar that fills as the server writes rows (moving without a share until the
 * rows are counted), and the choice to cancel it or to let it run while the user goes elsewhere.
 */
export function ExportProgress({ job, opened, selection, onHide, onCancel }: ExportProgressProps) {
  const { t } = useTranslation(EXPORT_NS);
  const progressText = useProgressText();
  const counted = job?.rowsTotal != null && job.rowsTotal > 0;
  const percent = counted && job ? Math.round((job.rowsWritten / (job.rowsTotal ?? 1)) * 100) : 100;
  return (
    <Modal opened={opened} onClose={onHide} title={t('title')} centered>
      <Stack data-testid="export-progress">
        <Text size="sm" c="dimmed">
          {selection ? t('selectionNote') : t('filtersNote')}
        </Text>
        <Progress
          value={percent}
          animated
          striped={!counted}
          aria-label={t('title')}
          data-testid="export-progress-bar"
          data-indeterminate={!counted || undefined}
        />
        <Text size="sm" aria-live="polite" data-testid="export-progress-text">
          {job ? progressText(job) : t('queued')}
        </Text>
        <Text size="sm">
          {t('leaveNote')}{' '}
          <Anchor component={Link} to="/exports">
            {t('openList')}
          </Anchor>
        </Text>
        <Group justify="flex-end">
          <Button variant="default" color="red" onClick={onCancel} disabled={!job} data-testid="export-cancel">
            {t('cancel')}
          </Button>
          <Button onClick={onHide}>{t('hide')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
