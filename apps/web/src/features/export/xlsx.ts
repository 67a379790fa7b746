/** A spreadsheet column: its header and how a row becomes a cell. */
export interface ExportColumn<Row> {
  header: string;
  /** Text, a number, or a date given as YYYY-MM-DD (written as a real date shown dd/MM/yyyy). */
  value: (row: Row) => string | number | null | undefined;
  kind?: 'text' | 'number' | 'date';
  /** Width in characters. */
  width?: number;
  /** A spreadsheet number format for numbers, e.g. `0.0%`; whole numbers with separators by default. */
  format?: string;
}

type Cell = {
  value: string | number | Date;
  type?: DateConstructor | NumberConstructor;
  format?: string;
  fontWeight?: 'bold';
} | null;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** One cell; dates become spreadsheet dates so they sort and filter as dates. */
export function toCell<Row>(column: ExportColumn<Row>, row: Row): Cell {
  const value = column.value(row);
  if (value === null || value === undefined || value === '') return null;
  if (column.kind === 'date' && typeof value === 'string') {
    const [, year, month, day] = ISO_DATE.exec(value) ?? [];
    if (year && month && day) {
      return { value: new Date(Date.UTC(+year, +month - 1, +day)), type: Date, format: 'dd/mm/yyyy' };
    }
  }
  if (column.kind === 'number' && typeof value === 'number') {
    return { value, type: Number, format: column.format ?? '#,##0' };
  }
  return { value: typeof value === 'number' ? value : String(value) };
}

/** The header row in bold, then one row per record. */
export function toSheetData<Row>(rows: readonly Row[], columns: readonly ExportColumn<Row>[]): Cell[][] {
  return [
    columns.map((column) => ({ value: column.header, fontWeight: 'bold' as const })),
    ...rows.map((row) => columns.map((column) => toCell(column, row))),
  ];
}

/** `returnees-2026-11-29.xlsx`: what the list is and the day it was taken. */
export function exportFileName(stem: string, today = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${stem}-${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}.xlsx`;
}

/**
 * Writes the rows to an .xlsx file and hands it to the browser as a download. The spreadsheet
 * library is fetched only now, so no page carries it until somebody exports.
 */
export async function downloadXlsx<Row>(
  rows: readonly Row[],
  columns: readonly ExportColumn<Row>[],
  options: { fileName: string; sheet: string },
): Promise<void> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  await writeXlsxFile(toSheetData(rows, columns), {
    sheet: options.sheet.slice(0, 31),
    columns: columns.map((column) => ({ width: column.width ?? 18 })),
    stickyRowsCount: 1,
  }).toFile(options.fileName);
}

/** The names of the filters that hold a value (never the values: they may name a person). */
export function filterNames(filter: object | null | undefined): string[] {
  return Object.entries(filter ?? {})
    .filter(
      ([, value]) =>
        value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0),
    )
    .map(([name]) => name);
}
