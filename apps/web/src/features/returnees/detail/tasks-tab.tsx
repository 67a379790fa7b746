import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CASEWORK_NS } from '../../../i18n/casework';
import { TaskList } from '../../tasks/task-list';
import { TaskForm } from '../forms/task-form';
import type { TasksTabFieldsFragment } from '../../../gql/graphql';

/** The person's tasks, and (for the officer) "Tạo việc cần làm". */
export function TasksTab({ returnee, canCreate }: { returnee: TasksTabFieldsFragment; canCreate: boolean }) {
  const { t } = useTranslation(CASEWORK_NS);
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  return (
    <Stack gap="md">
      {saved && (
        <Alert color="green" variant="light" role="status">
          {t('tasks.saved')}
        </Alert>
      )}
      {canCreate && (
        <Group>
          <Button
            onClick={() => {
              setSaved(false);
              setOpen(true);
            }}
          >
            {t('tasks.create')}
          </Button>
        </Group>
      )}
      <TaskList tasks={returnee.tasks} showReturnee={false} />
      <Modal opened={open} onClose={() => setOpen(false)} title={t('tasks.create')} size="lg">
        <TaskForm
          returnee={returnee}
          onCancel={() => setOpen(false)}
          onSaved={() => {
            setOpen(false);
            setSaved(true);
          }}
        />
      </Modal>
    </Stack>
  );
}
