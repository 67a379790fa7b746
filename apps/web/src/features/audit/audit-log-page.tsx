import { useQuery } from '@apollo/client/react';
import { ExportList, labelOf, ROLE_LABELS } from '@hoanhap/shared';
import { Anchor, Badge, Button, Code, Group, Stack, Table, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { type AuditRowFragment, AuditLogDocument } from '../../gql/graphql';
import { AuditTexts } from '../../i18n/audit';
import { useLang } from '../../i18n/use-lang';
import { ExportButton } from '../export/export-button';
import { actionKey } from './audit-actions';
import { formatDateTimeVi } from './format';
import { AuditFilters } from './audit-filters';
import { type AuditParams, auditFilter, readAuditParams, writeAuditParams } from './audit-params';
import { DataTable, ListState } from '../../components/list-state';
import { PageTitle } from '../../components/page-header';

export const AUDIT_PAGE_SIZE = 50;

const shortId = (id: string) => id.slice(0, 8);

function AuditRow({ row, onFilter }: { row: AuditRowFragment; onFilter: (patch: Partial<AuditParams>) => void }) {
  const { t, i18n } = useTranslation('audit');
  const lang = useLang();
  const translate = i18n.t as unknown as (key: string) => string;
  const known = (key: string) => i18n.exists(`audit:${key}`);
  const action = known(actionKey(row.action)) ? translate(`audit:${actionKey(row.action)}`) : row.action;
  const objectKey = `audit.objectTypes.${row.objectType}`;
  const objectType = known(objectKey) ? translate(`audit:${objectKey}`) : row.objectType;
  return (
    <Table.Tr data-testid="audit-row">
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTimeVi(row.occurredAt)}</Table.Td>
      <Table.Td>
        {row.actor ? (
          <Anchor
            component="button"
            type="button"
            size="sm"
            title={t('audit.filters.byActor')}
            onClick={() => onFilter({ actor: row.actor?.id ?? null })}
          >
            {row.actor.displayName}
          </Anchor>
        ) : (
          <Text size="sm" c="dimmed">
            {t('audit.unknownActor')}
          </Text>
        )}
        {row.actorRole && (
          <Text size="xs" c="dimmed">
            {labelOf(ROLE_LABELS, row.actorRole, lang)}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{action}</Text>
        {action !== row.action && (
          <Text size="xs" c="dimmed" ff="monospace">
            {row.action}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{objectType}</Text>
        {row.objectId && (
          <Text size="xs" c="dimmed" ff="monospace" title={row.objectId}>
            {shortId(row.objectId)}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {row.fields.length === 0 ? (
          t('audit.noFields')
        ) : (
          <Group gap={4}>
            {row.fields.map((field) => (
              <Code key={field}>{field}</Code>
            ))}
          </Group>
        )}
      </Table.Td>
      <Table.Td>
        {row.returneeId && (
          <Anchor
            component="button"
            type="button"
            size="xs"
            ff="monospace"
            title={`${t('audit.filters.byReturnee')} (${row.returneeId})`}
            onClick={() => onFilter({ returnee: row.returneeId ?? null })}
          >
            {shortId(row.returneeId)}
          </Anchor>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/** A filter the list came with (from a link), and the way to drop it. */
function FilterChip({
  what,
  value,
  onClear,
  testId,
}: {
  what: string;
  value: string | null;
  onClear: () => void;
  testId: string;
}) {
  const { t } = useTranslation('audit');
  return (
    <Badge
      variant="light"
      size="lg"
      rightSection={
        <Anchor component="button" type="button" aria-label={t('audit.filters.clearOne', { what })} onClick={onClear}>
          ×
        </Anchor>
      }
      data-testid={testId}
    >
      {what}: {value}
    </Badge>
  );
}

function AuditLogScreen() {
  const { t } = useTranslation('audit');
  useDocumentTitle(`${t('audit.title')} · ${t('app.name', { ns: 'translation' })}`);
  const [searchParams, setSearchParams] = useSearchParams();
  const params = readAuditParams(searchParams);
  const filter = auditFilter(params);
  const { data, error, loading, refetch, fetchMore } = useQuery(AuditLogDocument, {
    variables: { filter, first: AUDIT_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const setParams = (next: AuditParams) => setSearchParams(writeAuditParams(next));
  const connection = data?.auditLog;
  const edges = connection?.edges ?? [];
  // Actors' names, from rows they wrote (auditors cannot list accounts), kept while a filter loads.
  const actorNames = useRef(new Map<string, string>());
  for (const { node } of edges) if (node.actor) actorNames.current.set(node.actor.id, node.actor.displayName);
  const actorName = params.actor ? (actorNames.current.get(params.actor) ?? shortId(params.actor)) : null;

  return (
    <Stack gap="md">
      <PageTitle title={t('audit.title')} intro={t('audit.intro')} />
      <Group justify="space-between" align="flex-end">
        <AuditFilters value={params} onChange={setParams} />
        <ExportButton list={ExportList.AUDIT_LOG} filter={filter} />
      </Group>
      {(params.actor || params.returnee) && (
        <Group gap="xs">
          {params.actor && (
            <FilterChip
              what={t('audit.filters.actor')}
              value={actorName}
              onClear={() => setParams({ ...params, actor: null })}
              testId="actor-filter"
            />
          )}
          {params.returnee && (
            <FilterChip
              what={t('audit.filters.returnee')}
              value={shortId(params.returnee)}
              onClear={() => setParams({ ...params, returnee: null })}
              testId="returnee-filter"
            />
          )}
        </Group>
      )}
      <ListState
        data={connection}
        loading={loading}
        error={error}
        isEmpty={() => edges.length === 0}
        loadFailed={t('audit.loadFailed')}
        onRetry={() => refetch()}
        empty={t('audit.empty')}
        emptyTestId="audit-empty"
        loadingHeight={320}
      >
        {(connection) => (
          <>
            <Text size="sm" c="dimmed">
              {t('audit.shown', { count: edges.length })}
            </Text>
            <DataTable
              minWidth={900}
              verticalSpacing="xs"
              columns={[
                t('audit.columns.time'),
                t('audit.columns.actor'),
                t('audit.columns.action'),
                t('audit.columns.object'),
                t('audit.columns.fields'),
                t('audit.columns.returnee'),
              ]}
            >
              {edges.map(({ node }) => (
                <AuditRow key={node.id} row={node} onFilter={(patch) => setParams({ ...params, ...patch })} />
              ))}
            </DataTable>
            {connection.pageInfo.hasNextPage && (
              <Group>
                <Button
                  variant="default"
                  loading={loading}
                  onClick={() =>
                    fetchMore({ variables: { filter, first: AUDIT_PAGE_SIZE, after: connection.pageInfo.endCursor } })
                  }
                >
                  {t('audit.loadMore')}
                </Button>
              </Group>
            )}
          </>
        )}
      </ListState>
    </Stack>
  );
}

export default function AuditLogPage() {
  return (
    <AuditTexts>
      <AuditLogScreen />
    </AuditTexts>
  );
}
