import {
  BorderStyle,
  Document,
  type FileChild,
  Packer,
  Paragraph,
  Table,
  TableBorders,
  TableRow,
  WidthType,
} from 'docx';
import { A4, borderless, centred, FONT, gap, half, mm, PAGE_MARGINS_MM, PT, TEXT_WIDTH, text } from './document-blocks';

/*
 * The frame every official document shares as a Word file, after Decree 30/2020/NĐ-CP (appendix I):
 * A4 portrait, margins top and bottom 20 mm, left 30 mm, right 15 mm; Times New Roman, body 14 pt;
 * the issuing body on the left and the national motto on the right, each with a short rule under
 * it; the number and symbol under the issuer, the place and date under the motto; the title;
 * "Nơi nhận" bottom left and the signature bottom right. Each document brings its own texts, as the
 * print pages do (print-sheet.tsx), so the file says what the paper says.
 *
 * The `docx` library stays at 9.7.1: from 9.7.2 it depends on nanoid 6, which declares Node ≥ 22,
 * and the strict engines check would refuse the install on Node 20. Every module under docx/ is
 * reached only by a dynamic import from a button, so the library loads when a file is asked for.
 */

export interface DocumentFrame {
  /** The superior body (cơ quan chủ quản), when the issuer has one to name. */
  superior?: string[];
  /** The issuing body, one line each, in capitals. */
  issuer: string[];
  /** "Số: 58/QĐ-UBND"; left out on papers without a number. */
  number?: string;
  motto: [string, string];
  placeDate?: string;
  title: string;
  subject?: string;
}

export interface Signer {
  /** "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH": bold capitals. */
  lines: string[];
  hint?: string;
  /** As on the print page: null leaves room and no name, undefined leaves neither. */
  name?: string | null;
}

export interface DocumentEnd {
  recipients?: { label: string; lines: string };
  signers: Signer[];
}

/** A short centred rule under the issuer and under the motto, as long as a third of the column. */
function rule(): Paragraph {
  const inset = Math.round(TEXT_WIDTH / 2 / 3);
  return new Paragraph({
    indent: { left: inset, right: inset },
    spacing: { after: 60 },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
  });
}

/** Issuer on the left (2/5), motto on the right (3/5), as one borderless table. */
function header(f: DocumentFrame): Table {
  const left = Math.round(TEXT_WIDTH * 0.42);
  const right = TEXT_WIDTH - left;
  const issuerCell = [
    ...(f.superior ?? []).map((line) => centred(line, { size: PT.header })),
    ...f.issuer.map((line) => centred(line, { size: PT.header, bold: true })),
    rule(),
    ...(f.number ? [centred(f.number, { size: PT.header })] : []),
  ];
  const mottoCell = [
    centred(f.motto[0], { size: PT.header, bold: true }),
    centred(f.motto[1], { size: PT.body, bold: true }),
    rule(),
    ...(f.placeDate ? [centred(f.placeDate, { italics: true })] : []),
  ];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, right],
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: [borderless(issuerCell, left), borderless(mottoCell, right)] })],
  });
}

function signerBlock(s: Signer): Paragraph[] {
  return [
    ...s.lines.map((line) => centred(line, { bold: true })),
    ...(s.hint ? [centred(s.hint, { italics: true })] : []),
    // Room for the signature and the seal, then the name (or a line to write it on).
    ...(s.name !== undefined ? [centred('\n\n\n'), centred(s.name ?? '', { bold: true })] : []),
  ];
}

function recipientsBlock(r: DocumentEnd['recipients']): Paragraph[] {
  if (!r) return [text('')];
  return [
    text(r.label, { bold: true, italics: true, size: PT.recipientsLabel }),
    text(r.lines, { size: PT.recipients }),
  ];
}

/**
 * The end of the document: with recipients, "Nơi nhận" on the left and one signer on the right;
 * without, the signers side by side (a pledge's parties, the sheet's maker and head).
 */
function documentEnd(end: DocumentEnd): Table {
  const columns: Paragraph[][] = end.recipients
    ? [recipientsBlock(end.recipients), ...end.signers.map(signerBlock)]
    : end.signers.map(signerBlock);
  const perRow = 2;
  const width = Math.floor(TEXT_WIDTH / perRow);
  const rows: TableRow[] = [];
  for (let i = 0; i < columns.length; i += perRow) {
    const cells = columns.slice(i, i + perRow);
    while (cells.length < perRow) cells.push([text('')]);
    rows.push(new TableRow({ cantSplit: true, children: cells.map((c) => borderless(c, width)) }));
  }
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: Array(perRow).fill(width),
    borders: TableBorders.NONE,
    rows,
  });
}

/**
 * An official document: the frame around the body, on A4 with the decree's margins and font.
 * `after`: what follows the signatures (the information sheet's confidentiality note).
 */
export function officialDocument(
  frame: DocumentFrame,
  body: FileChild[],
  end: DocumentEnd,
  after: FileChild[] = [],
): Document {
  return new Document({
    creator: 'Hòa Nhập',
    title: frame.title,
    styles: { default: { document: { run: { font: FONT, size: half(PT.body) } } } },
    sections: [
      {
        properties: {
          page: {
            size: A4,
            margin: {
              top: mm(PAGE_MARGINS_MM.top),
              bottom: mm(PAGE_MARGINS_MM.bottom),
              left: mm(PAGE_MARGINS_MM.left),
              right: mm(PAGE_MARGINS_MM.right),
            },
          },
        },
        children: [
          header(frame),
          gap(),
          centred(frame.title, { bold: true }),
          ...(frame.subject ? [centred(frame.subject, { bold: true })] : []),
          rule(),
          ...body,
          gap(),
          documentEnd(end),
          ...after,
        ],
      },
    ],
  });
}

/** The file's bytes, for a download (and for tests, which unzip it). */
export const docxBlob = (document: Document) => Packer.toBlob(document);

/** Hands the document to the browser as a download named `fileName`. */
export async function saveDocx(document: Document, fileName: string): Promise<void> {
  const url = URL.createObjectURL(await docxBlob(document));
  const link = window.document.createElement('a');
  link.href = url;
  link.download = fileName;
  window.document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled, or some browsers cancel the download.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
