import { SUPPLEMENTARY_PENALTY_KIND_LABELS } from '@hoanhap/shared';
import { Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bound } from '../../../components/forms/bound-field';
import { DateInputField } from '../../../components/forms/date-input-field';
import { SelectField } from '../../../components/forms/select-field';
import { RecordSupplementaryPenaltyDocument, type SupplementaryPenaltyKind } from '../../../gql/graphql';
import { JUDGMENTS_NS } from '../../../i18n/judgments';
import { type CaseFormProps, FormShell } from './form-shell';
import { useJudgmentForm } from './use-case-form';

const FIELDS = ['kind', 'startsOn', 'endsOn'] as const;

/** A supplementary penalty of one judgment: the expungement clock waits for its end. */
export function SupplementaryPenaltyForm({
  convictionId,
  onSaved,
  onCancel,
}: CaseFormProps & { convictionId: string }) {
  const { t } = useTranslation(JUDGMENTS_NS);
  const {
    form,
    mutate: record,
    requiredCheck,
  } = useJudgmentForm(RecordSupplementaryPenaltyDocument, {
    fields: FIELDS,
  });
  const [kind, setKind] = useState<SupplementaryPenaltyKind | null>(null);
  const [startsOn, setStartsOn] = useState<string | null>(null);
  const [endsOn, setEndsOn] = useState<string | null>(null);

  async function save() {
    const missing = requiredCheck({ kind, startsOn, endsOn });
    if (!kind || !startsOn || !endsOn) return form.invalid(missing);
    await form.submit(() => record({ variables: { input: { convictionId, kind, startsOn, endsOn } } }), onSaved);
  }

  return (
    <FormShell
      label={t('penalty.add')}
      testId="penalty-form"
      form={form}
      submitLabel={t('penalty.submit')}
      onSubmit={save}
      onCancel={onCancel}
      conflictDialog
    >
      <SelectField
        {...bound(form, 'kind', kind, setKind)}
        label={t('penalty.kind')}
        labels={SUPPLEMENTARY_PENALTY_KIND_LABELS}
        required
      />
      <Group grow align="flex-start">
        <DateInputField {...bound(form, 'startsOn', startsOn, setStartsOn)} label={t('penalty.startsOn')} required />
        <DateInputField
          {...bound(form, 'endsOn', endsOn, setEndsOn)}
          label={t('penalty.endsOn')}
          description={t('penalty.endsOnHint')}
          required
        />
      </Group>
    </FormShell>
  );
}
