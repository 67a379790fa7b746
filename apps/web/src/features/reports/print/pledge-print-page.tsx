import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageLoader } from '../../../components/page-loader';
import { PledgePrintDocument } from '../../../gql/graphql';
import { PrintTexts } from '../../../i18n/print';
import { useLang } from '../../../i18n/use-lang';
import { type PledgeContent, pledgeContent, TARGET_COLUMNS, TARGET_NUMERIC } from './pledge-content';
import { PrintFrame } from './print-frame';
import { DocumentHeader, DocumentTitle, PrintSheet, printClasses as classes, SignatureBlock } from './print-sheet';

/** The pledge on paper, from the words it shares with the Word file (pledge-content.ts). */
function PledgeDocument({ content }: { content: PledgeContent }) {
  const lang = useLang();
  const { frame } = content;

  return (
    <PrintSheet lang={lang} testId="pledge-sheet">
      <DocumentHeader
        superior={frame.superior}
        issuer={frame.issuer}
        number={frame.number}
        motto={frame.motto}
        placeDate={frame.placeDate}
        testIdPrefix="pledge"
      />
      <DocumentTitle title={frame.title} subject={frame.subject} testId="pledge-print-title" />
      <p style={{ textAlign: 'center', fontStyle: 'italic', margin: '0 0 10pt' }} data-testid="pledge-period">
        {content.period}
      </p>

      <section className={classes.body}>
        <p>{content.intro}</p>

        <div className={classes.section}>
          <p className={classes.sectionHeading}>{content.partiesHeading}</p>
          {content.parties.length === 0 ? (
            <p>{content.noParties}</p>
          ) : (
            <ul className={classes.list}>
              {content.parties.map((line) => (
                <li key={line} data-testid="pledge-party">
                  {line}
                </li>
              ))}
            </ul>
          )}
        </div>

        <div className={classes.section} style={{ breakInside: 'auto' }}>
          <p className={classes.sectionHeading}>{content.targetsHeading}</p>
          {content.targets.length === 0 ? (
            <p>{content.noTargets}</p>
          ) : (
            <table className={classes.table} data-testid="pledge-targets">
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
                {content.targets.map((cells) => (
                  <tr key={cells[0]} data-testid="pledge-print-target">
                    {cells.map((cell, i) => (
                      <td className={TARGET_NUMERIC[i] ? classes.num : undefined} key={TARGET_COLUMNS[i]}>
                        {cell}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>

        <div className={classes.section}>
          <p className={classes.sectionHeading}>{content.implementationHeading}</p>
          <p>{content.implementation}</p>
        </div>
      </section>

      <div className={classes.signatures} data-testid="pledge-signatures">
        {content.end.signers.map((s) => (
          <SignatureBlock
            key={`${s.lines.join(' ')} ${s.name}`}
            lines={s.lines}
            hint={s.hint}
            name={s.name}
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
  const content = pledge && pledgeContent(pledge, t);
  return (
    <PrintFrame
      pageTitle={pledge?.title ?? t('chrome.pledge.pageTitle')}
      loading={loading && !data}
      error={!data ? error : undefined}
      notFound={!pledge}
      loadFailed={t('chrome.pledge.loadFailed')}
      onRetry={() => refetch()}
      closeTo={`/pledges/${encodeURIComponent(id)}`}
      saveDocx={
        content ? () => import('../docx/pledge-docx').then((m) => m.savePledgeDocx(content, pledge)) : undefined
      }
    >
      {() => content && <PledgeDocument content={content} />}
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
