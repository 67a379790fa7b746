import { INCIDENT_KIND_LABELS, todayInVietnam, IncidentKind } from '@hoanhap/shared';
import { Alert, Select, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/date-field';
import { useEnumLabel } from '../../../components/enum-label';
import { useMutationForm } from '../../../components/forms/use-mutation-form';
import { CASEWORK_NS } from '../../../i18n/casework';
import { FormShell } from './form-shell';
import { useRecordIncident } from './use-casework-a-mutations';

export const INCIDENT_KINDS: readonly IncidentKind[] = [
  IncidentKind.ADMINISTRATIVE_VIOLATION,
  IncidentKind.NEW_OFFENCE,
  IncidentKind.DETAINED,
  IncidentKind.COMPULSORY_REHAB,
];
const FIELDS = ['kind', 'occurredOn', 'note'] as const;

interface IncidentFormProps {
  returneeId: string;
  onSaved: () => void;
  onCancel?: () => void;
}

/** "Ghi nhận sự việc": sensitive; a new offence is what a NEW_CONVICTION closure points at. */
export function IncidentForm({ returneeId, onSaved, onCancel }: IncidentFormProps) {
  const { t } = useTranslation(CASEWORK_NS);
  const label = useEnumLabel();
  const { errors, invalid, clear, reason, submitting, submit } = useMutationForm({
    fields: FIELDS,
    ns: CASEWORK_NS,
    paths: 'both',
  });
  const [recordIncident] = useRecordIncident();
  const [kind, setKind] = useState<IncidentKind | null>(null);
  const [occurredOn, setOccurredOn] = useState<string | null>(todayInVietnam());
  const [note, setNote] = useState('');

  async function save() {
    const fields: Record<string, string> = {};
    if (!kind) fields.kind = reason('REQUIRED');
    if (!occurredOn) fields.occurredOn = reason('REQUIRED');
    if (!kind || !occurredOn) return invalid(fields);
    await submit(
      () => recordIncident({ variables: { input: { returneeId, kind, occurredOn, note: note.trim() || null } } }),
      onSaved,
    );
  }

  return (
    <FormShell
      label={t('incidents.record')}
      testId="incident-form"
      errors={errors}
      saving={submitting}
      submitLabel={t('incidents.submit')}
      onSubmit={() => void save()}
      onCancel={onCancel}
    >
      <Select
        label={t('incidents.kind')}
        data={INCIDENT_KINDS.map((value) => ({ value, label: label(INCIDENT_KIND_LABELS, value) }))}
        value={kind}
        onChange={(value) => {
          setKind(INCIDENT_KINDS.find((k) => k === value) ?? null);
          clear('kind');
        }}
        required
        comboboxProps={{ withinPortal: false }}
        error={errors.fields.kind || undefined}
      />
      {kind === 'NEW_OFFENCE' && (
        <Alert color="yellow" variant="light" data-testid="new-offence-hint">
          {t('incidents.newOffenceHint')}
        </Alert>
      )}
      <DateField
        label={t('incidents.occurredOn')}
        value={occurredOn}
        onChange={(value) => {
          setOccurredOn(value);
          clear('occurredOn');
        }}
        required
        popoverProps={{ withinPortal: false }}
        error={errors.fields.occurredOn || undefined}
      />
      <Textarea
        label={t('incidents.note')}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        autosize
        minRows={2}
        maxLength={2000}
        error={errors.fields.note || undefined}
      />
    </FormShell>
  );
}
