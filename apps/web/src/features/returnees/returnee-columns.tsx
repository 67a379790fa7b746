import { CLASSIFICATION_GROUP_LABELS, EMPLOYMENT_STATUS_LABELS, formatDateVi } from '@hoanhap/shared';
import { Anchor, Button, Checkbox, Popover, Stack, Text } from '@mantine/core';
import { useLocalStorage } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useEnumLabel } from '../../components/enum-label';
import { StatusBadge } from '../../components/status-badge';
import type { ReturneeRowFragment } from '../../gql/graphql';

export const COLUMNS = [
  'fullName',
  'dateOfBirth',
  'status',
  'returnedOn',
  'employment',
  'classification',
  'residentialGroup',
  'unit',
  'openTaskCount',
] as const;
export type Column = (typeof COLUMNS)[number];

const DEFAULT_COLUMNS: Column[] = ['fullName', 'status', 'returnedOn', 'employment', 'classification', 'openTaskCount'];
export const COLUMNS_STORAGE_KEY = 'hoanhap.returnees.columns';

export const isColumn = (value: unknown): value is Column => COLUMNS.includes(value as Column);

/** The columns the user chose, remembered on this device; the name is always shown. */
export function useVisibleColumns() {
  const [stored, setStored] = useLocalStorage<Column[]>({
    key: COLUMNS_STORAGE_KEY,
    defaultValue: DEFAULT_COLUMNS,
    getInitialValueInEffect: false,
    deserialize: (raw) => {
      try {
        const parsed: unknown = raw ? JSON.parse(raw) : null;
        return Array.isArray(parsed) ? parsed.filter(isColumn) : DEFAULT_COLUMNS;
      } catch {
        return DEFAULT_COLUMNS;
      }
    },
  });
  const visible = COLUMNS.filter((c) => c === 'fullName' || stored.includes(c));
  return [visible, (next: Column[]) => setStored(COLUMNS.filter((c) => c === 'fullName' || next.includes(c)))] as const;
}

export function ColumnChooser({ visible, onChange }: { visible: Column[]; onChange: (next: Column[]) => void }) {
  const { t } = useTranslation();
  return (
    <Popover position="bottom-end" withinPortal trapFocus shadow="md">
      <Popover.Target>
        <Button variant="default">{t('returnees.columns')}</Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Checkbox.Group
          label={t('returnees.columns')}
          value={visible}
          onChange={(values) => onChange(values.filter(isColumn))}
        >
          <Stack gap="xs" mt="xs">
            {COLUMNS.map((column) => (
              <Checkbox
                key={column}
                value={column}
                label={t(`returnees.col.${column}`)}
                disabled={column === 'fullName'}
              />
            ))}
          </Stack>
        </Checkbox.Group>
      </Popover.Dropdown>
    </Popover>
  );
}

/** What a cell shows for a row. */
export function useCellRenderer() {
  const label = useEnumLabel();
  return (column: Column, row: ReturneeRowFragment): ReactNode => {
    switch (column) {
      case 'fullName':
        return (
          <Anchor component={Link} to={`/returnees/${row.id}`} fw={600}>
            {row.fullName}
          </Anchor>
        );
      case 'dateOfBirth':
        return row.dateOfBirth ? formatDateVi(row.dateOfBirth) : '—';
      case 'status':
        return <StatusBadge status={row.status} />;
      case 'returnedOn':
        return row.returnedOn ? formatDateVi(row.returnedOn) : '—';
      case 'employment':
        return label(EMPLOYMENT_STATUS_LABELS, row.currentEmployment?.status);
      case 'classification':
        return row.currentClassification ? (
          <Text size="sm" title={label(CLASSIFICATION_GROUP_LABELS, row.currentClassification.group)}>
            {row.currentClassification.group}
          </Text>
        ) : (
          '—'
        );
      case 'residentialGroup':
        return row.residentialGroup ?? '—';
      case 'unit':
        return row.unit.name;
      case 'openTaskCount':
        return row.openTaskCount;
    }
  };
}
