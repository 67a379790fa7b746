import { useMutation } from '@apollo/client/react';
import { UNIT_SETTINGS_LIMITS } from '@hoanhap/shared';
import { NumberInput, Text, Textarea } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiErrorInfo } from '../../../apollo/error-code';
import type { FormErrors } from '../../../components/forms/form-errors';
import { useMutationForm } from '../../../components/forms/use-mutation-form';
import { type AdminUnitFragment, UpdateUnitSettingsDocument } from '../../../gql/graphql';
import { FormDialog } from '../../../components/forms/form-dialog';
import { textProps } from '../../../components/forms/bound-field';

const FIELDS = ['noContactDays', 'reportInDays', 'note'] as const;
const { noContactDays: NO_CONTACT, reportInDays: REPORT_IN, noteMaxLength } = UNIT_SETTINGS_LIMITS;
const RANGES = { noContactDays: NO_CONTACT, reportInDays: REPORT_IN } as const;

/** A whole number typed in a number field, or null when empty or not whole. */
function wholeNumber(value: number | string): number | null {
  const n = typeof value === 'number' ? value : value.trim() === '' ? Number.NaN : Number(value);
  return Number.isInteger(n) ? n : null;
}

interface UnitSettingsDialogProps {
  /** The unit being edited; null while closed. */
  unit: AdminUnitFragment | null;
  onClose: () => void;
  onSaved: (saved: AdminUnitFragment) => void;
}

/**
 * Changes a unit's no-contact days, report-in days and note. The form checks only what is plainly
 * missing; the bounds are the API's, shown at their field with the range in words. There is no
 * version: these change rarely and by one administrator, so the last save wins.
 */
export function UnitSettingsDialog({ unit, onClose, onSaved }: UnitSettingsDialogProps) {
  const { t } = useTranslation('admin');
  /** The API's reasons in this form's words: a range names its bounds, a long note its limit. */
  const map = (info: ApiErrorInfo): FormErrors | undefined => {
    const field = info.code === 'BAD_USER_INPUT' ? info.field?.split('.')[1] : undefined;
    const formHasErrors = t('errors.formHasErrors', { ns: 'translation' });
    if ((field === 'noContactDays' || field === 'reportInDays') && info.reason === 'OUT_OF_RANGE') {
      return { fields: { [field]: t('units.form.outOfRange', RANGES[field]) }, form: formHasErrors };
    }
    if (field === 'note' && info.reason === 'TOO_LONG') {
      return { fields: { note: t('units.form.noteTooLong', { max: noteMaxLength }) }, form: formHasErrors };
    }
    return undefined;
  };
  const { errors, invalid, reset, reason, submitting, submit } = useMutationForm({ fields: FIELDS, ns: 'admin', map });
  const [update] = useMutation(UpdateUnitSettingsDocument);
  const [noContactDays, setNoContactDays] = useState<number | string>('');
  const [reportInDays, setReportInDays] = useState<number | string>('');
  const [note, setNote] = useState('');
  // The unit last opened: its name stays in the title while the dialog fades out.
  const [shown, setShown] = useState(unit);

  // Each opening starts from the unit as it is now.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `reset` only clears the errors.
  useEffect(() => {
    if (!unit) return;
    setShown(unit);
    setNoContactDays(unit.noContactDays);
    setReportInDays(unit.reportInDays);
    setNote(unit.note ?? '');
    reset();
  }, [unit]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!unit) return;
    const days = wholeNumber(noContactDays);
    const reportIn = wholeNumber(reportInDays);
    const fields: Record<string, string> = {};
    if (days === null) fields.noContactDays = reason('REQUIRED');
    if (reportIn === null) fields.reportInDays = reason('REQUIRED');
    if (days === null || reportIn === null) return invalid(fields);
    await submit(
      () =>
        update({
          variables: {
            input: { unitId: unit.id, noContactDays: days, reportInDays: reportIn, note: note.trim() || null },
          },
        }),
      (result) => {
        if (result.data) onSaved(result.data.updateUnitSettings);
        onClose();
      },
    );
  }

  return (
    <FormDialog
      opened={unit != null}
      onClose={onClose}
      title={shown ? t('units.form.title', { name: shown.name }) : ''}
      testId="unit-settings-form"
      onSubmit={onSubmit}
      error={errors.form}
      submitting={submitting}
      submitLabel={t('units.form.submit')}
    >
      <NumberInput
        label={t('units.form.noContactDays')}
        description={t('units.form.noContactDaysHint', NO_CONTACT)}
        value={noContactDays}
        onChange={setNoContactDays}
        error={errors.fields.noContactDays}
        allowDecimal={false}
        allowNegative={false}
        // Out-of-range values reach the API, which says why, instead of being changed on blur.
        clampBehavior="none"
        required
        data-autofocus
      />
      <NumberInput
        label={t('units.form.reportInDays')}
        description={t('units.form.reportInDaysHint', REPORT_IN)}
        value={reportInDays}
        onChange={setReportInDays}
        error={errors.fields.reportInDays}
        allowDecimal={false}
        allowNegative={false}
        clampBehavior="none"
        required
      />
      <Textarea
        label={t('units.form.note')}
        description={t('units.form.noteHint', { max: noteMaxLength })}
        autosize
        minRows={3}
        maxRows={10}
        {...textProps(errors, 'note', note, setNote)}
      />
      <Text size="xs" c="dimmed">
        {t('units.form.lastWriteWins')}
      </Text>
    </FormDialog>
  );
}
