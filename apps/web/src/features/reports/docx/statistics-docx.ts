import { AlignmentType, type Document } from 'docx';
import { REPORT_COLUMNS } from '../report-figures';
import type { StatisticsReportContent } from '../report-content';
import { docxFileName } from './file-name';
import { bodyParagraph, figuresTable, gap, text } from './document-blocks';
import { officialDocument, saveDocx } from './official-document';

/** The statistics report as a Word file: the same sentences and cells as the print page, "<3" included. */
export function statisticsDocx(c: StatisticsReportContent): Document {
  const numeric = [true, false, ...REPORT_COLUMNS.map(() => true)];
  const rows = c.rows.map((row, i) => [String(i + 1), row.label, ...row.cells]);
  return officialDocument(
    c.frame,
    [
      bodyParagraph(c.returnedSentence),
      bodyParagraph(c.caseloadSentence),
      text(c.tableCaption, { bold: true, align: AlignmentType.CENTER, after: 60 }),
      figuresTable(c.head, rows, numeric, [0.6, 3, 1, 1.2, 1.2, 1.2, 1.1]),
      gap(),
      bodyParagraph(c.asOfNote),
      ...(c.suppressedLegend ? [text(c.suppressedLegend, { italics: true, align: AlignmentType.JUSTIFIED })] : []),
    ],
    c.end,
  );
}

/** "bao-cao-thong-ke-2024-04.docx": the month the figures stand at. */
export const statisticsFileName = (asOf: string) => docxFileName('bao cao thong ke', asOf.slice(0, 7));

export const saveStatisticsDocx = (c: StatisticsReportContent, asOf: string) =>
  saveDocx(statisticsDocx(c), statisticsFileName(asOf));
