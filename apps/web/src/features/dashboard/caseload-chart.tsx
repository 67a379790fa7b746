// Loaded lazily with the other chart: recharts is the heaviest dependency and the numbers come first.
import '@mantine/charts/styles.css';
import { useQuery } from '@apollo/client/react';
import { AreaChart } from '@mantine/charts';
import { Skeleton, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../components/error-state';
import { CaseloadByMonthDocument } from '../../gql/graphql';
import { BREAKDOWN_PARTS } from './breakdown';

/** "MM/yyyy" for a month end; the period's last day (not a month end) keeps its full date. */
export function pointLabel(day: string, isLast: boolean): string {
  const [year, month, date] = day.split('-');
  return isLast ? `${date}/${month}/${year}` : `${month}/${year}`;
}

const COLORS = { stable: 'teal.6', unstable: 'yellow.6', unemployed: 'red.6', other: 'gray.5' } as const;

/** The caseload at the end of each month of the period, stacked by employment status. */
export default function CaseloadChart({
  returnedSince,
  asOf,
  unitVariables,
}: {
  returnedSince: string;
  asOf: string;
  unitVariables: { unitCode?: string };
}) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(CaseloadByMonthDocument, {
    variables: { returnedSince, asOf, ...unitVariables },
  });
  const points = data?.reintegrationStats.caseloadByMonth;
  if (loading && !points) return <Skeleton h={260} aria-busy="true" />;
  if (error && !points)
    return <ErrorState error={error} title={t('dashboard.trendFailed')} onRetry={() => refetch()} />;
  if (!points || points.length < 2) {
    return (
      <Text c="dimmed" size="sm">
        {t('dashboard.trendTooShort')}
      </Text>
    );
  }
  const rows = points.map((point, i) => ({
    month: pointLabel(point.on, i === points.length - 1),
    ...Object.fromEntries(BREAKDOWN_PARTS.map((part) => [part, point.inCaseload[part]])),
  }));
  return (
    <AreaChart
      h={260}
      data={rows}
      dataKey="month"
      type="stacked"
      withLegend
      legendProps={{ verticalAlign: 'bottom' }}
      yAxisProps={{ allowDecimals: false }}
      curveType="stepAfter"
      series={BREAKDOWN_PARTS.map((part) => ({ name: part, label: t(`dashboard.${part}`), color: COLORS[part] }))}
      data-testid="caseload-chart"
    />
  );
}
