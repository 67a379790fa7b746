import { useApolloClient } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorInfo } from '../../../apollo/error-code';
import { type FormErrors, NO_ERRORS, useFormErrorsFromApi } from '../../../components/form-errors';
import { JUDGMENTS_NS } from '../../../i18n/judgments';

/**
 * Form errors for the judgment, release and hand-over forms: like `useFormErrorsFromApi`, plus the
 * reason codes only these mutations use (their texts live in the `judgments` namespace, not in the
 * first load). `notFoundField` names the field a NOT_FOUND blames (a unit code that matches nothing).
 */
export function useCaseworkFormErrors(fieldNames: readonly string[], notFoundField?: string) {
  const base = useFormErrorsFromApi(fieldNames);
  const { t: tApp } = useTranslation();
  const { t, i18n } = useTranslation(JUDGMENTS_NS);
  return useCallback(
    (error: unknown): FormErrors => {
      const info = apiErrorInfo(error);
      if (info.code === 'NOT_FOUND' && notFoundField) {
        return { fields: { [notFoundField]: t('reasons.UNIT_NOT_FOUND') }, form: tApp('errors.formHasErrors') };
      }
      const errors = base(error);
      const key = `reasons.${info.reason ?? ''}`;
      if (info.code === 'BAD_USER_INPUT' && info.field && i18n.exists(key, { ns: JUDGMENTS_NS })) {
        const top = info.field.split('.').slice(1)[0] ?? info.field;
        if (fieldNames.includes(top)) {
          return { ...errors, fields: { [top]: t(key as 'reasons.NOT_APPLICABLE') } };
        }
      }
      return errors;
    },
    [base, notFoundField, fieldNames, t, tApp, i18n],
  );
}

/** The reason of a CONFLICT (someone changed the file in between), or null for other errors. */
export function conflictReason(error: unknown): string | null {
  const info = apiErrorInfo(error);
  return info.code === 'CONFLICT' ? (info.reason ?? 'GENERIC') : null;
}

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

/**
 * The state every judgment, release and hand-over form keeps: field errors, a CONFLICT to explain,
 * and `save`, which sends, clears the errors and calls `onSaved`, or shows what the API said.
 */
export function useCaseworkForm(fieldNames: readonly string[], notFoundField?: string) {
  const toFormErrors = useCaseworkFormErrors(fieldNames, notFoundField);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [conflict, setConflict] = useState<string | null>(null);
  const clear = (name: string) => setErrors((prev) => ({ ...prev, fields: { ...prev.fields, [name]: '' } }));

  async function save(send: () => Promise<unknown>, onSaved: () => void): Promise<void> {
    try {
      await send();
      setErrors(NO_ERRORS);
      onSaved();
    } catch (error) {
      const reason = conflictReason(error);
      if (reason) setConflict(reason);
      else setErrors(toFormErrors(error));
    }
  }

  return { errors, setErrors, conflict, setConflict, clear, save };
}
