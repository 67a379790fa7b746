import { JOB_STATUS_LABELS, JobStatus } from '@hoanhap/shared';
import { Alert, Anchor, Button, Group, Loader, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../../../components/enum-label';
import { PrintTexts } from '../../../i18n/print';
import { useApiErrorMessage } from '../../../i18n/use-api-error-message';
import { PURPOSE_MIN, personFilePrintPath } from '../../reports/print/person-file-purpose';
import { type PersonArchiveState, usePersonArchive } from './use-person-archive';

/** Where the archive stands, and its link once written. */
function ArchiveProgress({ state }: { state: PersonArchiveState }) {
  const { t } = useTranslation('print');
  const label = useEnumLabel();
  const apiError = useApiErrorMessage();
  if (state.step === 'idle') return null;
  if (state.step === 'starting') return <Loader size="xs" aria-label={t('chrome.personFile.starting')} />;
  if (state.step === 'refused') {
    return (
      <Alert color="red" variant="light" role="alert">
        {apiError(state.error)}
      </Alert>
    );
  }
  if (state.step === 'lost') return <Text size="sm">{t('chrome.personFile.lost')}</Text>;
  const { job } = state;
  if (job.status === JobStatus.SUCCEEDED && job.downloadUrl) {
    return (
      <Stack gap={4} data-testid="person-archive-ready">
        <Anchor href={job.downloadUrl} download={job.fileName ?? undefined} data-testid="person-archive-download">
          {t('chrome.personFile.download', { name: job.fileName })}
        </Anchor>
        <Text size="xs" c="dimmed">
          {t('chrome.personFile.contents', { records: job.recordCount ?? 0, documents: job.documentCount ?? 0 })}
        </Text>
      </Stack>
    );
  }
  if (job.status === JobStatus.FAILED || job.status === JobStatus.CANCELLED) {
    return (
      <Alert color="red" variant="light" role="alert" data-testid="person-archive-failed">
        {t('chrome.personFile.failed')}
      </Alert>
    );
  }
  return (
    <Group gap="xs" data-testid="person-archive-running" role="status">
      <Loader size="xs" />
      <Text size="sm">{label(JOB_STATUS_LABELS, job.status)}</Text>
    </Group>
  );
}

function WholeFile({ returneeId }: { returneeId: string }) {
  const { t } = useTranslation('print');
  const [opened, setOpened] = useState(false);
  const [purpose, setPurpose] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const archive = usePersonArchive();
  const stated = purpose.trim();
  const valid = stated.length >= PURPOSE_MIN;
  // The purpose must be stated before anything is read: each action checks it first.
  const check = () => {
    setTooShort(!valid);
    return valid;
  };

  return (
    <>
      <Button variant="light" size="xs" onClick={() => setOpened(true)} data-testid="person-file-button">
        {t('launch.personFile')}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('chrome.personFile.dialogTitle')} size="lg">
        <Stack gap="sm">
          <Text size="sm">{t('chrome.personFile.intro')}</Text>
          <Textarea
            label={t('chrome.personFile.purposeLabel')}
            description={t('chrome.personFile.purposeHint')}
            value={purpose}
            onChange={(e) => {
              setPurpose(e.currentTarget.value);
              if (tooShort && e.currentTarget.value.trim().length >= PURPOSE_MIN) setTooShort(false);
            }}
            error={tooShort ? t('chrome.personFile.purposeTooShort') : undefined}
            autosize
            minRows={2}
            required
            data-testid="person-file-purpose"
          />
          <Group gap="sm">
            <Button
              component="a"
              href={valid ? personFilePrintPath(returneeId, stated) : undefined}
              target="_blank"
              rel="noopener"
              onClick={(e: React.MouseEvent) => {
                if (!check()) e.preventDefault();
              }}
              aria-label={t('launch.newTab', { label: t('chrome.personFile.print') })}
              data-testid="person-file-print"
            >
              {t('chrome.personFile.print')}
            </Button>
            <Button
              variant="default"
              loading={archive.state.step === 'starting'}
              disabled={archive.running}
              onClick={() => {
                if (check()) void archive.start(returneeId, stated);
              }}
              data-testid="person-file-archive"
            >
              {t('chrome.personFile.archive')}
            </Button>
          </Group>
          <ArchiveProgress state={archive.state} />
        </Stack>
      </Modal>
    </>
  );
}

/**
 * "Hồ sơ đầy đủ": asks why, then prints everything held on the person (a new tab) or writes it to
 * an archive on the server and offers the download. Shown to those who may produce it.
 */
export function PersonFileDialog({ returneeId }: { returneeId: string }) {
  return (
    <PrintTexts fallback={null}>
      <WholeFile returneeId={returneeId} />
    </PrintTexts>
  );
}
