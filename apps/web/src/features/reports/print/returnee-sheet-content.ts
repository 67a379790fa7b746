import { todayInVietnam } from '@hoanhap/shared';
import type { TFunction } from 'i18next';
import type { DocumentEnd, DocumentFrame } from '../docx/official-document';
import { placeDateLine, romanNumeral } from './document-text';
import { employmentSection, forecastSection, helpersSection, supportSection } from './returnee-sheet-care';
import { caseSection, convictionsSection, identitySection, releaseSection } from './returnee-sheet-record';
import type { Person, SheetSection, SheetWords } from './returnee-sheet-words';

/** Everything the information sheet (HCD-02) says, once, for the print page and the Word file alike. */
export interface ReturneeSheetContent {
  frame: DocumentFrame;
  sections: SheetSection[];
  end: DocumentEnd;
  confidential: string;
}

const SECTIONS = [
  identitySection,
  caseSection,
  convictionsSection,
  releaseSection,
  helpersSection,
  employmentSection,
  supportSection,
  forecastSection,
];

/**
 * The sheet's words. Official wording: Vietnamese in both UI languages (see i18n/print.tsx).
 * `shown`: whether the API gave this reader the person's sensitive fields (sensitive-fields.ts).
 */
export function returneeSheetContent(person: Person, shown: boolean, t: TFunction<'print'>): ReturneeSheetContent {
  const words: SheetWords = {
    person,
    shown,
    t,
    f: (key) => t(`doc.returnee.field.${key}`),
    hidden: t('doc.hidden'),
  };
  return {
    frame: {
      issuer: [t('doc.returnee.issuer', { unit: person.unit.name.toLocaleUpperCase('vi-VN') })],
      motto: [t('doc.motto'), t('doc.mottoSub')],
      placeDate: placeDateLine(person.unit.name, todayInVietnam()),
      title: t('doc.returnee.title'),
    },
    sections: SECTIONS.map((section, i) => {
      const { title, block } = section(words);
      return { heading: `${romanNumeral(i + 1)}. ${title}`, block };
    }),
    end: {
      signers: [
        { lines: [t('doc.returnee.makerRole')], hint: t('doc.signHint'), name: null },
        { lines: [t('doc.returnee.headRole')], hint: t('doc.signHintSeal'), name: null },
      ],
    },
    confidential: t('doc.returnee.confidential'),
  };
}
