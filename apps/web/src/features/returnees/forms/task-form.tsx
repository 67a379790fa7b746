import { todayInVietnam } from '@hoanhap/shared';
import { Group, Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInputField } from '../../../components/forms/date-input-field';
import { CASEWORK_NS } from '../../../i18n/casework';
import { type CaseFormProps, FormShell } from './form-shell';
import { useCaseworkForm } from './use-case-form';
import { useCreateTask } from './use-casework-a-mutations';
import type { TaskFormFieldsFragment } from '../../../gql/graphql';

const FIELDS = ['title', 'dueOn', 'ownerId'] as const;
const ME = 'me';

interface TaskFormProps extends CaseFormProps {
  returnee: TaskFormFieldsFragment;
}

/**
 * "Tạo việc cần làm": for the officer by default, or for one of the person's helpers who signs in
 * (the API accepts a helper only while assigned to the person).
 */
export function TaskForm({ returnee, onSaved, onCancel }: TaskFormProps) {
  const { t } = useTranslation(CASEWORK_NS);
  const form = useCaseworkForm(FIELDS);
  const { errors, invalid, clear, reason, submit } = form;
  const [createTask] = useCreateTask();
  const [title, setTitle] = useState('');
  const [dueOn, setDueOn] = useState<string | null>(todayInVietnam());
  const [owner, setOwner] = useState<string>(ME);
  const helperAccounts = returnee.helpers.filter((h) => !h.endedOn && h.helperUserId);
  const owners = [
    { value: ME, label: t('tasks.ownerMe') },
    ...helperAccounts.map((h) => ({
      value: h.helperUserId ?? '',
      label: t('tasks.ownerHelper', { name: h.helperName }),
    })),
  ];

  async function save() {
    const fields: Record<string, string> = {};
    if (title.trim().length < 2) fields.title = reason('REQUIRED');
    if (!dueOn) fields.dueOn = reason('REQUIRED');
    if (!dueOn || fields.title) return invalid(fields);
    await submit(
      () =>
        createTask({
          variables: {
            input: { returneeId: returnee.id, title: title.trim(), dueOn, ownerId: owner === ME ? null : owner },
          },
        }),
      onSaved,
    );
  }

  return (
    <FormShell
      label={t('tasks.create')}
      testId="task-form"
      form={form}
      submitLabel={t('tasks.submit')}
      onSubmit={() => void save()}
      onCancel={onCancel}
    >
      <TextInput
        label={t('tasks.title')}
        value={title}
        onChange={(e) => {
          setTitle(e.currentTarget.value);
          clear('title');
        }}
        required
        maxLength={300}
        data-autofocus
        error={errors.fields.title || undefined}
      />
      <Group grow align="flex-start">
        <DateInputField form={form} name="dueOn" label={t('tasks.dueOn')} value={dueOn} onChange={setDueOn} required />
        <Select
          label={t('tasks.owner')}
          data={owners}
          value={owner}
          onChange={(value) => {
            setOwner(value ?? ME);
            clear('ownerId');
          }}
          allowDeselect={false}
          comboboxProps={{ withinPortal: false }}
          error={errors.fields.ownerId || undefined}
        />
      </Group>
    </FormShell>
  );
}
