import { formatDateVi, todayInVietnam } from '@hoanhap/shared';
import { Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/date-field';
import { useMutationForm } from '../../../components/forms/use-mutation-form';
import type { HelperFieldsFragment } from '../../../gql/graphql';
import { CASEWORK_NS } from '../../../i18n/casework';
import { FormShell } from './form-shell';
import { useEndHelperAssignment } from './use-casework-a-mutations';

const FIELDS = ['endedOn', 'endReason'] as const;

interface EndHelperFormProps {
  assignment: Pick<HelperFieldsFragment, 'id' | 'helperName' | 'startedOn'>;
  onSaved: () => void;
  onCancel?: () => void;
}

/** "Kết thúc phân công": the last day and why; the assignment then moves to the history. */
export function EndHelperForm({ assignment, onSaved, onCancel }: EndHelperFormProps) {
  const { t } = useTranslation(CASEWORK_NS);
  const { errors, invalid, clear, reason, submitting, submit } = useMutationForm({
    fields: FIELDS,
    ns: CASEWORK_NS,
    paths: 'both',
  });
  const [endAssignment] = useEndHelperAssignment();
  const [endedOn, setEndedOn] = useState<string | null>(todayInVietnam());
  const [endReason, setEndReason] = useState('');

  async function save() {
    if (!endedOn) return invalid({ endedOn: reason('REQUIRED') });
    await submit(
      () =>
        endAssignment({
          variables: {
            input: { helperAssignmentId: assignment.id, endedOn, endReason: endReason.trim() || null },
          },
        }),
      onSaved,
    );
  }

  return (
    <FormShell
      label={t('helpers.end')}
      testId="end-helper-form"
      errors={errors}
      saving={submitting}
      submitLabel={t('helpers.endSubmit')}
      onSubmit={() => void save()}
      onCancel={onCancel}
    >
      <Text size="sm">
        {t('helpers.endBody', { name: assignment.helperName, date: formatDateVi(assignment.startedOn) })}
      </Text>
      <DateField
        label={t('helpers.endedOn')}
        value={endedOn}
        onChange={(value) => {
          setEndedOn(value);
          clear('endedOn');
        }}
        required
        popoverProps={{ withinPortal: false }}
        error={errors.fields.endedOn || undefined}
      />
      <Textarea
        label={t('helpers.endReason')}
        value={endReason}
        onChange={(e) => setEndReason(e.currentTarget.value)}
        autosize
        minRows={2}
        maxLength={500}
        error={errors.fields.endReason || undefined}
      />
    </FormShell>
  );
}
