import { useMutation } from '@apollo/client/react';
import { SUPPLEMENTARY_PENALTY_KIND_LABELS } from '@hoanhap/shared';
import { Group, Select } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/date-field';
import { useMutationForm } from '../../../components/forms/use-mutation-form';
import { useEnumLabel } from '../../../components/enum-label';
import { RecordSupplementaryPenaltyDocument, type SupplementaryPenaltyKind } from '../../../gql/graphql';
import { JUDGMENTS_NS } from '../../../i18n/judgments';
import { ConflictDialog } from './conflict-dialog';
import { FormShell } from './form-shell';
import { useRequiredCheck } from './use-required-fields';

const KINDS = Object.keys(SUPPLEMENTARY_PENALTY_KIND_LABELS) as SupplementaryPenaltyKind[];
const FIELDS = ['kind', 'startsOn', 'endsOn'] as const;

/** A supplementary penalty of one judgment: the expungement clock waits for its end. */
export function SupplementaryPenaltyForm({
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
  const { errors, invalid, clear, submitting, submit, conflict, closeConflict } = useMutationForm({
    fields: FIELDS,
    ns: JUDGMENTS_NS,
    conflictDialog: true,
  });
  const [record] = useMutation(RecordSupplementaryPenaltyDocument, {
    refetchQueries: ['ReturneeDetail'],
    awaitRefetchQueries: true,
  });
  const [kind, setKind] = useState<SupplementaryPenaltyKind | null>(null);
  const [startsOn, setStartsOn] = useState<string | null>(null);
  const [endsOn, setEndsOn] = useState<string | null>(null);

  async function save() {
    const missing = requiredCheck({ kind, startsOn, endsOn });
    if (!kind || !startsOn || !endsOn) return invalid(missing);
    await submit(() => record({ variables: { input: { convictionId, kind, startsOn, endsOn } } }), onSaved);
  }

  return (
    <FormShell
      label={t('penalty.add')}
      testId="penalty-form"
      errors={errors}
      saving={submitting}
      submitLabel={t('penalty.submit')}
      onSubmit={save}
      onCancel={onCancel}
    >
      <Select
        label={t('penalty.kind')}
        data={KINDS.map((value) => ({ value, label: label(SUPPLEMENTARY_PENALTY_KIND_LABELS, value) }))}
        value={kind}
        onChange={(value) => {
          setKind(KINDS.find((k) => k === value) ?? null);
          clear('kind');
        }}
        required
        comboboxProps={{ withinPortal: false }}
        error={errors.fields.kind || undefined}
      />
      <Group grow align="flex-start">
        <DateField
          label={t('penalty.startsOn')}
          value={startsOn}
          onChange={(value) => {
            setStartsOn(value);
            clear('startsOn');
          }}
          required
          error={errors.fields.startsOn || undefined}
          popoverProps={{ withinPortal: false }}
        />
        <DateField
          label={t('penalty.endsOn')}
          description={t('penalty.endsOnHint')}
          value={endsOn}
          onChange={(value) => {
            setEndsOn(value);
            clear('endsOn');
          }}
          required
          error={errors.fields.endsOn || undefined}
          popoverProps={{ withinPortal: false }}
        />
      </Group>
      <ConflictDialog reason={conflict} onClose={closeConflict} />
    </FormShell>
  );
}
