import { COMMITTEE_ROLE_LABELS, type CommitteeRole, DOCUMENT_KIND_LABELS, type DocumentKind } from '@hoanhap/shared';
import type { TFunction } from 'i18next';
import type { CommitteeDecisionPrintQuery } from '../../../gql/graphql';
import type { DocumentEnd, DocumentFrame } from '../docx/official-document';
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

export type Committee = NonNullable<CommitteeDecisionPrintQuery['steeringCommittee']>;
type ModelDocument = NonNullable<Committee['model']>['documents'][number];

export interface DecisionArticle {
  heading: string;
  text: string;
  /** Article 1's roster, one line per member. */
  members: string[];
}

/** Everything the founding decision says, once, for the print page and for the Word file alike. */
export interface DecisionContent {
  frame: DocumentFrame;
  /** "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG …", who decides. */
  authority: string;
  /** "Căn cứ …;" lines, then the proposal ("Xét đề nghị …"). */
  bases: string[];
  decides: string;
  articles: DecisionArticle[];
  end: DocumentEnd;
}

const latest = (docs: readonly ModelDocument[], kind: DocumentKind) =>
  docs.filter((d) => d.kind === kind).sort((a, b) => b.issuedOn.localeCompare(a.issuedOn))[0];

/** The decision's words from the committee. Official wording: Vietnamese in both UI languages. */
export function decisionContent(committee: Committee, t: TFunction<'print'>): DecisionContent {
  const decision = committee.foundingDecision;
  const area = issuerArea(decision.issuer) ?? areaName(committee.model?.unit.name ?? '');
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

  return {
    frame: {
      issuer: issuerLines(decision.issuer),
      number: numberLine(decision.numberSymbol),
      motto: [t('doc.motto'), t('doc.mottoSub')],
      placeDate: placeDateLine(area, decision.issuedOn),
      title: t('doc.decision.title'),
      subject: t('doc.decision.subject', { name: committee.name }),
    },
    authority: t('doc.decision.authority', { area: area.toLocaleUpperCase('vi-VN') }),
    bases: [
      t('doc.decision.basisLocalGovernment'),
      t('doc.decision.basisDecree49'),
      ...bases.map((d) => t('doc.decision.basisDocument', reference(d))),
      proposal ? t('doc.decision.proposal', reference(proposal)) : t('doc.decision.proposalDefault', { area }),
    ],
    decides: t('doc.decision.decides'),
    articles: [
      {
        heading: articleHeading(1),
        text: t(members.length > 0 ? 'doc.decision.article1' : 'doc.decision.article1Empty', { name: committee.name }),
        members: members.map((m, i) =>
          memberLine(
            i + 1,
            {
              personName: m.personName,
              title: m.title,
              roleLabel: COMMITTEE_ROLE_LABELS[m.role as CommitteeRole].vi,
              organisationName: m.organisation?.name,
            },
            i === members.length - 1,
          ),
        ),
      },
      {
        heading: articleHeading(2),
        text:
          rules && summary
            ? t('doc.decision.article2Rules', {
                number: rules.numberSymbol ?? '……',
                date: administrativeDate(rules.issuedOn),
                summary,
              })
            : t('doc.decision.article2Standard', { area }),
        members: [],
      },
      { heading: articleHeading(3), text: t('doc.decision.article3', { area }), members: [] },
    ],
    end: {
      recipients: { label: t('doc.recipients'), lines: t('doc.decision.recipientList', { area }) },
      signers: [
        {
          lines: [t('doc.decision.signerOnBehalf'), t('doc.decision.signerRole')],
          hint: t('doc.signHintSeal'),
          name: null,
        },
      ],
    },
  };
}
