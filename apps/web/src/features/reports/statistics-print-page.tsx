import { useQuery } from '@apollo/client/react';
import { formatDateVi, todayInVietnam } from '@hoanhap/shared';
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
import { anySuppressed, type ShownBreakdown, showCount } from '../dashboard/breakdown';
import { dateParts, placeName, startsOnNewYear } from './report-text';
import { addressedUpward, REPORT_COLUMNS } from './report-figures';
import { ReportSubmissionsPanel } from './report-submissions-panel';

const COLUMNS = REPORT_COLUMNS;

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

  const unit = stats.unit.name;
  const { day, month, year } = dateParts(stats.asOf);
  const since = startsOnNewYear(stats.returnedSince)
    ? t('report.sinceYear', { year: dateParts(stats.returnedSince).year })
    : t('report.sinceDate', { date: formatDateVi(stats.returnedSince) });
  const shown = (b: ShownBreakdown) => (upward ? addressedUpward(b) : b);
  const r = shown(stats.returned);
  const c = shown(stats.inCaseload);
  const n = (value: number | null) => showCount(value);
  const rows: [string, string, ShownBreakdown][] = [
    ['returned', t('report.rowReturned', { date: formatDateVi(stats.returnedSince) }), r],
    ['caseload', t('report.rowCaseload'), c],
  ];

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
        <Button onClick={() => window.print()} data-testid="print-button">
          {t('report.print')}
        </Button>
      </PrintToolbar>
      <PrintSheet lang={lang} testId="report-sheet">
        <DocumentHeader
          issuer={[t('report.issuer', { unit: unit.toLocaleUpperCase(lang === 'vi' ? 'vi-VN' : 'en-GB') })]}
          number={t('report.number')}
          motto={[t('report.motto'), t('report.mottoSub')]}
          placeDate={t('report.placeDate', { place: placeName(unit), day, month, year })}
          testIdPrefix="report"
        />
        <DocumentTitle title={t('report.title')} subject={t('report.subject')} />

        <section className={classes.body} data-testid="report-body">
          <p data-testid="report-returned-sentence">
            {t('report.returnedSentence', { since, total: n(r.total) })}{' '}
            {t('report.breakdownSentence', {
              stable: n(r.stable),
              unstable: n(r.unstable),
              unemployed: n(r.unemployed),
            })}
            {r.other !== 0 ? t('report.otherClause', { other: n(r.other) }) : ''}.
          </p>
          <p data-testid="report-caseload-sentence">
            {t('report.caseloadSentence', { total: n(c.total) })}
            {c.total !== 0
              ? t('report.caseloadBreakdown', {
                  stable: n(c.stable),
                  unstable: n(c.unstable),
                  unemployed: n(c.unemployed),
                })
              : ''}
            {c.other !== 0 ? t('report.otherClause', { other: n(c.other) }) : ''}.
          </p>
          <table className={classes.table} data-testid="report-table">
            <caption>{t('report.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('report.col.index')}</th>
                <th scope="col">{t('report.col.group')}</th>
                {COLUMNS.map((col) => (
                  <th scope="col" key={col}>
                    {t(`report.col.${col}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map(([id, label, b], index) => (
                <tr key={id}>
                  <td className={classes.num}>{index + 1}</td>
                  <th scope="row" style={{ textAlign: 'left', fontWeight: 400 }}>
                    {label}
                  </th>
                  {COLUMNS.map((col) => (
                    <td className={classes.num} key={col} data-testid={`report-${id}-${col}`}>
                      {n(b[col])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <p>{t('report.asOfNote', { date: formatDateVi(stats.asOf) })}</p>
          {anySuppressed(r, c) && <p data-testid="report-suppressed-legend">{t('report.suppressedLegend')}</p>}
        </section>

        <SignatureFooter
          recipients={<Recipients label={t('report.recipients')} lines={t('report.recipientList')} />}
          signer={<SignatureBlock lines={[t('report.signerRole')]} hint={t('report.signHint')} />}
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
