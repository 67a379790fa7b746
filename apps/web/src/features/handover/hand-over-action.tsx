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

function HandOverDialog({ returneeId }: { returneeId: string }) {
  const { t } = useTranslation(HANDOVER_NS);
  const [open, setOpen] = useState(false);
  // Held only while the dialog is open: the file exists nowhere else once it is closed.
  const [result, setResult] = useState<HandedOver | null>(null);

  function close() {
    setOpen(false);
    setResult(null);
  }

  function handedOver(done: HandedOver) {
    saveTextFile(done.file.fileName, done.file.content);
    setResult(done);
  }

  return (
    <>
      <Button size="xs" variant="default" onClick={() => setOpen(true)} data-testid="hand-over-open">
        {t('send.open')}
      </Button>
      <Modal opened={open} onClose={close} title={t('send.title')} size="lg" closeOnClickOutside={result === null}>
        {open && result && <HandedOverView result={result} onClose={close} />}
        {open && !result && <HandOverForm returneeId={returneeId} onHandedOver={handedOver} onCancel={close} />}
      </Modal>
    </>
  );
}

/**
 * The officer's "Chuyển sang địa phương ngoài hệ thống" on an open case: the person moved to a ward
 * another deployment serves. The signed package is downloaded at once (the API answers it once).
 */
export function HandOverAction({ returneeId, status }: { returneeId: string; status: string }) {
  if (status === 'CLOSED') return null;
  return (
    <HandoverTexts fallback={false}>
      <HandOverDialog returneeId={returneeId} />
    </HandoverTexts>
  );
}
