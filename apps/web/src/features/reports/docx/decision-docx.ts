import { AlignmentType, type Document, Paragraph, TextRun } from 'docx';
import type { DecisionContent } from '../print/decision-content';
import { docxFileName } from './file-name';
import { bodyParagraph, text } from './document-blocks';
import { officialDocument, saveDocx } from './official-document';

/** "Điều 1. Thành lập …": the heading bold, the text after it, as on the paper. */
const article = (heading: string, body: string) =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: 567 },
    spacing: { after: 120 },
    children: [new TextRun({ text: heading, bold: true }), new TextRun({ text: ` ${body}` })],
  });

/** The decision founding a steering committee as a Word file, worded as the print page. */
export function decisionDocx(c: DecisionContent): Document {
  return officialDocument(
    c.frame,
    [
      text(c.authority, { bold: true, align: AlignmentType.CENTER, after: 120 }),
      ...c.bases.map((line) => text(line, { italics: true, align: AlignmentType.JUSTIFIED, indent: true, after: 60 })),
      text(c.decides, { bold: true, align: AlignmentType.CENTER, after: 120 }),
      ...c.articles.flatMap((a) => [article(a.heading, a.text), ...a.members.map(bodyParagraph)]),
    ],
    c.end,
  );
}

/** "quyet-dinh-thanh-lap-ban-chi-dao-2024-04-18.docx": the decision's day. */
export const decisionFileName = (issuedOn: string) => docxFileName('quyet dinh thanh lap ban chi dao', issuedOn);

export const saveDecisionDocx = (c: DecisionContent, decision: { issuedOn: string }) =>
  saveDocx(decisionDocx(c), decisionFileName(decision.issuedOn));
