import { Readable } from 'node:stream';
import type { ImportCell } from '@hoanhap/shared';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { decodeText } from './legacy-text.js';

/*
 * Rows of an uploaded spreadsheet, whatever it was made with: .xlsx read by ExcelJS's streaming
 * reader (the workbook's object model is never built), .csv by Papa Parse after its encoding is
 * found. Cells come back as values only: a formula gives its last computed result and is never
 * evaluated; a merged area gives its value in its first cell only.
 */

/** Why a file cannot be read, as a reason code the import reports. */
export class UnreadableSheet extends Error {}

export type SheetKind = 'xlsx' | 'csv';

/** The kind of a file by its name, or null for anything else. */
export function sheetKind(fileName: string): SheetKind | null {
  const extension = fileName.toLowerCase().split('.').pop();
  return extension === 'xlsx' ? 'xlsx' : extension === 'csv' ? 'csv' : null;
}

/** The rows of the file's first sheet, at most `maxRows` (+1, so "too many" can be told). */
export async function readSheetRows(content: Buffer, kind: SheetKind, maxRows: number): Promise<ImportCell[][]> {
  return kind === 'csv' ? readCsv(content, maxRows) : readXlsx(content, maxRows);
}

/**
 * ExcelJS's streaming reader now and then loses a small part of the zip (the workbook's own list of
 * sheets, in a file of a few rows) and fails on a sound file; the file is in memory, so a failed or
 * empty reading is tried again before the file is called damaged.
 */
const XLSX_READINGS = 3;

async function readXlsx(content: Buffer, maxRows: number): Promise<ImportCell[][]> {
  // A .xlsx is a zip file: anything else is refused before the reader sees it.
  if (content.subarray(0, 4).toString('binary') !== 'PK\u0003\u0004') throw new UnreadableSheet('NOT_XLSX');
  let rows: ImportCell[][] | null = null;
  for (let reading = 1; reading <= XLSX_READINGS && !rows?.length; reading++) {
    rows = await readXlsxOnce(content, maxRows).catch(() => null);
  }
  if (!rows) throw new UnreadableSheet('DAMAGED');
  // Rows the file leaves out (empty ones) are empty, not holes.
  return Array.from(rows, (row) => row ?? []);
}

async function readXlsxOnce(content: Buffer, maxRows: number): Promise<ImportCell[][]> {
  const rows: ImportCell[][] = [];
  // Set once every row wanted has been read: leaving the reader early (the first sheet only, or
  // too many rows) can make it complain about the rest of the zip, which says nothing of the rows.
  let read = false;
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(content), {
      sharedStrings: 'cache',
      styles: 'cache',
      hyperlinks: 'ignore',
      worksheets: 'emit',
    });
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const values = (row.values as ExcelJS.CellValue[]).slice(1);
        rows[row.number - 1] = values.map(cellValue);
        if (rows.length > maxRows + 1) break;
      }
      read = true;
      break; // the first sheet only
    }
  } catch (error) {
    if (!read) throw error;
  }
  return rows;
}

function cellValue(value: ExcelJS.CellValue | undefined): ImportCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('result' in value) return cellValue(value.result as ExcelJS.CellValue); // a formula: its value, never itself
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return cellValue(value.text as ExcelJS.CellValue);
    if ('error' in value) return null;
  }
  return null;
}

function readCsv(content: Buffer, maxRows: number): ImportCell[][] {
  const parsed = Papa.parse<string[]>(decodeText(content), { skipEmptyLines: false, preview: maxRows + 2 });
  return parsed.data.map((row) => row.map((cell) => (cell === '' ? null : cell)));
}
