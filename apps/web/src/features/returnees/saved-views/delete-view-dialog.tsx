import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiErrorMessage } from '../../../i18n/use-api-error-message';
import type { SavedViewFieldsFragment } from '../../../gql/graphql';
import { LISTS_NS } from '../../../i18n/lists';
import { useDeleteSavedView } from './use-saved-views';

/** Asks before deleting one of my views (a shared one disappears for colleagues too). */
export function DeleteViewDialog({
  view,
  onClose,
  onDeleted,
}: {
  view: SavedViewFieldsFragment | null;
  onClose: () => void;
  onDeleted: (view: SavedViewFieldsFragment) => void;
}) {
  const { t } = useTranslation(LISTS_NS);
  const apiMessage = useApiErrorMessage();
  const [remove, { loading }] = useDeleteSavedView();
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    if (!view) return;
    try {
      await remove({ variables: { input: { id: view.id } } });
      setError(null);
      onDeleted(view);
    } catch (e) {
      setError(apiMessage(e));
    }
  }

  return (
    <Modal
      opened={view !== null}
      onClose={() => {
        setError(null);
        onClose();
      }}
      title={t('deleteDialog.title')}
    >
      <Stack gap="md" data-testid="delete-view-dialog">
        {error && (
          <Alert color="red" variant="light" role="alert">
            {error}
          </Alert>
        )}
        <Text size="sm">{t('deleteDialog.body', { name: view?.name ?? '' })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('deleteDialog.cancel')}
          </Button>
          <Button color="red" onClick={() => void confirm()} loading={loading} data-testid="delete-view-confirm">
            {t('deleteDialog.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
