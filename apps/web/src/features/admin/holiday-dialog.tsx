import { useMutation } from '@apollo/client/react';
import { formatDateVi, HOLIDAY_KIND_LABELS, HolidayKind } from '@hoanhap/shared';
import { Select, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/date-field';
import { useEnumLabel } from '../../components/enum-label';
import { useMutationForm } from '../../components/forms/use-mutation-form';
import { type HolidayRowFragment, SetHolidayDocument } from '../../gql/graphql';
import { FormDialog } from '../../components/forms/form-dialog';
import { fieldProps, textProps } from '../../components/forms/bound-field';

const KINDS: readonly HolidayKind[] = [HolidayKind.DAY_OFF, HolidayKind.WORKING_DAY];
const FIELDS = ['day', 'name', 'kind'] as const;

interface HolidayDialogProps {
  opened: boolean;
  /** The day being edited; null to add a new one. */
  holiday: HolidayRowFragment | null;
  onClose: () => void;
  onSaved: (saved: HolidayRowFragment) => void;
}

/**
 * Adds a day to the working calendar or changes its name or kind. The day itself is the record's
 * identity (setHoliday upserts by day), so an edit keeps it fixed: moving a day is remove + add.
 */
export function HolidayDialog({ opened, holiday, onClose, onSaved }: HolidayDialogProps) {
  const { t } = useTranslation('admin');
  const label = useEnumLabel();
  const { errors, invalid, reset, reason, submitting, submit } = useMutationForm({ fields: FIELDS, ns: 'admin' });
  const [setHoliday] = useMutation(SetHolidayDocument);
  const [day, setDay] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<HolidayKind>(HolidayKind.DAY_OFF);

  // Each opening starts from the edited day, or blank for a new one.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `reset` only clears the errors.
  useEffect(() => {
    if (!opened) return;
    setDay(holiday?.day ?? null);
    setName(holiday?.name ?? '');
    setKind(holiday?.kind ?? HolidayKind.DAY_OFF);
    reset();
  }, [opened, holiday]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!day) fields.day = reason('REQUIRED');
    if (!name.trim()) fields.name = reason('REQUIRED');
    if (!day || fields.name) return invalid(fields);
    await submit(
      () => setHoliday({ variables: { input: { day, name: name.trim(), kind } } }),
      (result) => {
        if (result.data) onSaved(result.data.setHoliday);
        onClose();
      },
    );
  }

  const title = holiday
    ? t('holidays.form.editTitle', { date: formatDateVi(holiday.day) })
    : t('holidays.form.addTitle');
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={title}
      testId="holiday-form"
      onSubmit={onSubmit}
      error={errors.form}
      submitting={submitting}
      submitLabel={t('holidays.form.submit')}
    >
      <DateField
        label={t('holidays.form.day')}
        description={holiday ? t('holidays.form.dayFixed') : undefined}
        disabled={holiday != null}
        required
        {...fieldProps(errors, 'day', day, setDay)}
      />
      <TextInput
        label={t('holidays.form.name')}
        placeholder={t('holidays.form.namePlaceholder')}
        required
        data-autofocus
        {...textProps(errors, 'name', name, setName)}
      />
      <Select
        label={t('holidays.form.kind')}
        description={t('holidays.form.kindHint')}
        data={KINDS.map((value) => ({ value, label: label(HOLIDAY_KIND_LABELS, value) }))}
        value={kind}
        onChange={(value) => setKind(KINDS.find((k) => k === value) ?? HolidayKind.DAY_OFF)}
        error={errors.fields.kind}
        allowDeselect={false}
        required
      />
    </FormDialog>
  );
}
