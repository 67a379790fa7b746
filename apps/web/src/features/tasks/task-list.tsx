import { useMutation } from '@apollo/client/react';
import { formatDateVi, TASK_KIND_LABELS, todayInVietnam } from '@hoanhap/shared';
import { Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useEnumLabel } from '../../components/enum-label';
import { useApiErrorMessage } from '../../i18n/use-api-error-message';
import { CompleteTaskDocument, type TaskFieldsFragment } from '../../gql/graphql';
import { FormError } from '../../components/forms/form-error';

/** Lists that show open tasks: a completed task leaves them. */
const OPEN_TASK_LISTS = ['myTasks', 'overdueTasks', 'unitTasks'] as const;

/**
 * Completing a task answers at once: the task leaves the open lists (optimistically) and comes back
 * if the API refuses.
 */
export function useCompleteTask() {
  const [mutate, result] = useMutation(CompleteTaskDocument, {
    update(cache, { data }) {
      const done = data?.completeTask;
      if (!done) return;
      const id = cache.identify({ __typename: 'Task', id: done.id });
      const withoutDone = (existing: readonly { __ref: string }[] = []) => existing.filter((ref) => ref.__ref !== id);
      cache.modify({ id: 'ROOT_QUERY', fields: Object.fromEntries(OPEN_TASK_LISTS.map((f) => [f, withoutDone])) });
    },
  });
  const complete = (task: TaskFieldsFragment) =>
    mutate({
      variables: { input: { taskId: task.id } },
      // The list's own copy (with its __typename) marked done: it leaves the open lists at once.
      optimisticResponse: { completeTask: { ...task, completedAt: new Date().toISOString() } },
    });
  return [complete, result] as const;
}

export function TaskList({
  tasks,
  showReturnee = true,
}: {
  tasks: readonly TaskFieldsFragment[];
  showReturnee?: boolean;
}) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const errorMessage = useApiErrorMessage();
  const [complete, { error }] = useCompleteTask();
  const today = todayInVietnam();
  const open = tasks.filter((task) => !task.completedAt);

  return (
    <Stack gap="sm">
      <FormError message={error ? errorMessage(error) : null} />
      {open.length === 0 ? (
        <Text c="dimmed" data-testid="tasks-empty">
          {t('tasks.empty')}
        </Text>
      ) : (
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} data-testid="task-list">
          {open.map((task) => (
            <Card key={task.id} withBorder padding="sm" component="li" data-testid="task-item">
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <div>
                  <Text fw={600} size="sm">
                    {task.title}
                  </Text>
                  <Group gap={6}>
                    <Text size="xs" c={task.dueOn < today ? 'red' : 'dimmed'}>
                      {t('tasks.due', { date: formatDateVi(task.dueOn) })}
                    </Text>
                    {task.dueOn < today && (
                      <Badge color="red" size="xs" variant="light" tt="none">
                        {t('tasks.overdueBadge')}
                      </Badge>
                    )}
                    <Text size="xs" c="dimmed">
                      · {label(TASK_KIND_LABELS, task.kind)}
                    </Text>
                  </Group>
                  {showReturnee && task.returnee && (
                    <Text size="xs">
                      {t('tasks.about', { name: '' })}
                      <Anchor component={Link} to={`/returnees/${task.returnee.id}`} size="xs">
                        {task.returnee.fullName}
                      </Anchor>
                    </Text>
                  )}
                  <Text size="xs" c="dimmed">
                    {task.owner ? t('tasks.owner', { name: task.owner.displayName }) : t('tasks.unassigned')}
                  </Text>
                </div>
                <Button
                  size="xs"
                  variant="light"
                  aria-label={t('tasks.completeLabel', { title: task.title })}
                  onClick={() => void complete(task).catch(() => undefined)}
                >
                  {t('tasks.complete')}
                </Button>
              </Group>
            </Card>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
