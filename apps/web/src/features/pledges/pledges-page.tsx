import { useQuery } from '@apollo/client/react';
import { can, ExportList, formatDateVi, Permission, PLEDGE_KIND_LABELS, todayInVietnam } from '@hoanhap/shared';
import { Anchor, Button, Group, Select, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useEnumLabel } from '../../components/enum-label';
import { ErrorState } from '../../components/error-state';
import { PledgeListDocument } from '../../gql/graphql';
import { PledgesTexts } from '../../i18n/pledges';
import { useLang } from '../../i18n/use-lang';
import { useCurrentUser } from '../auth/current-user';
import { ExportButton } from '../export/export-button';
import { formatNumber } from './format';
import { PLEDGE_KINDS, SignPledgeDialog } from './forms/sign-pledge-dialog';

const PAGE_SIZE = 20;
const KINDS = PLEDGE_KINDS;

function yearOptions(): string[] {
  const now = Number(todayInVietnam().slice(0, 4));
  return Array.from({ length: 8 }, (_, i) => String(now + 1 - i));
}

function PledgeList() {
  const { t } = useTranslation('pledges');
  const lang = useLang();
  const label = useEnumLabel();
  useDocumentTitle(`${t('pledges.title')} · ${t('app.name', { ns: 'translation' })}`);
  const [search, setSearch] = useSearchParams();
  const canWrite = can(useCurrentUser().role, Permission.WRITE_COMMITTEE);
  const [signing, setSigning] = useState(false);
  const year = /^\d{4}$/.test(search.get('year') ?? '') ? Number(search.get('year')) : null;
  const kind = KINDS.find((k) => k === search.get('kind')) ?? null;
  const filter = { ...(year ? { year } : {}), ...(kind ? { kind: [kind] } : {}) };
  const { data, loading, error, refetch, fetchMore } = useQuery(PledgeListDocument, {
    variables: { filter, first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.pledges;

  const setParam = (key: string, value: string | null) =>
    setSearch(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">
          {t('pledges.title')}
        </Title>
        <Group>
          <Anchor component={Link} to={`/pledges/scoreboard${year ? `?year=${year}` : ''}`}>
            {t('pledges.scoreboardLink')}
          </Anchor>
          {canWrite && <Button onClick={() => setSigning(true)}>{t('pledge.actions.sign')}</Button>}
        </Group>
      </Group>
      {canWrite && <SignPledgeDialog opened={signing} onClose={() => setSigning(false)} />}
      <Group align="flex-end">
        <Select
          label={t('pledges.year')}
          data={[{ value: '', label: t('pledges.anyYear') }, ...yearOptions().map((y) => ({ value: y, label: y }))]}
          value={year ? String(year) : ''}
          onChange={(value) => setParam('year', value || null)}
          allowDeselect={false}
          w={140}
        />
        <Select
          label={t('pledges.kind')}
          data={[
            { value: '', label: t('pledges.anyKind') },
            ...KINDS.map((k) => ({ value: k, label: label(PLEDGE_KIND_LABELS, k) })),
          ]}
          value={kind ?? ''}
          onChange={(value) => setParam('kind', value || null)}
          allowDeselect={false}
          w={280}
        />
        <ExportButton list={ExportList.PLEDGES} filter={filter} />
      </Group>
      {loading && !connection ? (
        <Skeleton h={200} aria-busy="true" />
      ) : error && !connection ? (
        <ErrorState error={error} title={t('pledges.loadFailed')} onRetry={() => refetch()} />
      ) : !connection || connection.edges.length === 0 ? (
        <Text c="dimmed" data-testid="pledges-empty">
          {t('pledges.empty')}
        </Text>
      ) : (
        <Stack gap="sm">
          <Text size="sm" c="dimmed" data-testid="pledges-count">
            {t('pledges.count', { count: connection.totalCount })}
          </Text>
          <Table.ScrollContainer minWidth={760}>
            <Table striped highlightOnHover withTableBorder data-testid="pledge-list">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('pledges.columns.title')}</Table.Th>
                  <Table.Th>{t('pledges.columns.kind')}</Table.Th>
                  <Table.Th>{t('pledges.columns.signedOn')}</Table.Th>
                  <Table.Th>{t('pledges.columns.period')}</Table.Th>
                  <Table.Th ta="right">{t('pledges.columns.signatories')}</Table.Th>
                  <Table.Th ta="right">{t('pledges.columns.score')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {connection.edges.map(({ node }) => (
                  <Table.Tr key={node.id} data-testid="pledge-row">
                    <Table.Td>
                      <Anchor component={Link} to={`/pledges/${node.id}`}>
                        {node.title}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{label(PLEDGE_KIND_LABELS, node.kind)}</Table.Td>
                    <Table.Td>{formatDateVi(node.signedOn)}</Table.Td>
                    <Table.Td>
                      {t('pledges.period', { from: formatDateVi(node.periodFrom), to: formatDateVi(node.periodTo) })}
                    </Table.Td>
                    <Table.Td ta="right">{node.signatories.length}</Table.Td>
                    <Table.Td ta="right">
                      {node.totalScore == null ? t('pledges.notScored') : formatNumber(node.totalScore, lang)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {connection.pageInfo.hasNextPage && (
            <Button
              variant="light"
              loading={loading}
              onClick={() =>
                fetchMore({
                  variables: { after: connection.pageInfo.endCursor },
                  updateQuery: (prev, { fetchMoreResult }) => ({
                    pledges: {
                      ...fetchMoreResult.pledges,
                      edges: [...prev.pledges.edges, ...fetchMoreResult.pledges.edges],
                    },
                  }),
                })
              }
            >
              {t('pledges.loadMore')}
            </Button>
          )}
        </Stack>
      )}
    </Stack>
  );
}

export default function PledgesPage() {
  return (
    <PledgesTexts>
      <PledgeList />
    </PledgesTexts>
  );
}
