import { useMutation } from '@apollo/client/react';
import { OBLIGATION_KIND_LABELS } from '@hoanhap/shared';
import { Group, Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/date-field';
import { useMutationForm } from '../../../components/forms/use-mutation-form';
import { useEnumLabel } from '../../../components/enum-label';
import { type ObligationKind, RecordObligationDocument } from '../../../gql/graphql';
import { JUDGMENTS_NS } from '../../../i18n/judgments';
import { ConflictDialog } from './conflict-dialog';
import { FormShell } from './form-shell';
import { useRequiredCheck } from './use-required-fields';

const KINDS = Object.keys(OBLIGATION_KIND_LABELS) as ObligationKind[];
const FIELDS = ['kind', 'amountVnd', 'settledOn'] as const;

/** "2.500.000" or "2 500 000" as typed → "2500000"; null when it is not whole đồng. */
export function parseVnd(typed: string): string | null {
  const digits = typed.replace(/[.\s,]/g, '');
  return /^\d{1,15}$/.test(digits) ? digits : null;
}

/** A civil obligation of one judgment (court fee, fine, compensation…); unsettled, it blocks expungement. */
export function ObligationForm({
  convictionId,
  onSaved,
  onCancel,
}: {
  convictionId: string;
  onSaved: () => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation(JUDGMENTS_NS);
  const label = useEnumLabel();
  const requiredCheck = useRequiredCheck();
  const { errors, invalid, clear, reason, submitting, submit, conflict, closeConflict } = useMutationForm({
    fields: FIELDS,
    ns: JUDGMENTS_NS,
    conflictDialog: true,
  });
  const [record] = useMutation(RecordObligationDocument, {
    refetchQueries: ['ReturneeDetail'],
    awaitRefetchQueries: true,
  });
  const [kind, setKind] = useState<ObligationKind | null>(null);
  const [amount, setAmount] = useState('');
  const [settledOn, setSettledOn] = useState<string | null>(null);

  async function save() {
    const fields = requiredCheck({ kind, amountVnd: amount });
    const amountVnd = parseVnd(amount);
    if (amount.trim() && !amountVnd) fields.amountVnd = reason('INVALID_AMOUNT');
    if (!kind || !amountVnd) return invalid(fields);
    await submit(() => record({ variables: { input: { convictionId, kind, amountVnd, settledOn } } }), onSaved);
  }

  return (
    <FormShell
      label={t('obligation.add')}
      testId="obligation-form"
      errors={errors}
      saving={submitting}
      submitLabel={t('obligation.submit')}
      onSubmit={save}
      onCancel={onCancel}
    >
      <Group grow align="flex-start">
        <Select
          label={t('obligation.kind')}
          data={KINDS.map((value) => ({ value, label: label(OBLIGATION_KIND_LABELS, value) }))}
          value={kind}
          onChange={(value) => {
            setKind(KINDS.find((k) => k === value) ?? null);
            clear('kind');
          }}
          required
          comboboxProps={{ withinPortal: false }}
          error={errors.fields.kind || undefined}
        />
        <TextInput
          label={t('obligation.amount')}
          description={t('obligation.amountHint')}
          inputMode="numeric"
          value={amount}
          onChange={(e) => {
            setAmount(e.currentTarget.value);
            clear('amountVnd');
          }}
          required
          error={errors.fields.amountVnd || undefined}
        />
      </Group>
      <DateField
        label={t('obligation.settledOn')}
        description={t('obligation.settledOnHint')}
        value={settledOn}
        onChange={(value) => {
          setSettledOn(value);
          clear('settledOn');
        }}
        error={errors.fields.settledOn || undefined}
        popoverProps={{ withinPortal: false }}
      />
      <ConflictDialog reason={conflict} onClose={closeConflict} />
    </FormShell>
  );
}
