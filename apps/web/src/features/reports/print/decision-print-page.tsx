import { useQuery } from '@apollo/client/react';
import { COMMITTEE_ROLE_LABELS, DOCUMENT_KIND_LABELS, type CommitteeRole, type DocumentKind } from '@hoanhap/shared';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageLoader } from '../../../components/page-loader';
import { CommitteeDecisionPrintDocument, type CommitteeDecisionPrintQuery } from '../../../gql/graphql';
import { PrintTexts } from '../../../i18n/print';
import { useLang } from '../../../i18n/use-lang';
import {
  administrativeDate,
  areaName,
  articleHeading,
  byCommitteeRole,
  foundingMembers,
  issuerArea,
  issuerLines,
  memberLine,
  numberLine,
  placeDateLine,
} from './document-text';
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

type Committee = NonNullable<CommitteeDecisionPrintQuery['steeringCommittee']>;
type ModelDocument = NonNullable<Committee['model']>['documents'][number];

const latest = (docs: readonly ModelDocument[], kind: DocumentKind) =>
  docs.filter((d) => d.kind === kind).sort((a, b) => b.issuedOn.localeCompare(a.issuedOn))[0];

/** The decision's text. Official wording: Vietnamese in both UI languages (see i18n/print.tsx). */
function Decision({ committee }: { committee: Committee }) {
  const { t } = useTranslation('print');
  const lang = useLang();
  const decision = committee.foundingDecision;
  const area = issuerArea(decision.issuer) ?? areaName(committee.model?.unit.name ?? '');
  const upperArea = area.toLocaleUpperCase('vi-VN');
  const docs = committee.model?.documents ?? [];
  const reference = (d: ModelDocument) => ({
    kind: DOCUMENT_KIND_LABELS[d.kind as DocumentKind].vi,
    number: d.numberSymbol ?? '……',
    date: administrativeDate(d.issuedOn),
    issuer: d.issuer,
  });
  // Only what came before the decision can be its basis.
  const earlier = docs.filter((d) => d.issuedOn <= decision.issuedOn && d.id !== decision.id);
  const bases = (['RESOLUTION', 'PLAN'] as DocumentKind[])
    .map((kind) => latest(earlier, kind))
    .filter((d): d is ModelDocument => !!d);
  const proposal = latest(earlier, 'REPORT' as DocumentKind);

  // ISO dates sort as text: the later of the decision's day and the term's first day.
  const seatedOn = [decision.issuedOn, committee.termFrom].sort()[1] ?? decision.issuedOn;
  const members = byCommitteeRole(foundingMembers(committee.history, seatedOn));
  const rules = committee.operatingRules;
  const summary = rules?.summary?.trim();

  return (
    <PrintSheet lang={lang} testId="decision-sheet">
      <DocumentHeader
        issuer={issuerLines(decision.issuer)}
        number={numberLine(decision.numberSymbol)}
        motto={[t('doc.motto'), t('doc.mottoSub')]}
        placeDate={placeDateLine(area, decision.issuedOn)}
        testIdPrefix="decision"
      />
      <DocumentTitle
        title={t('doc.decision.title')}
        subject={t('doc.decision.subject', { name: committee.name })}
        testId="decision-title"
      />
      <p className={classes.decisionAuthority}>{t('doc.decision.authority', { area: upperArea })}</p>

      <section className={classes.body} data-testid="decision-body">
        <p>{t('doc.decision.basisLocalGovernment')}</p>
        <p>{t('doc.decision.basisDecree49')}</p>
        {bases.map((d) => (
          <p key={d.id}>{t('doc.decision.basisDocument', reference(d))}</p>
        ))}
        <p>
          {proposal ? t('doc.decision.proposal', reference(proposal)) : t('doc.decision.proposalDefault', { area })}
        </p>
        <p className={classes.decisionAuthority} style={{ textIndent: 0, textAlign: 'center' }}>
          {t('doc.decision.decides')}
        </p>

        <div className={classes.article} data-testid="decision-article-1">
          <p>
            <span className={classes.articleHeading}>{articleHeading(1)}</span>{' '}
            {t(members.length > 0 ? 'doc.decision.article1' : 'doc.decision.article1Empty', { name: committee.name })}
          </p>
          {members.length > 0 && (
            <ul className={classes.list}>
              {members.map((m, i) => (
                <li key={m.id} data-testid="decision-member">
                  {memberLine(
                    i + 1,
                    {
                      personName: m.personName,
                      title: m.title,
                      roleLabel: COMMITTEE_ROLE_LABELS[m.role as CommitteeRole].vi,
                      organisationName: m.organisation?.name,
                    },
                    i === members.length - 1,
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className={classes.article} data-testid="decision-article-2">
          <p>
            <span className={classes.articleHeading}>{articleHeading(2)}</span>{' '}
            {rules && summary
              ? t('doc.decision.article2Rules', {
                  number: rules.numberSymbol ?? '……',
                  date: administrativeDate(rules.issuedOn),
                  summary,
                })
              : t('doc.decision.article2Standard', { area })}
          </p>
        </div>
        <div className={classes.article} data-testid="decision-article-3">
          <p>
            <span className={classes.articleHeading}>{articleHeading(3)}</span> {t('doc.decision.article3', { area })}
          </p>
        </div>
      </section>

      <SignatureFooter
        recipients={<Recipients label={t('doc.recipients')} lines={t('doc.decision.recipientList', { area })} />}
        signer={
          <SignatureBlock
            lines={[t('doc.decision.signerOnBehalf'), t('doc.decision.signerRole')]}
            hint={t('doc.signHintSeal')}
            name={null}
            testId="decision-signer"
          />
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
  return (
    <PrintFrame
      pageTitle={t('chrome.decision.pageTitle')}
      loading={loading && !data}
      error={!data ? error : undefined}
      notFound={!committee}
      loadFailed={t('chrome.decision.loadFailed')}
      onRetry={() => refetch()}
      closeTo="/model"
    >
      {() => committee && <Decision committee={committee} />}
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
