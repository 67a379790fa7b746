import { useQuery } from '@apollo/client/react';
import { can, formatDateVi, Permission } from '@hoanhap/shared';
import { Alert, Button, Card, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../components/error-state';
import { ReintegrationStatsDocument } from '../../gql/graphql';
import { useCurrentUser } from '../auth/current-user';
import { unitVariable, useActiveUnit } from '../units/active-unit';
import { anySuppressed, isEmpty } from './breakdown';
import { DashboardFilters } from './dashboard-filters';
import { isRangeInverted } from './dashboard-params';
import { StatsCard, StatsCardSkeleton } from './stats-card';
import { useDashboardParams } from './use-dashboard-params';

const StatsChart = lazy(() => import('./stats-chart'));
const CaseloadChart = lazy(() => import('./caseload-chart'));
const DashboardAlerts = lazy(() => import('../alerts/dashboard-alerts'));

export default function DashboardPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('dashboard.title')} · ${t('app.name')}`);
  const { returnedSince, asOf, fellBack, setDate } = useDashboardParams();
  const inverted = isRangeInverted({ returnedSince, asOf });
  const { unitCode } = useActiveUnit();
  const canReadSubmitted = can(useCurrentUser().role, Permission.READ_SUBMITTED_REPORTS);

  const { data, loading, error, refetch } = useQuery(ReintegrationStatsDocument, {
    variables: { returnedSince, asOf, ...unitVariable(unitCode) },
    // An impossible period would only earn a BAD_USER_INPUT; the page explains it instead.
    skip: inverted,
    notifyOnNetworkStatusChange: true,
  });
  const stats = data?.reintegrationStats;
  const fieldLabel = (field: string) =>
    field === 'returnedSince' || field === 'asOf' ? t(`dashboard.${field}`) : undefined;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1} size="h2">
            {t('dashboard.title')}
          </Title>
          {stats && (
            <Text c="dimmed" mt={4} data-testid="dashboard-scope">
              {t('dashboard.unit', { name: stats.unit.name })}
              {' · '}
              {t('dashboard.period', { from: formatDateVi(stats.returnedSince), to: formatDateVi(stats.asOf) })}
            </Text>
          )}
        </div>
        {canReadSubmitted && (
          <Button component={Link} to="/reports/submissions" variant="subtle" data-testid="submitted-reports-link">
            {t('dashboard.submittedReports')}
          </Button>
        )}
        <Button
          component={Link}
          to={`/reports/statistics/print?${new URLSearchParams({ returnedSince, asOf, ...(unitCode ? { unit: unitCode } : {}) })}`}
          variant="light"
          disabled={inverted}
          data-testid="print-report"
        >
          {t('dashboard.printReport')}
        </Button>
      </Group>

      <DashboardFilters returnedSince={returnedSince} asOf={asOf} onChange={setDate} />

      {fellBack && (
        <Alert color="yellow" variant="light" role="status" data-testid="dates-fell-back">
          {t('dashboard.invalidUrlDates')}
        </Alert>
      )}

      {inverted ? (
        <Alert color="red" variant="light" role="alert">
          {t('dashboard.rangeInverted')}
        </Alert>
      ) : loading ? (
        <Stack gap="lg" aria-busy="true">
          <Text role="status" size="sm" c="dimmed">
            {t('app.loading')}
          </Text>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <StatsCardSkeleton />
            <StatsCardSkeleton />
          </SimpleGrid>
          <Skeleton h={300} />
        </Stack>
      ) : error ? (
        <ErrorState error={error} title={t('dashboard.loadFailed')} onRetry={() => refetch()} fieldLabel={fieldLabel} />
      ) : stats ? (
        <>
          {isEmpty(stats.returned, stats.inCaseload) && (
            <Alert color="blue" variant="light" data-testid="dashboard-empty">
              {t('dashboard.empty')}
            </Alert>
          )}
          {anySuppressed(stats.returned, stats.inCaseload) && (
            <Text size="sm" c="dimmed" data-testid="suppressed-legend">
              {t('dashboard.suppressedLegend')}
            </Text>
          )}
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <StatsCard title={t('dashboard.returned')} breakdown={stats.returned} testIdPrefix="returned" />
            <StatsCard title={t('dashboard.inCaseload')} breakdown={stats.inCaseload} testIdPrefix="caseload" />
          </SimpleGrid>
          {!isEmpty(stats.returned, stats.inCaseload) && (
            <Card withBorder padding="lg" component="figure" m={0}>
              <Title order={3} size="h5" mb="md" component="figcaption">
                {t('dashboard.chartTitle')}
              </Title>
              <Suspense fallback={<Skeleton h={300} />}>
                <StatsChart returned={stats.returned} inCaseload={stats.inCaseload} />
              </Suspense>
            </Card>
          )}
          {stats.returned.total !== 0 && (
            <Card withBorder padding="lg" component="figure" m={0}>
              <Title order={3} size="h5" mb="md" component="figcaption">
                {t('dashboard.trendTitle')}
              </Title>
              <Suspense fallback={<Skeleton h={260} />}>
                <CaseloadChart returnedSince={returnedSince} asOf={asOf} unitVariables={unitVariable(unitCode)} />
              </Suspense>
            </Card>
          )}
        </>
      ) : null}

      <Suspense fallback={<Skeleton h={120} />}>
        <DashboardAlerts />
      </Suspense>
    </Stack>
  );
}
