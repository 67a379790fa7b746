import { OBLIGATION_KIND_LABELS } from '@hoanhap/shared';
import { Group, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bound, fieldError } from '../../../components/forms/bound-field';
import { DateInputField } from '../../../components/forms/date-input-field';
import { SelectField } from '../../../components/forms/select-field';
import { type ObligationKind, RecordObligationDocument } from '../../../gql/graphql';
import { JUDGMENTS_NS } from '../../../i18n/judgments';
import { type CaseFormProps, FormShell } from './form-shell';
import { useJudgmentForm } from './use-case-form';

const FIELDS = ['kind', 'amountVnd', 'settledOn'] as const;

/** "2.500.000" or "2 500 000" as typed → "2500000"; null when it is not whole đồng. */
export function parseVnd(typed: string): string | null {
  const digits = typed.replace(/[.\s,]/g, '');
  return /^\d{1,15}$/.test(digits) ? digits : null;
}

/** A civil obligation of one judgment (court fee, fine, compensation…); unsettled, it blocks expungement. */
export function ObligationForm({ convictionId, onSaved, onCancel }: CaseFormProps & { convictionId: string }) {
  const { t } = useTranslation(JUDGMENTS_NS);
  const { form, mutate: record, requiredCheck } = useJudgmentForm(RecordObligationDocument, { fields: FIELDS });
  const [kind, setKind] = useState<ObligationKind | null>(null);
  const [amount, setAmount] = useState('');
  const [settledOn, setSettledOn] = useState<string | null>(null);

  async function save() {
    const fields = requiredCheck({ kind, amountVnd: amount });
    const amountVnd = parseVnd(amount);
    if (amount.trim() && !amountVnd) fields.amountVnd = form.reason('INVALID_AMOUNT');
    if (!kind || !amountVnd) return form.invalid(fields);
    await form.submit(() => record({ variables: { input: { convictionId, kind, amountVnd, settledOn } } }), onSaved);
  }

  return (
    <FormShell
      label={t('obligation.add')}
      testId="obligation-form"
      form={form}
      submitLabel={t('obligation.submit')}
      onSubmit={save}
      onCancel={onCancel}
      conflictDialog
    >
      <Group grow align="flex-start">
        <SelectField
          {...bound(form, 'kind', kind, setKind)}
          label={t('obligation.kind')}
          labels={OBLIGATION_KIND_LABELS}
          required
        />
        <TextInput
          label={t('obligation.amount')}
          description={t('obligation.amountHint')}
          inputMode="numeric"
          value={amount}
          onChange={(e) => {
            setAmount(e.currentTarget.value);
            form.clear('amountVnd');
          }}
          required
          error={fieldError(form, 'amountVnd')}
        />
      </Group>
      <DateInputField
        {...bound(form, 'settledOn', settledOn, setSettledOn)}
        label={t('obligation.settledOn')}
        description={t('obligation.settledOnHint')}
      />
    </FormShell>
  );
}
