import { formatDateVi, type ImportCell, type ImportField } from '@hoanhap/shared';
import { readSheetRows, sheetKind, UnreadableSheet } from '../../common/sheet-reader.js';
import { badInput } from '../../common/errors.js';
import { findLayout, headersOf, isBlankRow, readRow, suggestedLayout } from './import-rows.js';
import { IMPORT_MAX_ROWS } from './import-run.js';

/** Data rows the preview shows. */
const PREVIEW_ROWS = 20;

export interface ImportPreview {
  fileName: string;
  /** The header row (1-based): as asked, else found; null when none names the people. */
  headerRow: number | null;
  /** Data rows after the header row (blank rows aside). */
  rowsTotal: number;
  columns: Array<{ index: number; header: string; suggested: ImportField | null }>;
  rows: Array<{ number: number; cells: Array<string | null>; problems: Array<{ column: number; reason: string }> }>;
}

/**
 * What the import will see in a file before anything is queued: the header row, each column's
 * suggested field and the first rows with the problems of their cells, so the person importing can
 * correct the mapping (or the file) first. Nothing is stored.
 */
export async function previewImport(
  fileName: string,
  content: Buffer,
  headerRow: number | null,
): Promise<ImportPreview> {
  const kind = sheetKind(fileName);
  if (!kind) throw badInput('file', 'NOT_ALLOWED.importFileType');
  if (content.length === 0) throw badInput('file', 'REQUIRED.importFile');
  let rows: ImportCell[][];
  try {
    rows = await readSheetRows(content, kind, IMPORT_MAX_ROWS + 10);
  } catch (error) {
    if (error instanceof UnreadableSheet) throw badInput('file', 'UNREADABLE.importFile');
    throw error;
  }
  const layout = headerRow !== null ? suggestedLayout(rows, headerRow - 1) : findLayout(rows);
  // Without a header row found, the first row with anything in it is offered as one.
  const fallback = rows.findIndex((row) => !isBlankRow(row));
  const headers = layout?.headers ?? headersOf(rows[fallback]);
  const data = rows
    .map((cells, index) => ({ cells, number: index + 1 }))
    .slice((layout?.headerRow ?? fallback) + 1)
    .filter((row) => !isBlankRow(row.cells));
  return {
    fileName,
    headerRow: layout ? layout.headerRow + 1 : null,
    rowsTotal: data.length,
    columns: headers.map((header, index) => ({ index, header, suggested: layout?.fields[index] ?? null })),
    rows: data.slice(0, PREVIEW_ROWS).map((row) => ({
      number: row.number,
      cells: headers.map((_, index) => shown(row.cells[index] ?? null)),
      problems: layout ? readRow(layout, row.cells).problems.map(({ column, reason }) => ({ column, reason })) : [],
    })),
  };
}

/** A cell as the person sees it in their sheet: dates dd/MM/yyyy. */
function shown(cell: ImportCell): string | null {
  if (cell === null) return null;
  if (cell instanceof Date) return formatDateVi(cell.toISOString().slice(0, 10));
  return String(cell);
}
