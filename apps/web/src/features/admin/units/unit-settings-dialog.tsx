import { useMutation } from '@apollo/client/react';
import { RETENTION_LIMITS, UNIT_SETTINGS_LIMITS } from '@hoanhap/shared';
import { NumberInput, Text, Textarea } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiErrorInfo } from '../../../apollo/error-code';
import type { FormErrors } from '../../../components/forms/form-errors';
import { useMutationForm } from '../../../components/forms/use-mutation-form';
import { type AdminUnitFragment, UpdateUnitSettingsDocument } from '../../../gql/graphql';
import { FormDialog } from '../../../components/forms/form-dialog';
import { textProps } from '../../../components/forms/bound-field';

const NUMBERS = [
  'noContactDays',
  'reportInDays',
  'overdueEscalationDays',
  'expungedMinimiseDays',
  'closedRetentionMonths',
] as const;
type NumberField = (typeof NUMBERS)[number];
const FIELDS = [...NUMBERS, 'note'] as const;
const {
  noContactDays: NO_CONTACT,
  reportInDays: REPORT_IN,
  overdueEscalationDays: ESCALATION,
  noteMaxLength,
} = UNIT_SETTINGS_LIMITS;
const RANGES: Record<NumberField, { min: number; max: number }> = {
  noContactDays: NO_CONTACT,
  reportInDays: REPORT_IN,
  overdueEscalationDays: ESCALATION,
  ...RETENTION_LIMITS,
};
const isNumberField = (field: string | undefined): field is NumberField =>
  (NUMBERS as readonly string[]).includes(field ?? '');

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
 * Changes a unit's no-contact days, report-in days, overdue escalation, retention policy (docs/security.md, Retention)
 * and note. The form checks only what is plainly
 * missing; the bounds are the API's, shown at their field with the range in words. There is no
 * version: these change rarely and by one administrator, so the last save wins.
 */
export function UnitSettingsDialog({ unit, onClose, onSaved }: UnitSettingsDialogProps) {
  const { t } = useTranslation('admin');
  /** The API's reasons in this form's words: a range names its bounds, a long note its limit. */
  const map = (info: ApiErrorInfo): FormErrors | undefined => {
    const field = info.code === 'BAD_USER_INPUT' ? info.field?.split('.')[1] : undefined;
    const formHasErrors = t('errors.formHasErrors', { ns: 'translation' });
    if (isNumberField(field) && info.reason === 'OUT_OF_RANGE') {
      return { fields: { [field]: t('units.form.outOfRange', RANGES[field]) }, form: formHasErrors };
    }
    if (field === 'note' && info.reason === 'TOO_LONG') {
      return { fields: { note: t('units.form.noteTooLong', { max: noteMaxLength }) }, form: formHasErrors };
    }
    return undefined;
  };
  const { errors, invalid, reset, reason, submitting, submit } = useMutationForm({ fields: FIELDS, ns: 'admin', map });
  const [update] = useMutation(UpdateUnitSettingsDocument);
  const [numbers, setNumbers] = useState<Record<NumberField, number | string>>({
    noContactDays: '',
    reportInDays: '',
    overdueEscalationDays: '',
    expungedMinimiseDays: '',
    closedRetentionMonths: '',
  });
  const [note, setNote] = useState('');
  // The unit last opened: its name stays in the title while the dialog fades out.
  const [shown, setShown] = useState(unit);

  // Each opening starts from the unit as it is now.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `reset` only clears the errors.
  useEffect(() => {
    if (!unit) return;
    setShown(unit);
    setNumbers({
      noContactDays: unit.noContactDays,
      reportInDays: unit.reportInDays,
      overdueEscalationDays: unit.overdueEscalationDays,
      expungedMinimiseDays: unit.expungedMinimiseDays,
      closedRetentionMonths: unit.closedRetentionMonths,
    });
    setNote(unit.note ?? '');
    reset();
  }, [unit]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!unit) return;
    const values = Object.fromEntries(NUMBERS.map((field) => [field, wholeNumber(numbers[field])])) as Record<
      NumberField,
      number | null
    >;
    const missing = NUMBERS.filter((field) => values[field] === null);
    if (missing.length > 0) return invalid(Object.fromEntries(missing.map((field) => [field, reason('REQUIRED')])));
    const { noContactDays, reportInDays, overdueEscalationDays, expungedMinimiseDays, closedRetentionMonths } =
      values as Record<NumberField, number>;
    await submit(
      () =>
        update({
          variables: {
            input: {
              unitId: unit.id,
              noContactDays,
              reportInDays,
              overdueEscalationDays,
              expungedMinimiseDays,
              closedRetentionMonths,
              note: note.trim() || null,
            },
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
      {NUMBERS.map((field, i) => (
        <NumberInput
          key={field}
          label={t(`units.form.${field}`)}
          description={t(`units.form.${field}Hint`, RANGES[field])}
          value={numbers[field]}
          onChange={(value) => setNumbers((current) => ({ ...current, [field]: value }))}
          error={errors.fields[field]}
          allowDecimal={false}
          allowNegative={false}
          // Out-of-range values reach the API, which says why, instead of being changed on blur.
          clampBehavior="none"
          required
          data-autofocus={i === 0 ? true : undefined}
        />
      ))}
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
