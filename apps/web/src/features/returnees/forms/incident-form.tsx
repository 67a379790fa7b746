import { INCIDENT_KIND_LABELS, todayInVietnam, IncidentKind } from '@hoanhap/shared';
import { Alert } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bound } from '../../../components/forms/bound-field';
import { DateInputField } from '../../../components/forms/date-input-field';
import { CASEWORK_NS } from '../../../i18n/casework';
import { TextareaField } from '../../../components/forms/textarea-field';
import { SelectField } from '../../../components/forms/select-field';
import { type CaseFormProps, FormShell } from './form-shell';
import { useCaseworkForm } from './use-case-form';
import { useRecordIncident } from './use-casework-a-mutations';

export const INCIDENT_KINDS: readonly IncidentKind[] = [
  IncidentKind.ADMINISTRATIVE_VIOLATION,
  IncidentKind.NEW_OFFENCE,
  IncidentKind.DETAINED,
  IncidentKind.COMPULSORY_REHAB,
];
const FIELDS = ['kind', 'occurredOn', 'note'] as const;

interface IncidentFormProps extends CaseFormProps {
  returneeId: string;
}

/** "Ghi nhận sự việc": sensitive; a new offence is what a NEW_CONVICTION closure points at. */
export function IncidentForm({ returneeId, onSaved, onCancel }: IncidentFormProps) {
  const { t } = useTranslation(CASEWORK_NS);
  const form = useCaseworkForm(FIELDS);
  const { invalid, reason, submit } = form;
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
      form={form}
      submitLabel={t('incidents.submit')}
      onSubmit={() => void save()}
      onCancel={onCancel}
    >
      <SelectField
        {...bound(form, 'kind', kind, setKind)}
        label={t('incidents.kind')}
        labels={INCIDENT_KIND_LABELS}
        options={INCIDENT_KINDS}
        required
      />
      {kind === 'NEW_OFFENCE' && (
        <Alert color="yellow" variant="light" data-testid="new-offence-hint">
          {t('incidents.newOffenceHint')}
        </Alert>
      )}
      <DateInputField
        {...bound(form, 'occurredOn', occurredOn, setOccurredOn)}
        label={t('incidents.occurredOn')}
        required
      />
      <TextareaField {...bound(form, 'note', note, setNote)} label={t('incidents.note')} maxLength={2000} keepMessage />
    </FormShell>
  );
}
