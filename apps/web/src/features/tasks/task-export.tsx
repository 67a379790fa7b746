import { TASK_KIND_LABELS } from '@hoanhap/shared';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../../components/enum-label';
import type { TaskFieldsFragment } from '../../gql/graphql';
import { ExportButton } from '../export/export-button';
import type { ExportColumn } from '../export/xlsx';

/** The open tab's tasks as a spreadsheet (the lists are short: the API answers them whole). */
export function TaskExport({
  tasks,
  view,
}: {
  tasks: readonly TaskFieldsFragment[];
  view: 'mine' | 'overdue' | 'unit';
}) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const columns: ExportColumn<TaskFieldsFragment>[] = [
    { header: t('tasks.export.colTitle'), value: (task) => task.title, width: 40 },
    { header: t('tasks.export.colKind'), value: (task) => label(TASK_KIND_LABELS, task.kind), width: 28 },
    { header: t('tasks.export.colDue'), value: (task) => task.dueOn, kind: 'date', width: 12 },
    { header: t('tasks.export.colReturnee'), value: (task) => task.returnee?.fullName, width: 26 },
    {
      header: t('tasks.export.colOwner'),
      value: (task) => task.owner?.displayName ?? t('tasks.unassigned'),
      width: 24,
    },
    { header: t('tasks.export.colNote'), value: (task) => task.note, width: 40 },
  ];
  return (
    <ExportButton
      fileStem={t('tasks.export.fileStem')}
      sheet={t(`tasks.${view}`)}
      columns={columns}
      rows={tasks}
      // The tab is the list's only filter: "mine", "overdue" or "unit".
      log={{ list: 'TASKS', filterKeys: [view] }}
    />
  );
}
