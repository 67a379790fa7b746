import { useQuery } from '@apollo/client/react';
import { ReportPeriodKind } from '@hoanhap/shared';
import { Alert, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../components/error-state';
import { PageLoader } from '../../components/page-loader';
import { SubmittedReportsDocument } from '../../gql/graphql';
import { ReportsTexts } from '../../i18n/reports';
import { anySuppressed, type ShownBreakdown, showCount } from '../dashboard/breakdown';
import { unitVariable, useActiveUnit } from '../units/active-unit';
import { REPORT_COLUMNS } from './report-figures';

/** The first day of last month: the monthly report most likely due. */
function lastMonthStart(today = new Date()): string {
  const d = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 1, 1));
  return d.toISOString().slice(0, 10);
}

function Cells({ b, prefix }: { b: ShownBreakdown; prefix: string }) {
  return REPORT_COLUMNS.map((col) => (
    <Table.Td key={col} ta="right" data-testid={`${prefix}-${col}`}>
      {showCount(b[col])}
    </Table.Td>
  ));
}

function Submissions() {
  const { t } = useTranslation('reports');
  useDocumentTitle(t('wards.title'));
  const { unitCode } = useActiveUnit();
  const [periodKind, setPeriodKind] = useState<ReportPeriodKind>(ReportPeriodKind.MONTH);
  const [periodStart, setPeriodStart] = useState(lastMonthStart());
  const { data, loading, error, refetch } = useQuery(SubmittedReportsDocument, {
    variables: { periodKind, periodStart, ...unitVariable(unitCode) },
    skip: !/^\d{4}-\d{2}-\d{2}$/.test(periodStart),
  });
  const report = data?.submittedReports;
  const kinds = [ReportPeriodKind.MONTH, ReportPeriodKind.HALF_YEAR, ReportPeriodKind.YEAR] as const;
  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {t('wards.title')}
      </Title>
      <Group align="flex-end">
        <Select
          label={t('wards.periodKind')}
          data={kinds.map((k) => ({ value: k, label: t(`wards.kinds.${k}`) }))}
          value={periodKind}
          onChange={(v) => v && setPeriodKind(v as ReportPeriodKind)}
          allowDeselect={false}
        />
        <TextInput
          label={t('wards.periodStart')}
          value={periodStart}
          onChange={(e) => setPeriodStart(e.currentTarget.value)}
          placeholder="2024-04-01"
        />
      </Group>
      {loading && !report ? (
        <PageLoader />
      ) : error ? (
        <ErrorState error={error} title={t('wards.loadFailed')} onRetry={() => refetch()} />
      ) : report ? (
        <>
          <Table withTableBorder data-testid="ward-submissions">
            <Table.Thead>
              <Table.Tr>
                <Table.Th rowSpan={2}>{t('wards.ward')}</Table.Th>
                <Table.Th colSpan={5}>{t('report.rowCaseload')}</Table.Th>
              </Table.Tr>
              <Table.Tr>
                {REPORT_COLUMNS.map((col) => (
                  <Table.Th key={col}>{t(`report.col.${col}`)}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.submitted.map((ward) => (
                <Table.Tr key={ward.unit.id}>
                  <Table.Td>
                    {ward.unit.name}
                    <Text size="xs" c="dimmed">
                      {t('wards.revision', { revision: ward.submission.revision, signer: ward.submission.signerName })}
                    </Text>
                  </Table.Td>
                  <Cells b={ward.inCaseload} prefix={`ward-${ward.unit.code}`} />
                </Table.Tr>
              ))}
              <Table.Tr fw={700}>
                <Table.Td>{t('wards.sum')}</Table.Td>
                <Cells b={report.inCaseload} prefix="ward-sum" />
              </Table.Tr>
            </Table.Tbody>
          </Table>
          {anySuppressed(report.inCaseload, ...report.submitted.map((w) => w.inCaseload)) && (
            <Text size="sm" c="dimmed" data-testid="wards-suppressed-legend">
              {t('report.suppressedLegend')}
            </Text>
          )}
          {report.notSubmitted.length > 0 ? (
            <Alert color="yellow" title={t('wards.notSubmitted')} data-testid="wards-not-submitted">
              {report.notSubmitted.map((u) => u.name).join(', ')}
            </Alert>
          ) : (
            <Text c="dimmed">{t('wards.allSubmitted')}</Text>
          )}
        </>
      ) : null}
    </Stack>
  );
}

/** `/reports/submissions`: what the wards under the unit submitted for a period, with sums and who has not ("chưa nộp"). */
export default function SubmittedReportsPage() {
  return (
    <ReportsTexts fallback={<PageLoader />}>
      <Submissions />
    </ReportsTexts>
  );
}
