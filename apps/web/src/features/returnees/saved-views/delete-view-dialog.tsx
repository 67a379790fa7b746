import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMutationForm } from '../../../components/forms/use-mutation-form';
import type { SavedViewFieldsFragment } from '../../../gql/graphql';
import { LISTS_NS } from '../../../i18n/lists';
import { useDeleteSavedView } from './use-saved-views';
import { FormError } from '../../../components/forms/form-error';

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
  const { errors, reset, submitting, submit } = useMutationForm({ fields: [] });
  const [remove] = useDeleteSavedView();

  async function confirm() {
    if (!view) return;
    await submit(
      () => remove({ variables: { input: { id: view.id } } }),
      () => onDeleted(view),
    );
  }

  return (
    <Modal
      opened={view !== null}
      onClose={() => {
        reset();
        onClose();
      }}
      title={t('deleteDialog.title')}
    >
      <Stack gap="md" data-testid="delete-view-dialog">
        <FormError message={errors.form} />
        <Text size="sm">{t('deleteDialog.body', { name: view?.name ?? '' })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('deleteDialog.cancel')}
          </Button>
          <Button color="red" onClick={() => void confirm()} loading={submitting} data-testid="delete-view-confirm">
            {t('deleteDialog.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
