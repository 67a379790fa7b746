import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageLoader } from '../../../components/page-loader';
import { CommitteeDecisionPrintDocument } from '../../../gql/graphql';
import { PrintTexts } from '../../../i18n/print';
import { useLang } from '../../../i18n/use-lang';
import { type DecisionContent, decisionContent } from './decision-content';
import { PrintFrame } from './print-frame';
import {
  DocumentHeader,
  DocumentTitle,
  PrintSheet,
  printClasses as classes,
  Recipients,
  SignatureBlock,
  SignatureFooter,
} from './print-sheet';

/** The decision on paper, from the words it shares with the Word file (decision-content.ts). */
function Decision({ content }: { content: DecisionContent }) {
  const lang = useLang();
  const { frame, end } = content;
  const signer = end.signers[0];

  return (
    <PrintSheet lang={lang} testId="decision-sheet">
      <DocumentHeader
        issuer={frame.issuer}
        number={frame.number}
        motto={frame.motto}
        placeDate={frame.placeDate}
        testIdPrefix="decision"
      />
      <DocumentTitle title={frame.title} subject={frame.subject} testId="decision-title" />
      <p className={classes.decisionAuthority}>{content.authority}</p>

      <section className={classes.body} data-testid="decision-body">
        {content.bases.map((line) => (
          <p key={line}>{line}</p>
        ))}
        <p className={classes.decisionAuthority} style={{ textIndent: 0, textAlign: 'center' }}>
          {content.decides}
        </p>

        {content.articles.map((article, n) => (
          <div className={classes.article} data-testid={`decision-article-${n + 1}`} key={article.heading}>
            <p>
              <span className={classes.articleHeading}>{article.heading}</span> {article.text}
            </p>
            {article.members.length > 0 && (
              <ul className={classes.list}>
                {article.members.map((line) => (
                  <li key={line} data-testid="decision-member">
                    {line}
                  </li>
                ))}
              </ul>
            )}
          </div>
        ))}
      </section>

      <SignatureFooter
        recipients={end.recipients && <Recipients label={end.recipients.label} lines={end.recipients.lines} />}
        signer={
          signer && (
            <SignatureBlock lines={signer.lines} hint={signer.hint} name={signer.name} testId="decision-signer" />
          )
        }
      />
    </PrintSheet>
  );
}

function DecisionPrint() {
  const { t } = useTranslation('print');
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(CommitteeDecisionPrintDocument, { variables: { id } });
  const committee = data?.steeringCommittee;
  const content = committee && decisionContent(committee, t);
  return (
    <PrintFrame
      pageTitle={t('chrome.decision.pageTitle')}
      loading={loading && !data}
      error={!data ? error : undefined}
      notFound={!committee}
      loadFailed={t('chrome.decision.loadFailed')}
      onRetry={() => refetch()}
      closeTo="/model"
      saveDocx={
        content
          ? () => import('../docx/decision-docx').then((m) => m.saveDecisionDocx(content, committee.foundingDecision))
          : undefined
      }
    >
      {() => content && <Decision content={content} />}
    </PrintFrame>
  );
}

/** `/print/committees/:id/decision`: the decision founding a steering committee, as an A4 document. */
export default function DecisionPrintPage() {
  return (
    <PrintTexts fallback={<PageLoader fullPage />}>
      <DecisionPrint />
    </PrintTexts>
  );
}
