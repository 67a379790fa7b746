import { useApolloClient } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { JUDGMENTS_NS } from '../../../i18n/judgments';

/**
 * Someone changed the case file while the form was open: say what happened and offer to reload it.
 * The form stays open with what was typed, so nothing is lost.
 */
export function ConflictDialog({ reason, onClose }: { reason: string | null; onClose: () => void }) {
  const { t } = useTranslation(JUDGMENTS_NS);
  const client = useApolloClient();
  const [busy, setBusy] = useState(false);
  const known = ['ALREADY_VERIFIED', 'CASE_CLOSED'] as const;
  const which = known.find((k) => k === reason) ?? 'GENERIC';
  async function reload() {
    setBusy(true);
    try {
      await client.refetchQueries({ include: ['ReturneeDetail'] });
    } finally {
      setBusy(false);
      onClose();
    }
  }
  return (
    <Modal
      opened={reason !== null}
      onClose={onClose}
      title={t('conflict.title')}
      zIndex={400}
      data-testid="conflict-dialog"
    >
      <Stack gap="md">
        <Text size="sm">{t(`conflict.${which}`)}</Text>
        <Text size="sm">{t('conflict.body')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={busy}>
            {t('conflict.keep')}
          </Button>
          <Button onClick={reload} loading={busy}>
            {t('conflict.reload')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
