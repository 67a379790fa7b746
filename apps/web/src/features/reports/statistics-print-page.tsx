import { useQuery } from '@apollo/client/react';
import { todayInVietnam } from '@hoanhap/shared';
import { Alert, Anchor, Button, Center, Checkbox, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorState } from '../../components/error-state';
import { PageLoader } from '../../components/page-loader';
import { ReintegrationStatsDocument } from '../../gql/graphql';
import { ReportsTexts } from '../../i18n/reports';
import { useLang } from '../../i18n/use-lang';
import { isRangeInverted, readDashboardParams } from '../dashboard/dashboard-params';
import {
  DocumentHeader,
  DocumentTitle,
  PrintSheet,
  PrintToolbar,
  printClasses as classes,
  Recipients,
  SignatureBlock,
  SignatureFooter,
} from './print/print-sheet';
import { unitVariable } from '../units/active-unit';
import { DocxDownloadButton } from './print/docx-download-button';
import { statisticsReportContent } from './report-content';
import { REPORT_COLUMNS } from './report-figures';
import { ReportSubmissionsPanel } from './report-submissions-panel';

function Report() {
  const { t } = useTranslation('reports');
  const lang = useLang();
  const [search] = useSearchParams();
  const today = useMemo(() => todayInVietnam(), []);
  const { returnedSince, asOf } = readDashboardParams(search, today);
  const inverted = isRangeInverted({ returnedSince, asOf });
  useDocumentTitle(`${t('report.pageTitle')} · ${t('app.name', { ns: 'translation' })}`);
  const { data, loading, error, refetch } = useQuery(ReintegrationStatsDocument, {
    // `unit`: the unit a city or district user was looking at on the dashboard.
    variables: { returnedSince, asOf, ...unitVariable(search.get('unit')) },
    skip: inverted,
  });
  const stats = data?.reintegrationStats;
  // A paper addressed to a unit above the ward shows counts of 1–2 as "<3", as the API does for its readers.
  const [upward, setUpward] = useState(false);
  const dashboardLink = `/dashboard?${new URLSearchParams({ returnedSince, asOf })}`;

  if (inverted)
    return (
      <Center p="md">
        <Alert color="red" role="alert">
          {t('dashboard.rangeInverted', { ns: 'translation' })}
        </Alert>
      </Center>
    );
  if (loading && !stats) return <PageLoader fullPage />;
  if (error || !stats)
    return (
      <Center p="md">
        <ErrorState error={error} title={t('report.loadFailed')} onRetry={() => refetch()} />
      </Center>
    );

  const content = statisticsReportContent(stats, upward, t, lang);
  const { frame, end } = content;
  const signer = end.signers[0];

  return (
    <>
      <PrintToolbar>
        <Anchor component={Link} to={dashboardLink} size="sm">
          ← {t('report.back')}
        </Anchor>
        <Text size="xs" c="dimmed">
          {t('report.hint')}
        </Text>
        <Checkbox
          label={t('report.addressedUpward')}
          checked={upward}
          onChange={(event) => setUpward(event.currentTarget.checked)}
          data-testid="addressed-upward"
        />
        <DocxDownloadButton
          save={() => import('./docx/statistics-docx').then((m) => m.saveStatisticsDocx(content, stats.asOf))}
        />
        <Button onClick={() => window.print()} data-testid="print-button">
          {t('report.print')}
        </Button>
      </PrintToolbar>
      <PrintSheet lang={lang} testId="report-sheet">
        <DocumentHeader
          issuer={frame.issuer}
          number={frame.number}
          motto={frame.motto}
          placeDate={frame.placeDate}
          testIdPrefix="report"
        />
        <DocumentTitle title={frame.title} subject={frame.subject} />

        <section className={classes.body} data-testid="report-body">
          <p data-testid="report-returned-sentence">{content.returnedSentence}</p>
          <p data-testid="report-caseload-sentence">{content.caseloadSentence}</p>
          <table className={classes.table} data-testid="report-table">
            <caption>{content.tableCaption}</caption>
            <thead>
              <tr>
                {content.head.map((heading) => (
                  <th scope="col" key={heading}>
                    {heading}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {content.rows.map((row, index) => (
                <tr key={row.id}>
                  <td className={classes.num}>{index + 1}</td>
                  <th scope="row" style={{ textAlign: 'left', fontWeight: 400 }}>
                    {row.label}
                  </th>
                  {REPORT_COLUMNS.map((col, i) => (
                    <td className={classes.num} key={col} data-testid={`report-${row.id}-${col}`}>
                      {row.cells[i]}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <p>{content.asOfNote}</p>
          {content.suppressedLegend && <p data-testid="report-suppressed-legend">{content.suppressedLegend}</p>}
        </section>

        <SignatureFooter
          recipients={end.recipients && <Recipients label={end.recipients.label} lines={end.recipients.lines} />}
          signer={signer && <SignatureBlock lines={signer.lines} hint={signer.hint} />}
        />
      </PrintSheet>
      <ReportSubmissionsPanel unitCode={stats.unit.code} returnedSince={stats.returnedSince} asOf={stats.asOf} />
    </>
  );
}

/** `/reports/statistics/print?returnedSince=&asOf=`: the dashboard's figures as an A4 report, no app chrome. */
export default function StatisticsPrintPage() {
  return (
    <ReportsTexts fallback={<PageLoader fullPage />}>
      <Report />
    </ReportsTexts>
  );
}
