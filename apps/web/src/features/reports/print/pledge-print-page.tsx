import { useQuery } from '@apollo/client/react';
import { formatDateVi, TARGET_DIRECTION_LABELS, type TargetDirection } from '@hoanhap/shared';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageLoader } from '../../../components/page-loader';
import { PledgePrintDocument, type PledgePrintQuery } from '../../../gql/graphql';
import { PrintTexts } from '../../../i18n/print';
import { useLang } from '../../../i18n/use-lang';
import {
  administrativeDate,
  areaName,
  documentNumber,
  issuerLines,
  numberLine,
  placeDateLine,
  romanNumeral,
  unitOfMeasureText,
} from './document-text';
import { PrintFrame } from './print-frame';
import { DocumentHeader, DocumentTitle, PrintSheet, printClasses as classes, SignatureBlock } from './print-sheet';

type Pledge = NonNullable<PledgePrintQuery['pledge']>;

const upper = (s: string) => s.toLocaleUpperCase('vi-VN');

/** The pledge's text. Official wording: Vietnamese in both UI languages (see i18n/print.tsx). */
function PledgeDocument({ pledge }: { pledge: Pledge }) {
  const { t } = useTranslation('print');
  const lang = useLang();
  const area = areaName(pledge.unit.name);
  // The pledge's own paper, when recorded, names who issued it and its number.
  const paper = pledge.documents.find((d) => d.kind === 'PLEDGE');
  const issuer = paper ? issuerLines(paper.issuer) : issuerLines(`UBND ${area}`);
  const superior = paper && issuer.length === 1 ? [upper(`UBND ${area}`)] : undefined;
  const targets = [...pledge.targets].sort((a, b) => a.position - b.position);
  const heading = (key: 'partiesHeading' | 'targetsHeading' | 'implementationHeading', n: number) =>
    t(`doc.pledge.${key}`, { n: romanNumeral(n) });

  return (
    <PrintSheet lang={lang} testId="pledge-sheet">
      <DocumentHeader
        superior={superior}
        issuer={issuer}
        number={numberLine(paper?.numberSymbol)}
        motto={[t('doc.motto'), t('doc.mottoSub')]}
        placeDate={placeDateLine(area, pledge.signedOn)}
        testIdPrefix="pledge"
      />
      <DocumentTitle
        title={t(`doc.pledge.kindTitle.${pledge.kind}`)}
        subject={pledge.title}
        testId="pledge-print-title"
      />
      <p style={{ textAlign: 'center', fontStyle: 'italic', margin: '0 0 10pt' }} data-testid="pledge-period">
        {t('doc.pledge.period', { from: formatDateVi(pledge.periodFrom), to: formatDateVi(pledge.periodTo) })}
      </p>

      <section className={classes.body}>
        <p>{t('doc.pledge.intro', { date: administrativeDate(pledge.signedOn), unit: area })}</p>

        <div className={classes.section}>
          <p className={classes.sectionHeading}>{heading('partiesHeading', 1)}</p>
          {pledge.signatories.length === 0 ? (
            <p>{t('doc.pledge.noParties')}</p>
          ) : (
            <ul className={classes.list}>
              {pledge.signatories.map((s, i) => (
                <li key={s.id} data-testid="pledge-party">
                  {i + 1}.{' '}
                  {s.title
                    ? t('doc.pledge.partyTitled', {
                        organisation: s.organisation.name,
                        representative: s.representative,
                        title: s.title,
                      })
                    : t('doc.pledge.party', { organisation: s.organisation.name, representative: s.representative })}
                </li>
              ))}
            </ul>
          )}
        </div>

        <div className={classes.section} style={{ breakInside: 'auto' }}>
          <p className={classes.sectionHeading}>{heading('targetsHeading', 2)}</p>
          {targets.length === 0 ? (
            <p>{t('doc.pledge.noTargets')}</p>
          ) : (
            <table className={classes.table} data-testid="pledge-targets">
              <thead>
                <tr>
                  {(['index', 'indicator', 'direction', 'target', 'unit', 'weight', 'responsible'] as const).map(
                    (c) => (
                      <th scope="col" key={c}>
                        {t(`doc.pledge.col.${c}`)}
                      </th>
                    ),
                  )}
                </tr>
              </thead>
              <tbody>
                {targets.map((target, i) => (
                  <tr key={target.id} data-testid="pledge-print-target">
                    <td className={classes.num}>{i + 1}</td>
                    <td>{target.label}</td>
                    <td>{TARGET_DIRECTION_LABELS[target.direction as TargetDirection].vi}</td>
                    <td className={classes.num}>{documentNumber(target.target)}</td>
                    <td className={classes.num}>{unitOfMeasureText(target.unitOfMeasure, target.indicator)}</td>
                    <td className={classes.num}>{documentNumber(target.weight)}</td>
                    <td>{target.responsibleOrganisation.name}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>

        <div className={classes.section}>
          <p className={classes.sectionHeading}>{heading('implementationHeading', 3)}</p>
          <p>{t('doc.pledge.implementation')}</p>
        </div>
      </section>

      <div className={classes.signatures} data-testid="pledge-signatures">
        {pledge.signatories.map((s) => (
          <SignatureBlock
            key={s.id}
            lines={[t('doc.pledge.signerFor', { organisation: upper(s.organisation.name) })]}
            hint={t('doc.signHintSeal')}
            name={s.representative}
            testId="pledge-signer"
          />
        ))}
      </div>
    </PrintSheet>
  );
}

function PledgePrint() {
  const { t } = useTranslation('print');
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(PledgePrintDocument, { variables: { id } });
  const pledge = data?.pledge;
  return (
    <PrintFrame
      pageTitle={pledge?.title ?? t('chrome.pledge.pageTitle')}
      loading={loading && !data}
      error={!data ? error : undefined}
      notFound={!pledge}
      loadFailed={t('chrome.pledge.loadFailed')}
      onRetry={() => refetch()}
      closeTo={`/pledges/${encodeURIComponent(id)}`}
    >
      {() => pledge && <PledgeDocument pledge={pledge} />}
    </PrintFrame>
  );
}

/** `/print/pledges/:id`: a pledge with its parties, targets and one signature per party, on A4. */
export default function PledgePrintPage() {
  return (
    <PrintTexts fallback={<PageLoader fullPage />}>
      <PledgePrint />
    </PrintTexts>
  );
}
