import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CASEWORK_NS } from '../../../i18n/casework';
import { TaskList } from '../../tasks/task-list';
import { TaskForm } from '../forms/task-form';
import { RecordAction } from './record-action';
import type { TasksTabFieldsFragment } from '../../../gql/graphql';

/** The person's tasks, and (for the officer) "Tạo việc cần làm". */
export function TasksTab({ returnee, canCreate }: { returnee: TasksTabFieldsFragment; canCreate: boolean }) {
  const { t } = useTranslation(CASEWORK_NS);
  return (
    <Stack gap="md">
      <RecordAction canRecord={canCreate} label={t('tasks.create')} savedText={t('tasks.saved')}>
        {(close) => <TaskForm returnee={returnee} {...close} />}
      </RecordAction>
      <TaskList tasks={returnee.tasks} showReturnee={false} />
    </Stack>
  );
}
