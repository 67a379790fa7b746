import { useQuery } from '@apollo/client/react';
import { ExportList } from '@hoanhap/shared';
import { Group, Skeleton, Stack, Tabs, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorState } from '../../components/error-state';
import { MyTasksDocument, OverdueTasksDocument, UnitTasksDocument } from '../../gql/graphql';
import { ExportButton } from '../export/export-button';
import type { TaskExportFilter } from '../export/export-request';
import { unitVariable, useActiveUnit } from '../units/active-unit';
import { TaskList } from './task-list';

const VIEWS = ['mine', 'overdue', 'unit'] as const;
type View = (typeof VIEWS)[number];
/** The tab as the tasks export names it. */
const EXPORT_VIEWS: Record<View, TaskExportFilter['view']> = { mine: 'MINE', overdue: 'OVERDUE', unit: 'UNIT' };

function TaskView({ view }: { view: View }) {
  const { t } = useTranslation();
  // One query per tab; only the open tab's runs.
  const mine = useQuery(MyTasksDocument, { skip: view !== 'mine' });
  const overdue = useQuery(OverdueTasksDocument, { skip: view !== 'overdue' });
  const { unitCode } = useActiveUnit();
  const unit = useQuery(UnitTasksDocument, { variables: unitVariable(unitCode), skip: view !== 'unit' });
  const { error, loading, refetch } = view === 'mine' ? mine : view === 'overdue' ? overdue : unit;
  const tasks =
    view === 'mine' ? mine.data?.myTasks : view === 'overdue' ? overdue.data?.overdueTasks : unit.data?.unitTasks;
  if (loading && !tasks) return <Skeleton h={120} aria-busy="true" />;
  if (error && !tasks) return <ErrorState error={error} title={t('tasks.loadFailed')} onRetry={() => refetch()} />;
  return (
    <Stack gap="sm">
      {tasks && tasks.length > 0 && (
        <Group justify="flex-end">
          <ExportButton
            list={ExportList.TASKS}
            // The open tab's list, of the unit picked when it is the unit's.
            filter={{ view: EXPORT_VIEWS[view], ...(view === 'unit' ? unitVariable(unitCode) : {}) }}
          />
        </Group>
      )}
      <TaskList tasks={tasks ?? []} />
    </Stack>
  );
}

export default function TasksPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('tasks.title')} · ${t('app.name')}`);
  const [search, setSearch] = useSearchParams();
  // `?tab=` is accepted too, as links elsewhere may name the tab that way.
  const wanted = search.get('view') ?? search.get('tab');
  const view: View = VIEWS.find((v) => v === wanted) ?? 'mine';
  return (
    <Stack gap="lg">
      <Title order={1} size="h2">
        {t('tasks.title')}
      </Title>
      <Tabs
        value={view}
        onChange={(value) => setSearch(value && value !== 'mine' ? { view: value } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List>
          {VIEWS.map((v) => (
            <Tabs.Tab key={v} value={v}>
              {t(`tasks.${v}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {VIEWS.map((v) => (
          <Tabs.Panel key={v} value={v} pt="md">
            <TaskView view={v} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
