import { useApolloClient } from '@apollo/client/react';
import { Alert, Button, Checkbox, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiErrorInfo } from '../../../apollo/error-code';
import type { FormErrors } from '../../../components/forms/form-errors';
import { useMutationForm } from '../../../components/forms/use-mutation-form';
import { type SavedViewFieldsFragment, SavedViewsDocument } from '../../../gql/graphql';
import { LISTS_NS } from '../../../i18n/lists';
import { RETURNEES_LIST, useSaveView, useUpdateSavedView } from './use-saved-views';
import { FormError } from '../../../components/forms/form-error';
import { DialogFooter } from '../../../components/forms/dialog-footer';

export const NAME_MAX = 80;
export const QUERY_MAX = 2000;
const FIELDS = ['name', 'query', 'columns', 'shared'] as const;

export interface SaveViewDialogProps {
  opened: boolean;
  onClose: () => void;
  /** The view being edited; a new view when left out. */
  view?: SavedViewFieldsFragment | null;
  /** The list as it is now: what a new view saves (or an edit may take over). */
  current: { query: string; columns: readonly string[] };
  onSaved: (view: SavedViewFieldsFragment) => void;
}

/**
 * "Lưu góc nhìn hiện tại" and "Sửa góc nhìn": a name and whether colleagues see it. An edit is sent
 * with the version it was opened at; if the view changed meanwhile, the conflict dialog reloads it
 * and keeps what the user typed.
 */
export function SaveViewDialog({ opened, onClose, view, current, onSaved }: SaveViewDialogProps) {
  const { t } = useTranslation(LISTS_NS);
  const client = useApolloClient();
  /** A taken name and a list too long to save get this dialog's own words. */
  const map = (info: ApiErrorInfo): FormErrors | undefined => {
    if (info.code === 'BAD_USER_INPUT' && info.field === 'input.name' && info.reason === 'DUPLICATE') {
      return { fields: { name: t('saveDialog.duplicate') } };
    }
    if (info.code === 'BAD_USER_INPUT' && info.field === 'input.query') {
      return { fields: {}, form: t('saveDialog.queryTooLong') };
    }
    return undefined;
  };
  const { errors, setErrors, clear, reset, submitting, submit, conflict, closeConflict, toErrors } = useMutationForm({
    fields: FIELDS,
    conflictDialog: true,
    map,
  });
  const [save] = useSaveView();
  const [update] = useUpdateSavedView();
  const [name, setName] = useState('');
  const [shared, setShared] = useState(false);
  const [overwrite, setOverwrite] = useState(false);
  const [version, setVersion] = useState(0);
  const [reloading, setReloading] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  // Each opening starts from the view (or blank); typing is never reset while the dialog is open.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `reset` only clears the errors.
  useEffect(() => {
    if (!opened) return;
    setName(view?.name ?? '');
    setShared(view?.shared ?? false);
    setVersion(view?.version ?? 0);
    setOverwrite(false);
    reset();
    setNotice(null);
  }, [opened, view]);

  function validate(): FormErrors | null {
    const trimmed = name.trim();
    const fields: Record<string, string> = {};
    if (!trimmed) fields.name = t('saveDialog.nameRequired');
    else if (trimmed.length > NAME_MAX) fields.name = t('saveDialog.nameTooLong');
    const sendsQuery = !view || overwrite;
    const form = sendsQuery && current.query.length > QUERY_MAX ? t('saveDialog.queryTooLong') : undefined;
    return fields.name || form ? { fields, form } : null;
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid = validate();
    if (invalid) return setErrors(invalid);
    const trimmed = name.trim();
    const send = async () =>
      view
        ? (
            await update({
              variables: {
                input: {
                  id: view.id,
                  version,
                  name: trimmed,
                  shared,
                  ...(overwrite ? { query: current.query, columns: [...current.columns] } : {}),
                },
              },
            })
          ).data?.updateSavedView
        : (
            await save({
              variables: {
                input: {
                  list: RETURNEES_LIST,
                  name: trimmed,
                  shared,
                  query: current.query,
                  columns: [...current.columns],
                },
              },
            })
          ).data?.saveView;
    await submit(send, (saved) => {
      if (saved) onSaved(saved);
    });
  }

  /** Reads the view as it is now and continues from its version, keeping what was typed. */
  async function reload() {
    if (!view) return;
    setReloading(true);
    try {
      const { data } = await client.query({
        query: SavedViewsDocument,
        variables: { list: RETURNEES_LIST },
        fetchPolicy: 'network-only',
      });
      const latest = data?.savedViews.find((v) => v.id === view.id);
      if (!latest) {
        // Deleted elsewhere: nothing left to edit.
        closeConflict();
        onClose();
        return;
      }
      setVersion(latest.version);
      closeConflict();
      setNotice(t('conflict.reloaded'));
    } catch (error) {
      closeConflict();
      setErrors(toErrors(error));
    } finally {
      setReloading(false);
    }
  }

  return (
    <>
      <Modal
        opened={opened && conflict === null}
        onClose={onClose}
        title={view ? t('saveDialog.titleEdit') : t('saveDialog.titleNew')}
      >
        <form
          onSubmit={onSubmit}
          noValidate
          aria-label={view ? t('saveDialog.titleEdit') : t('saveDialog.titleNew')}
          data-testid="save-view-form"
        >
          <Stack gap="sm">
            <FormError message={errors.form} />
            {notice && (
              <Alert color="yellow" variant="light" role="status">
                {notice}
              </Alert>
            )}
            <TextInput
              label={t('saveDialog.name')}
              description={t('saveDialog.nameHint')}
              value={name}
              onChange={(event) => {
                setName(event.currentTarget.value);
                clear('name');
              }}
              required
              maxLength={NAME_MAX + 20}
              error={errors.fields.name || undefined}
              data-autofocus
              data-testid="view-name"
            />
            <Checkbox
              label={t('saveDialog.shared')}
              checked={shared}
              onChange={(event) => setShared(event.currentTarget.checked)}
              data-testid="view-shared"
            />
            {view ? (
              <Checkbox
                label={t('saveDialog.overwrite')}
                checked={overwrite}
                onChange={(event) => setOverwrite(event.currentTarget.checked)}
              />
            ) : (
              <Text size="sm" c="dimmed">
                {t('saveDialog.whatIsSaved')}
              </Text>
            )}
            <DialogFooter
              onCancel={onClose}
              cancelLabel={t('saveDialog.cancel')}
              submitting={submitting}
              submitLabel={t('saveDialog.submit')}
              submitTestId="save-view-submit"
            />
          </Stack>
        </form>
      </Modal>
      <Modal opened={conflict !== null} onClose={closeConflict} title={t('conflict.title')}>
        <Stack gap="md" data-testid="view-conflict-dialog">
          <Text size="sm">{t('conflict.body')}</Text>
          <Group justify="flex-end">
            <Button
              variant="default"
              onClick={() => {
                closeConflict();
                onClose();
              }}
              disabled={reloading}
            >
              {t('conflict.discard')}
            </Button>
            <Button onClick={() => void reload()} loading={reloading}>
              {t('conflict.reload')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
