import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

/*
 * The pieces an official document's body is made of, in the measures of Decree 30/2020/NĐ-CP
 * (appendix I): paragraphs, headings and tables within the text width of an A4 page.
 */

/** Millimetres to twips, rounded (the library's own conversion truncates: 20 mm would be 1133). */
export const mm = (value: number) => Math.round((value * 1440) / 25.4);
export const A4 = { width: mm(210), height: mm(297) };
export const PAGE_MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;
export const FONT = 'Times New Roman';
/** Sizes in points (Decree 30, appendix I: body 13–14, motto 13–14, issuer 12–13, recipients 11–12). */
export const PT = { body: 14, header: 13, recipients: 11, recipientsLabel: 12 } as const;
export const half = (pt: number) => pt * 2;

/** The width left for text on A4 with these margins, in twips (tables are laid out in it). */
export const TEXT_WIDTH = mm(210 - PAGE_MARGINS_MM.left - PAGE_MARGINS_MM.right);

export interface TextOptions {
  bold?: boolean;
  italics?: boolean;
  size?: number;
  align?: (typeof AlignmentType)[keyof typeof AlignmentType];
  /** First-line indent of a body paragraph, as on the paper (1 cm). */
  indent?: boolean;
  after?: number;
}

/** One paragraph of text; "\n" starts a new line inside it. */
export function text(value: string, o: TextOptions = {}): Paragraph {
  const lines = value.split('\n');
  return new Paragraph({
    alignment: o.align ?? AlignmentType.LEFT,
    indent: o.indent ? { firstLine: mm(10) } : undefined,
    spacing: { after: o.after ?? 0 },
    children: lines.map(
      (line, i) =>
        new TextRun({
          text: line,
          bold: o.bold,
          italics: o.italics,
          size: o.size && half(o.size),
          break: i > 0 ? 1 : 0,
        }),
    ),
  });
}

/** A paragraph of the body: justified, first line indented, a little space after. */
export const bodyParagraph = (value: string) =>
  text(value, { align: AlignmentType.JUSTIFIED, indent: true, after: 120 });

/** "I. THÔNG TIN NHÂN THÂN": a bold section heading. */
export const sectionHeading = (value: string) => text(value, { bold: true, after: 60 });

export const centred = (value: string, o: TextOptions = {}) => text(value, { align: AlignmentType.CENTER, ...o });

export const borderless = (children: Paragraph[], width: number) =>
  new TableCell({ children, width: { size: width, type: WidthType.DXA } });

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const GRID = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

/**
 * A table of figures with borders: a bold header row, numbers centred. `weights`: each column's
 * share of the width (equal when left out).
 */
export function figuresTable(
  head: string[],
  rows: string[][],
  numeric: readonly boolean[],
  weights: readonly number[] = head.map(() => 1),
): Table {
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((TEXT_WIDTH * w) / sum));
  const cell = (value: string, i: number, bold = false) =>
    new TableCell({
      children: [text(value, { bold, align: bold || numeric[i] ? AlignmentType.CENTER : AlignmentType.LEFT })],
      width: { size: widths[i] ?? 0, type: WidthType.DXA },
      margins: { left: 80, right: 80, top: 40, bottom: 40 },
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    borders: GRID,
    rows: [
      new TableRow({ tableHeader: true, children: head.map((h, i) => cell(h, i, true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((v, i) => cell(v, i)) })),
    ],
  });
}

/** One "label: value" line; a value may be bold (a name) or italic (a value not shown to this reader). */
export interface FieldLine {
  label: string;
  value: string;
  bold?: boolean;
  italics?: boolean;
}

/** "Label: value" lines laid out as a borderless two-column table (the information sheet's fields). */
export function fieldsTable(rows: FieldLine[]): Table {
  const labelWidth = Math.round(TEXT_WIDTH * 0.38);
  const valueWidth = TEXT_WIDTH - labelWidth;
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [labelWidth, valueWidth],
    borders: TableBorders.NONE,
    rows: rows.map(
      (row) =>
        new TableRow({
          children: [
            borderless([text(`${row.label}:`)], labelWidth),
            borderless(
              [text(row.value, { bold: row.bold, italics: row.italics, align: AlignmentType.JUSTIFIED })],
              valueWidth,
            ),
          ],
        }),
    ),
  });
}

/** A spacer between blocks (Word needs a paragraph between two tables anyway). */
export const gap = () => text('', { after: 120 });
