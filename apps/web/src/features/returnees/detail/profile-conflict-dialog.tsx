import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The conflict dialog: someone saved in between; reload and re-apply, or give up the edit. */
export function ProfileConflictDialog({
  opened,
  busy,
  onReapply,
  onDiscard,
}: {
  opened: boolean;
  busy: boolean;
  onReapply: () => void;
  onDiscard: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onDiscard} title={t('returnee.conflict.title')} data-testid="conflict-dialog">
      <Stack gap="md">
        <Text size="sm">{t('returnee.conflict.body')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDiscard} disabled={busy}>
            {t('returnee.conflict.discard')}
          </Button>
          <Button onClick={onReapply} loading={busy}>
            {t('returnee.conflict.reapply')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
