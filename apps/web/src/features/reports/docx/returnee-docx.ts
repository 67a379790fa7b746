import type { Document, FileChild } from 'docx';
import type { ReturneeSheetContent } from '../print/returnee-sheet-content';
import type { SheetBlock } from '../print/returnee-sheet-words';
import { docxFileName } from './file-name';
import { bodyParagraph, fieldsTable, figuresTable, sectionHeading, text } from './document-blocks';
import { officialDocument, saveDocx } from './official-document';

function block(b: SheetBlock): FileChild[] {
  switch (b.kind) {
    case 'fields':
      return [fieldsTable(b.rows.map((r) => ({ label: r.label, value: r.value, bold: r.strong, italics: r.hidden })))];
    case 'list':
      return b.items.map(bodyParagraph);
    case 'table':
      return [figuresTable(b.head, b.rows, b.numeric, [2, 2, 1.6, 1.2, 1.2])];
    case 'text':
      return [text(b.text, { italics: b.hidden, after: 60 })];
  }
}

/**
 * A person's information sheet (HCD-02) as a Word file: the sections of the print page, with the
 * sensitive parts only as the API gave them to this reader (a value not given reads "not shown").
 */
export function returneeDocx(c: ReturneeSheetContent): Document {
  return officialDocument(
    c.frame,
    c.sections.flatMap((s) => [sectionHeading(s.heading), ...block(s.block), text('', { after: 60 })]),
    c.end,
    [text(c.confidential, { italics: true, size: 12 })],
  );
}

/**
 * "phieu-thong-tin-hcd-02-2026-06-15.docx": the form and the day it was made. No name: a file name
 * travels in mail and folder listings where the person's name has no business.
 */
export const returneeFileName = (madeOn: string) => docxFileName('phieu thong tin HCD-02', madeOn);

export const saveReturneeDocx = (c: ReturneeSheetContent, madeOn: string) =>
  saveDocx(returneeDocx(c), returneeFileName(madeOn));
