import { ExportList } from '@hoanhap/shared';
import { Alert, Button, Group, Paper, Text } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReturneeFilter, ReturneeRowFragment } from '../../../gql/graphql';
import { LISTS_NS } from '../../../i18n/lists';
import { ExportButton } from '../../export/export-button';

// The dialog (organisation picker, date field) loads when first opened: most visits only filter.
const BulkAssignDialog = lazy(() => import('./bulk-assign-dialog'));

interface BulkBarProps {
  selected: readonly ReturneeRowFragment[];
  /** The list's filter: an export of the selection keeps its unit and order. */
  filter: ReturneeFilter;
  /** Only the officer assigns helpers (the API refuses everyone else). */
  canAssign: boolean;
  onClear: () => void;
}

/** Shown while rows are selected: assign a helper to all of them, or export them. */
export function BulkBar({ selected, filter, canAssign, onClear }: BulkBarProps) {
  const { t } = useTranslation(LISTS_NS);
  const [assigning, setAssigning] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  return (
    <>
      {done && (
        <Alert color="green" variant="light" role="status" withCloseButton onClose={() => setDone(null)}>
          {done}
        </Alert>
      )}
      {selected.length > 0 && (
        <Paper withBorder p="xs" role="region" aria-label={t('select.bar')} data-testid="bulk-bar">
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Text size="sm" fw={600} aria-live="polite">
              {t('select.count', { count: selected.length })}
            </Text>
            <Group gap="xs">
              {canAssign && (
                <Button onClick={() => setAssigning(true)} data-testid="bulk-assign">
                  {t('bulk.assign')}
                </Button>
              )}
              <ExportButton
                list={ExportList.RETURNEES}
                filter={{ ...filter, ids: selected.map((row) => row.id) }}
                selectionCount={selected.length}
              />
              <Button variant="subtle" onClick={onClear}>
                {t('select.clear')}
              </Button>
            </Group>
          </Group>
        </Paper>
      )}
      {assigning && (
        <Suspense fallback={null}>
          <BulkAssignDialog
            opened={assigning}
            onClose={() => setAssigning(false)}
            people={selected}
            onAssigned={(helper, count) => {
              setAssigning(false);
              setDone(t('bulk.done', { helper, count }));
              onClear();
            }}
          />
        </Suspense>
      )}
    </>
  );
}
