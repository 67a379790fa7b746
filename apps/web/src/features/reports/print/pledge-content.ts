import { formatDateVi, TARGET_DIRECTION_LABELS, type TargetDirection } from '@hoanhap/shared';
import type { TFunction } from 'i18next';
import type { PledgePrintQuery } from '../../../gql/graphql';
import type { DocumentEnd, DocumentFrame } from '../docx/official-document';
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

export type Pledge = NonNullable<PledgePrintQuery['pledge']>;

/** The columns of the targets' table, in order. */
export const TARGET_COLUMNS = ['index', 'indicator', 'direction', 'target', 'unit', 'weight', 'responsible'] as const;
/** Which of them hold numbers (centred on paper). */
export const TARGET_NUMERIC = [true, false, false, true, true, true, false] as const;

/** Everything a pledge says, once, for the print page and for the Word file alike. */
export interface PledgeContent {
  frame: DocumentFrame;
  period: string;
  intro: string;
  partiesHeading: string;
  /** One line per party, numbered; empty when none has signed yet (then `noParties`). */
  parties: string[];
  noParties: string;
  targetsHeading: string;
  head: string[];
  /** The targets' cells, in the order of TARGET_COLUMNS; empty when none (then `noTargets`). */
  targets: string[][];
  noTargets: string;
  implementationHeading: string;
  implementation: string;
  /** One signature per party, side by side; no "Nơi nhận" on a pledge. */
  end: DocumentEnd;
}

const upper = (s: string) => s.toLocaleUpperCase('vi-VN');

/** The pledge's words. Official wording: Vietnamese in both UI languages (see i18n/print.tsx). */
export function pledgeContent(pledge: Pledge, t: TFunction<'print'>): PledgeContent {
  const area = areaName(pledge.unit.name);
  // The pledge's own paper, when recorded, names who issued it and its number.
  const paper = pledge.documents.find((d) => d.kind === 'PLEDGE');
  const issuer = paper ? issuerLines(paper.issuer) : issuerLines(`UBND ${area}`);
  const superior = paper && issuer.length === 1 ? [upper(`UBND ${area}`)] : undefined;
  const targets = [...pledge.targets].sort((a, b) => a.position - b.position);
  const heading = (key: 'partiesHeading' | 'targetsHeading' | 'implementationHeading', n: number) =>
    t(`doc.pledge.${key}`, { n: romanNumeral(n) });

  return {
    frame: {
      superior,
      issuer,
      number: numberLine(paper?.numberSymbol),
      motto: [t('doc.motto'), t('doc.mottoSub')],
      placeDate: placeDateLine(area, pledge.signedOn),
      title: t(`doc.pledge.kindTitle.${pledge.kind}`),
      subject: pledge.title,
    },
    period: t('doc.pledge.period', { from: formatDateVi(pledge.periodFrom), to: formatDateVi(pledge.periodTo) }),
    intro: t('doc.pledge.intro', { date: administrativeDate(pledge.signedOn), unit: area }),
    partiesHeading: heading('partiesHeading', 1),
    parties: pledge.signatories.map(
      (s, i) =>
        `${i + 1}. ${
          s.title
            ? t('doc.pledge.partyTitled', {
                organisation: s.organisation.name,
                representative: s.representative,
                title: s.title,
              })
            : t('doc.pledge.party', { organisation: s.organisation.name, representative: s.representative })
        }`,
    ),
    noParties: t('doc.pledge.noParties'),
    targetsHeading: heading('targetsHeading', 2),
    head: TARGET_COLUMNS.map((c) => t(`doc.pledge.col.${c}`)),
    targets: targets.map((target, i) => [
      String(i + 1),
      target.label,
      TARGET_DIRECTION_LABELS[target.direction as TargetDirection].vi,
      documentNumber(target.target),
      unitOfMeasureText(target.unitOfMeasure, target.indicator),
      documentNumber(target.weight),
      target.responsibleOrganisation.name,
    ]),
    noTargets: t('doc.pledge.noTargets'),
    implementationHeading: heading('implementationHeading', 3),
    implementation: t('doc.pledge.implementation'),
    end: {
      signers: pledge.signatories.map((s) => ({
        lines: [t('doc.pledge.signerFor', { organisation: upper(s.organisation.name) })],
        hint: t('doc.signHintSeal'),
        name: s.representative,
      })),
    },
  };
}
