import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { can, ExportList, Permission } from '@hoanhap/shared';
import { Alert, Button, Group, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { ErrorState } from '../../components/error-state';
import { type ReturneeRowFragment, ReturneesDocument } from '../../gql/graphql';
import { ListsTexts, useListsTextsReady } from '../../i18n/lists';
import { useCurrentUser } from '../auth/current-user';
import { ExportButton } from '../export/export-button';
import { ImportButton } from '../imports/import-button';
import { BulkBar } from './bulk/bulk-bar';
import { SelectPageCheckbox, SelectRowCheckbox } from './bulk/select-cells';
import { RegisterReturneeButton } from './register-returnee-button';
import { ColumnChooser, useCellRenderer, useVisibleColumns } from './returnee-columns';
import { ReturneeListFilters } from './returnee-list-filters';
import { hasFilters } from './returnee-list-params';
import { SavedViewsMenu } from './saved-views/saved-views-menu';
import { useListParams, useReturneeFilter } from './use-list-params';

export const PAGE_SIZE = 25;

export default function ReturneesListPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('returnees.title')} · ${t('app.name')}`);
  const { params, update } = useListParams();
  const filter = useReturneeFilter(params);
  const [columns, setColumns] = useVisibleColumns();
  const cell = useCellRenderer();
  const me = useCurrentUser();
  const { search, state } = useLocation();
  // A hand-over from a case file comes back here with what happened (the file is out of scope now).
  const notice = (state as { notice?: unknown } | null)?.notice;
  // Selection appears with its texts; the table itself never waits for them.
  const selectable = useListsTextsReady();
  const [selected, setSelected] = useState<ReadonlyMap<string, ReturneeRowFragment>>(new Map());
  // Another filter is another list: what was selected in the last one no longer shows.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the URL's search is the trigger
  useEffect(() => setSelected(new Map()), [search]);

  const { data, error, networkStatus, refetch, fetchMore } = useQuery(ReturneesDocument, {
    variables: { filter, first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.returnees;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];
  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  const loading =
    !connection && (networkStatus === NetworkStatus.loading || networkStatus === NetworkStatus.setVariables);
  const selectedOnPage = rows.filter((r) => selected.has(r.id)).length;

  function select(row: ReturneeRowFragment, checked: boolean) {
    setSelected((prev) => {
      const next = new Map(prev);
      if (checked) next.set(row.id, row);
      else next.delete(row.id);
      return next;
    });
  }
  function selectPage(checked: boolean) {
    setSelected(checked ? new Map(rows.map((r) => [r.id, r])) : new Map());
  }

  return (
    <Stack gap="lg">
      {typeof notice === 'string' && (
        <Alert color="green" variant="light" role="status" data-testid="list-notice">
          {notice}
        </Alert>
      )}
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            {t('returnees.title')}
          </Title>
          {connection && (
            <Text c="dimmed" mt={4} data-testid="returnees-total" aria-live="polite">
              {t(connection.totalCountExact ? 'returnees.count' : 'returnees.countAtLeast', {
                count: shownTotal(connection),
              })}
            </Text>
          )}
        </div>
        <Group gap="xs">
          {can(me.role, Permission.WRITE_CASES) && <RegisterReturneeButton />}
          <ImportButton />
          <ExportButton list={ExportList.RETURNEES} filter={filter} />
          <SavedViewsMenu columns={columns} onApplyColumns={setColumns} />
          <ColumnChooser visible={columns} onChange={setColumns} />
        </Group>
      </Group>

      <ReturneeListFilters params={params} onChange={update} />

      {params.invalid && (
        <Alert color="yellow" variant="light" role="status" data-testid="invalid-url-filters">
          {t('returnees.invalidUrl')}
        </Alert>
      )}

      <ListsTexts fallback={null}>
        <BulkBar
          selected={[...selected.values()]}
          filter={filter}
          canAssign={me.role === 'OFFICER'}
          onClear={() => setSelected(new Map())}
        />
      </ListsTexts>

      {error && !connection ? (
        <ErrorState error={error} title={t('returnees.loadFailed')} onRetry={() => refetch()} />
      ) : loading ? (
        <Stack gap="xs" aria-busy="true">
          <Text role="status" size="sm" c="dimmed">
            {t('app.loading')}
          </Text>
          {[0, 1, 2, 3, 4].map((i) => (
            <Skeleton key={i} h={36} />
          ))}
        </Stack>
      ) : connection && rows.length === 0 ? (
        <Alert color="blue" variant="light" data-testid="returnees-empty">
          {hasFilters(params) ? t('returnees.empty') : t('returnees.emptyAll')}
        </Alert>
      ) : connection ? (
        <Stack gap="sm">
          <Table.ScrollContainer minWidth={640}>
            <Table
              striped
              highlightOnHover
              data-testid="returnees-table"
              aria-busy={networkStatus !== NetworkStatus.ready}
            >
              <Table.Thead>
                <Table.Tr>
                  {selectable && (
                    <Table.Th w={40}>
                      <SelectPageCheckbox selected={selectedOnPage} total={rows.length} onChange={selectPage} />
                    </Table.Th>
                  )}
                  {columns.map((column) => (
                    <Table.Th key={column} scope="col">
                      {t(`returnees.col.${column}`)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.id} data-testid="returnee-row">
                    {selectable && (
                      <Table.Td>
                        <SelectRowCheckbox
                          name={row.fullName}
                          checked={selected.has(row.id)}
                          onChange={(checked) => select(row, checked)}
                        />
                      </Table.Td>
                    )}
                    {columns.map((column) => (
                      <Table.Td key={column}>{cell(column, row)}</Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {t(connection.totalCountExact ? 'returnees.shown' : 'returnees.shownAtLeast', {
                shown: rows.length,
                total: shownTotal(connection),
              })}
            </Text>
            {connection.pageInfo.hasNextPage && (
              <Button
                variant="default"
                loading={loadingMore}
                onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
              >
                {loadingMore ? t('returnees.loadingMore') : t('returnees.loadMore')}
              </Button>
            )}
          </Group>
        </Stack>
      ) : null}
    </Stack>
  );
}

/** Past the API's counting limit, totalCount is one more than the limit: "more than" the limit. */
function shownTotal(connection: { totalCount: number; totalCountExact: boolean }): number {
  return connection.totalCountExact ? connection.totalCount : connection.totalCount - 1;
}
