import { formatDateVi, todayInVietnam } from '@hoanhap/shared';
import { Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bound } from '../../../components/forms/bound-field';
import { DateInputField } from '../../../components/forms/date-input-field';
import type { HelperFieldsFragment } from '../../../gql/graphql';
import { CASEWORK_NS } from '../../../i18n/casework';
import { TextareaField } from '../../../components/forms/textarea-field';
import { type CaseFormProps, FormShell } from './form-shell';
import { useCaseworkForm } from './use-case-form';
import { useEndHelperAssignment } from './use-casework-a-mutations';

const FIELDS = ['endedOn', 'endReason'] as const;

interface EndHelperFormProps extends CaseFormProps {
  assignment: Pick<HelperFieldsFragment, 'id' | 'helperName' | 'startedOn'>;
}

/** "Kết thúc phân công": the last day and why; the assignment then moves to the history. */
export function EndHelperForm({ assignment, onSaved, onCancel }: EndHelperFormProps) {
  const { t } = useTranslation(CASEWORK_NS);
  const form = useCaseworkForm(FIELDS);
  const { invalid, reason, submit } = form;
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
      form={form}
      submitLabel={t('helpers.endSubmit')}
      onSubmit={() => void save()}
      onCancel={onCancel}
    >
      <Text size="sm">
        {t('helpers.endBody', { name: assignment.helperName, date: formatDateVi(assignment.startedOn) })}
      </Text>
      <DateInputField {...bound(form, 'endedOn', endedOn, setEndedOn)} label={t('helpers.endedOn')} required />
      <TextareaField
        {...bound(form, 'endReason', endReason, setEndReason)}
        label={t('helpers.endReason')}
        maxLength={500}
        keepMessage
      />
    </FormShell>
  );
}
