import { AlignmentType, type Document } from 'docx';
import { TARGET_NUMERIC } from '../print/pledge-content';
import type { PledgeContent } from '../print/pledge-content';
import { docxFileName } from './file-name';
import { bodyParagraph, figuresTable, gap, sectionHeading, text } from './document-blocks';
import { officialDocument, saveDocx } from './official-document';

/** A pledge as a Word file: its parties, the targets' table and one signature per party, as printed. */
export function pledgeDocx(c: PledgeContent): Document {
  return officialDocument(
    c.frame,
    [
      text(c.period, { italics: true, align: AlignmentType.CENTER, after: 120 }),
      bodyParagraph(c.intro),
      sectionHeading(c.partiesHeading),
      ...(c.parties.length === 0 ? [bodyParagraph(c.noParties)] : c.parties.map(bodyParagraph)),
      sectionHeading(c.targetsHeading),
      ...(c.targets.length === 0
        ? [bodyParagraph(c.noTargets)]
        : [figuresTable(c.head, c.targets, TARGET_NUMERIC, [0.5, 3, 1, 0.8, 1.1, 0.9, 2]), gap()]),
      sectionHeading(c.implementationHeading),
      bodyParagraph(c.implementation),
    ],
    c.end,
  );
}

/** "ban-giao-uoc-thi-dua-2024-04-18.docx": the kind of pledge and the day it was signed. */
export const pledgeFileName = (title: string, signedOn: string) => docxFileName(title, signedOn);

export const savePledgeDocx = (c: PledgeContent, pledge: { signedOn: string }) =>
  saveDocx(pledgeDocx(c), pledgeFileName(c.frame.title, pledge.signedOn));
