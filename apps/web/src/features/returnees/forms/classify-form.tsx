import { CLASSIFICATION_GROUP_LABELS, todayInVietnam, ClassificationGroup } from '@hoanhap/shared';
import { Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bound } from '../../../components/forms/bound-field';
import { DateInputField } from '../../../components/forms/date-input-field';
import { CASEWORK_NS } from '../../../i18n/casework';
import { TextareaField } from '../../../components/forms/textarea-field';
import { SelectField } from '../../../components/forms/select-field';
import { type CaseFormProps, FormShell } from './form-shell';
import { useCaseworkForm } from './use-case-form';
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

interface ClassifyFormProps extends CaseFormProps {
  returneeId: string;
}

/** "Phân loại": the group for a period; the previous open period ends the day before. */
export function ClassifyForm({ returneeId, onSaved, onCancel }: ClassifyFormProps) {
  const { t } = useTranslation(CASEWORK_NS);
  const form = useCaseworkForm(FIELDS);
  const { invalid, reason, submit } = form;
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
      form={form}
      submitLabel={t('classification.submit')}
      onSubmit={() => void save()}
      onCancel={onCancel}
    >
      <SelectField
        {...bound(form, 'group', group, setGroup)}
        label={t('classification.group')}
        labels={CLASSIFICATION_GROUP_LABELS}
        options={GROUPS}
        required
      />
      <Group grow align="flex-start">
        <DateInputField
          {...bound(form, 'periodStart', periodStart, setPeriodStart)}
          label={t('classification.periodStart')}
          required
        />
        <DateInputField
          {...bound(form, 'periodEnd', periodEnd, setPeriodEnd)}
          label={t('classification.periodEnd')}
          description={t('classification.periodEndHint')}
        />
      </Group>
      <TextareaField
        {...bound(form, 'reasons', reasons, setReasons)}
        label={t('classification.reasons')}
        description={t('classification.reasonsHint')}
        required={needsReasons(group)}
      />
    </FormShell>
  );
}
