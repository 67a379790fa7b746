import { useQuery } from '@apollo/client/react';
import { formatDateVi, todayInVietnam } from '@hoanhap/shared';
import { Anchor, Button, Center, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorState } from '../../components/error-state';
import { PageLoader } from '../../components/page-loader';
import { CampaignDocument } from '../../gql/graphql';
import { CAMPAIGNS_NS, CampaignsTexts } from '../../i18n/campaigns';
import { useLang } from '../../i18n/use-lang';
import { useCurrentUser } from '../auth/current-user';
import {
  DocumentHeader,
  DocumentTitle,
  PrintSheet,
  PrintToolbar,
  printClasses as classes,
  Recipients,
  SignatureBlock,
  SignatureFooter,
} from '../reports/print/print-sheet';
import { dateParts, placeName } from '../reports/report-text';
import { decisionText } from './campaign-text';
import { CAMPAIGN_FIGURES } from './campaign-wards-table';

function Report() {
  const { t } = useTranslation(CAMPAIGNS_NS);
  const lang = useLang();
  const me = useCurrentUser();
  const { id = '' } = useParams();
  const today = useMemo(() => todayInVietnam(), []);
  useDocumentTitle(`${t('report.pageTitle')} · ${t('app.name', { ns: 'translation' })}`);
  const { data, loading, error, refetch } = useQuery(CampaignDocument, { variables: { id } });
  const campaign = data?.campaign;
  if (loading && !data) return <PageLoader fullPage />;
  if (error || !campaign)
    return (
      <Center p="md">
        <ErrorState
          error={error}
          title={error ? t('report.loadFailed') : t('page.notFound')}
          onRetry={() => refetch()}
        />
      </Center>
    );

  // The report is the reader's: their unit issues it, about the wards of their scope.
  const unit = me.unit.name;
  const { day, month, year } = dateParts(today);
  const decision = decisionText(t, campaign);
  const totals = campaign.totals;
  return (
    <>
      <PrintToolbar>
        <Anchor component={Link} to={`/campaigns/${campaign.id}`} size="sm">
          ← {t('report.back')}
        </Anchor>
        <Text size="xs" c="dimmed">
          {t('report.hint')}
        </Text>
        <Button onClick={() => window.print()} data-testid="print-button">
          {t('report.print')}
        </Button>
      </PrintToolbar>
      <PrintSheet lang={lang} testId="campaign-report">
        <DocumentHeader
          issuer={[t('report.issuer', { unit: unit.toLocaleUpperCase(lang === 'vi' ? 'vi-VN' : 'en-GB') })]}
          number={t('report.number')}
          motto={[t('report.motto'), t('report.mottoSub')]}
          placeDate={t('report.placeDate', { place: placeName(unit), day, month, year })}
          testIdPrefix="campaign-report"
        />
        <DocumentTitle title={t('report.title')} subject={t('report.subject', { name: campaign.name })} />
        <section className={classes.body}>
          <p data-testid="campaign-report-sentence">
            {decision
              ? t('report.basis', {
                  decision: t('page.decisionLine', {
                    number: campaign.decisionNumber ?? '…',
                    date: campaign.decisionDate ? formatDateVi(campaign.decisionDate) : '…',
                  }),
                })
              : ''}
            {t('report.sentence', { date: formatDateVi(today), ...totals })}
            {totals.overdue > 0 ? ` ${t('report.overdueSentence', { overdue: totals.overdue })}` : ''}
          </p>
          <table className={classes.table} data-testid="campaign-report-table">
            <caption>{t('report.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('report.index')}</th>
                <th scope="col">{t('figures.unit')}</th>
                {CAMPAIGN_FIGURES.map((f) => (
                  <th scope="col" key={f}>
                    {t(`figures.${f}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {campaign.wards.map((ward, index) => (
                <tr key={ward.unit.id}>
                  <td className={classes.num}>{index + 1}</td>
                  <th scope="row" style={{ textAlign: 'left', fontWeight: 400 }}>
                    {ward.unit.name}
                  </th>
                  {CAMPAIGN_FIGURES.map((f) => (
                    <td className={classes.num} key={f}>
                      {ward[f]}
                    </td>
                  ))}
                </tr>
              ))}
              <tr>
                <td />
                <th scope="row" style={{ textAlign: 'left' }}>
                  {t('page.totals')}
                </th>
                {CAMPAIGN_FIGURES.map((f) => (
                  <td className={classes.num} key={f} data-testid={`campaign-report-total-${f}`}>
                    <strong>{totals[f]}</strong>
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
        </section>
        <SignatureFooter
          recipients={<Recipients label={t('report.recipients')} lines={t('report.recipientList')} />}
          signer={<SignatureBlock lines={[t('report.signerRole')]} hint={t('report.signHint')} />}
        />
      </PrintSheet>
    </>
  );
}

/** `/print/campaigns/:id`: the campaign's figures per ward as an A4 administrative report, no app chrome. */
export default function CampaignPrintPage() {
  return (
    <CampaignsTexts fallback={<PageLoader fullPage />}>
      <Report />
    </CampaignsTexts>
  );
}
