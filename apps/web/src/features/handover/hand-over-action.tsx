import { formatDateVi } from '@hoanhap/shared';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HANDOVER_NS, HandoverTexts } from '../../i18n/handover';
import { type HandedOver, HandOverForm } from './hand-over-form';
import { saveTextFile } from './save-file';

/** What the officer sees once the package is made: where the case went, and the file again if needed. */
function HandedOverView({ result, onClose }: { result: HandedOver; onClose: () => void }) {
  const { t } = useTranslation(HANDOVER_NS);
  const { file } = result;
  return (
    <Stack gap="sm" data-testid="hand-over-done">
      <Alert color="green" variant="light" role="status" title={t('send.done.title')}>
        {t('send.done.body', {
          destination: result.destination,
          unit: result.toUnitName,
          date: formatDateVi(result.handedOverOn),
        })}
      </Alert>
      <Text size="sm">{t('send.done.file', { fileName: file.fileName })}</Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={() => saveTextFile(file.fileName, file.content)}>
          {t('send.done.downloadAgain')}
        </Button>
        <Button onClick={onClose}>{t('send.done.close')}</Button>
      </Group>
    </Stack>
  );
}

/** The dialog's content: its texts are loaded when it first opens. */
function HandOverContent({ returneeId, onClose }: { returneeId: string; onClose: () => void }) {
  // Held only while the dialog is open: the file exists nowhere else once it is closed.
  const [result, setResult] = useState<HandedOver | null>(null);

  function handedOver(done: HandedOver) {
    saveTextFile(done.file.fileName, done.file.content);
    setResult(done);
  }

  return result ? (
    <HandedOverView result={result} onClose={onClose} />
  ) : (
    <HandOverForm returneeId={returneeId} onHandedOver={handedOver} onCancel={onClose} />
  );
}

/**
 * The officer's "Chuyển sang địa phương ngoài hệ thống" on an open case: the person moved to a ward
 * another deployment serves. The signed package is downloaded at once (the API answers it once).
 * The button's words are the person's page's own, so the page does not wait for the hand-over's texts.
 */
export function HandOverAction({ returneeId, status }: { returneeId: string; status: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (status === 'CLOSED') return null;
  const title = t('returnee.handOver.open');
  return (
    <>
      <Button size="xs" variant="default" onClick={() => setOpen(true)} data-testid="hand-over-open">
        {title}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={title} size="lg" closeOnClickOutside={false}>
        {open && (
          <HandoverTexts>
            <HandOverContent returneeId={returneeId} onClose={() => setOpen(false)} />
          </HandoverTexts>
        )}
      </Modal>
    </>
  );
}
