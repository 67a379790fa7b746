import { CLASSIFICATION_GROUP_LABELS, todayInVietnam, ClassificationGroup } from '@hoanhap/shared';
import { Group, Select, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/date-field';
import { useEnumLabel } from '../../../components/enum-label';
import { useMutationForm } from '../../../components/forms/use-mutation-form';
import { CASEWORK_NS } from '../../../i18n/casework';
import { FormShell } from './form-shell';
import { useClassifyReturnee } from './use-casework-a-mutations';

export const GROUPS: readonly ClassificationGroup[] = [
  ClassificationGroup.A,
  ClassificationGroup.B,
  ClassificationGroup.C,
  ClassificationGroup.D,
];
const FIELDS = ['group', 'periodStart', 'periodEnd', 'reasons'] as const;

/** Groups B, C and D say why (Circular 10/2024); A needs no reason. */
export const needsReasons = (group: ClassificationGroup | null) => group !== null && group !== 'A';

interface ClassifyFormProps {
  returneeId: string;
  onSaved: () => void;
  onCancel?: () => void;
}

/** "Phân loại": the group for a period; the previous open period ends the day before. */
export function ClassifyForm({ returneeId, onSaved, onCancel }: ClassifyFormProps) {
  const { t } = useTranslation(CASEWORK_NS);
  const label = useEnumLabel();
  const { errors, invalid, clear, reason, submitting, submit } = useMutationForm({
    fields: FIELDS,
    ns: CASEWORK_NS,
    paths: 'both',
  });
  const [classify] = useClassifyReturnee();
  const [group, setGroup] = useState<ClassificationGroup | null>(null);
  const [periodStart, setPeriodStart] = useState<string | null>(todayInVietnam());
  const [periodEnd, setPeriodEnd] = useState<string | null>(null);
  // One reason a line: typed text counts without a confirming key press.
  const [reasons, setReasons] = useState('');

  async function save() {
    const fields: Record<string, string> = {};
    const cleanReasons = reasons
      .split('\n')
      .map((r) => r.trim())
      .filter(Boolean);
    if (!group) fields.group = reason('REQUIRED');
    if (!periodStart) fields.periodStart = reason('REQUIRED');
    if (needsReasons(group) && cleanReasons.length === 0) fields.reasons = t('classification.reasonsRequired');
    if (!group || !periodStart || fields.reasons) return invalid(fields);
    await submit(
      () => classify({ variables: { input: { returneeId, group, periodStart, periodEnd, reasons: cleanReasons } } }),
      onSaved,
    );
  }

  return (
    <FormShell
      label={t('classification.record')}
      testId="classify-form"
      errors={errors}
      saving={submitting}
      submitLabel={t('classification.submit')}
      onSubmit={() => void save()}
      onCancel={onCancel}
    >
      <Select
        label={t('classification.group')}
        data={GROUPS.map((value) => ({ value, label: label(CLASSIFICATION_GROUP_LABELS, value) }))}
        value={group}
        onChange={(value) => {
          setGroup(GROUPS.find((g) => g === value) ?? null);
          clear('group');
        }}
        required
        comboboxProps={{ withinPortal: false }}
        error={errors.fields.group || undefined}
      />
      <Group grow align="flex-start">
        <DateField
          label={t('classification.periodStart')}
          value={periodStart}
          onChange={(value) => {
            setPeriodStart(value);
            clear('periodStart');
          }}
          required
          popoverProps={{ withinPortal: false }}
          error={errors.fields.periodStart || undefined}
        />
        <DateField
          label={t('classification.periodEnd')}
          description={t('classification.periodEndHint')}
          value={periodEnd}
          onChange={(value) => {
            setPeriodEnd(value);
            clear('periodEnd');
          }}
          popoverProps={{ withinPortal: false }}
          error={errors.fields.periodEnd || undefined}
        />
      </Group>
      <Textarea
        label={t('classification.reasons')}
        description={t('classification.reasonsHint')}
        value={reasons}
        onChange={(e) => {
          setReasons(e.currentTarget.value);
          clear('reasons');
        }}
        required={needsReasons(group)}
        autosize
        minRows={2}
        error={errors.fields.reasons || undefined}
      />
    </FormShell>
  );
}
