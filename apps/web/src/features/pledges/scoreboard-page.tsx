import { useQuery } from '@apollo/client/react';
import { todayInVietnam } from '@hoanhap/shared';
import { Anchor, Select, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorState } from '../../components/error-state';
import { PledgeScoreboardDocument } from '../../gql/graphql';
import { PledgesTexts } from '../../i18n/pledges';
import { useLang } from '../../i18n/use-lang';
import { formatNumber } from './format';

function Scoreboard() {
  const { t } = useTranslation('pledges');
  const lang = useLang();
  useDocumentTitle(`${t('scoreboard.title')} · ${t('app.name', { ns: 'translation' })}`);
  const [search, setSearch] = useSearchParams();
  const thisYear = Number(todayInVietnam().slice(0, 4));
  const wanted = Number(search.get('year'));
  const year = Number.isInteger(wanted) && wanted >= 2000 && wanted <= 2100 ? wanted : thisYear;
  const { data, loading, error, refetch } = useQuery(PledgeScoreboardDocument, { variables: { year } });
  const entries = data?.pledgeScoreboard;
  const years = Array.from({ length: 8 }, (_, i) => String(thisYear + 1 - i));
  if (!years.includes(String(year))) years.push(String(year));

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/pledges" size="sm">
        ← {t('scoreboard.back')}
      </Anchor>
      <Title order={1} size="h2">
        {t('scoreboard.title')}
      </Title>
      <Select
        label={t('scoreboard.year')}
        data={years}
        value={String(year)}
        onChange={(value) => value && setSearch({ year: value }, { replace: true })}
        allowDeselect={false}
        w={140}
      />
      {loading && !entries ? (
        <Skeleton h={200} aria-busy="true" />
      ) : error && !entries ? (
        <ErrorState error={error} title={t('scoreboard.loadFailed')} onRetry={() => refetch()} />
      ) : !entries || entries.length === 0 ? (
        <Text c="dimmed" data-testid="scoreboard-empty">
          {t('scoreboard.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped withTableBorder data-testid="scoreboard">
            <Table.Thead>
              <Table.Tr>
                <Table.Th ta="right">{t('scoreboard.rank')}</Table.Th>
                <Table.Th>{t('scoreboard.organisation')}</Table.Th>
                <Table.Th ta="right">{t('scoreboard.score')}</Table.Th>
                <Table.Th ta="right">{t('scoreboard.pledges')}</Table.Th>
                <Table.Th ta="right">{t('scoreboard.targets')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((entry) => (
                <Table.Tr key={entry.organisation.id} data-testid="scoreboard-row">
                  <Table.Td ta="right">{entry.rank > 0 ? entry.rank : '—'}</Table.Td>
                  <Table.Td>{entry.organisation.name}</Table.Td>
                  <Table.Td ta="right">
                    {entry.score == null ? t('scoreboard.notScored') : formatNumber(entry.score, lang)}
                  </Table.Td>
                  <Table.Td ta="right">{entry.pledgeCount}</Table.Td>
                  <Table.Td ta="right">{entry.targetCount}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

export default function ScoreboardPage() {
  return (
    <PledgesTexts>
      <Scoreboard />
    </PledgesTexts>
  );
}
