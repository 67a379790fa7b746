import { formatDateVi, todayInVietnam } from '@hoanhap/shared';
import { Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/date-field';
import { type FormErrors, NO_ERRORS, useReasonMessage } from '../../../components/form-errors';
import type { HelperFieldsFragment } from '../../../gql/graphql';
import { CASEWORK_NS } from '../../../i18n/casework';
import { useCaseworkErrors } from './casework-errors';
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
  const reasonMessage = useReasonMessage();
  const toFormErrors = useCaseworkErrors(FIELDS);
  const [endAssignment, { loading }] = useEndHelperAssignment();
  const [endedOn, setEndedOn] = useState<string | null>(todayInVietnam());
  const [endReason, setEndReason] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);

  async function submit() {
    if (!endedOn)
      return setErrors({
        fields: { endedOn: reasonMessage('REQUIRED') },
        form: t('errors.formHasErrors', { ns: 'translation' }),
      });
    try {
      await endAssignment({
        variables: {
          input: { helperAssignmentId: assignment.id, endedOn, endReason: endReason.trim() || null },
        },
      });
      setErrors(NO_ERRORS);
      onSaved();
    } catch (error) {
      setErrors(toFormErrors(error));
    }
  }

  return (
    <FormShell
      label={t('helpers.end')}
      testId="end-helper-form"
      errors={errors}
      saving={loading}
      submitLabel={t('helpers.endSubmit')}
      onSubmit={() => void submit()}
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
          setErrors((prev) => ({ ...prev, fields: { ...prev.fields, endedOn: '' } }));
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
