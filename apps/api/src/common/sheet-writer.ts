import { PassThrough } from 'node:stream';
import { ExportFormat, formatDateVi } from '@hoanhap/shared';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';

/** A spreadsheet column: its header and how a row becomes a cell. */
export interface SheetColumn<Row> {
  header: string;
  value: (row: Row) => string | number | Date | null | undefined;
  /**
   * text (default); number; date: a civil date `YYYY-MM-DD`, written as a real date shown
   * dd/MM/yyyy; datetime: an instant, shown in Việt Nam time.
   */
  kind?: 'text' | 'number' | 'date' | 'datetime';
  /** Width in characters. */
  width?: number;
  /** A number format for numbers, e.g. `0.0%`. */
  format?: string;
}

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const FORMATS = { date: 'dd/mm/yyyy', datetime: 'dd/mm/yyyy hh:mm' } as const;

/**
 * An .xlsx written as rows come (ExcelJS's streaming writer: each row is committed and leaves
 * memory), so a list of a hundred thousand rows costs its file, not its rows. The header row is
 * bold and frozen. Text stays text: nothing in a cell is ever written as a formula.
 */
export class SheetWriter<Row> implements TableWriter<Row> {
  private readonly chunks: Buffer[] = [];
  private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly sheet: ExcelJS.Worksheet;
  private readonly done: Promise<void>;

  constructor(
    sheetName: string,
    private readonly columns: readonly SheetColumn<Row>[],
    /** Text that a spreadsheet would take for a formula gets a leading apostrophe (files that held others' cells). */
    private readonly neutralise = false,
  ) {
    const stream = new PassThrough();
    stream.on('data', (chunk: Buffer) => this.chunks.push(chunk));
    this.done = new Promise((resolve, reject) => {
      stream.on('end', resolve);
      stream.on('error', reject);
    });
    this.workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
    this.sheet = this.workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    this.sheet.columns = columns.map((column, index) => ({
      key: String(index),
      header: column.header,
      width: column.width ?? 16,
      style: column.format
        ? { numFmt: column.format }
        : column.kind && column.kind in FORMATS
          ? { numFmt: FORMATS[column.kind as keyof typeof FORMATS] }
          : {},
    }));
    this.sheet.getRow(1).font = { bold: true };
  }

  add(rows: readonly Row[]): void {
    for (const row of rows) {
      const cells = this.columns.map((column) => cell(column, row));
      this.sheet.addRow(this.neutralise ? cells.map(neutralised) : cells).commit();
    }
  }

  /** Ends the sheet and the workbook: the whole file. */
  async finish(): Promise<Buffer> {
    this.sheet.commit();
    await this.workbook.commit();
    await this.done;
    return Buffer.concat(this.chunks);
  }
}

/** Rows written to a file as they come: a spreadsheet or a CSV, the same for the code that fills it. */
export interface TableWriter<Row> {
  add(rows: readonly Row[]): void;
  finish(): Promise<Buffer>;
}

/** The writer of a format: .xlsx, or .csv for tools that read text. */
export function tableWriter<Row>(
  format: ExportFormat,
  sheetName: string,
  columns: readonly SheetColumn<Row>[],
): TableWriter<Row> {
  return format === ExportFormat.CSV ? new CsvWriter(columns) : new SheetWriter(sheetName, columns);
}

/** The file name extension of a format. */
export const FORMAT_EXTENSIONS: Record<ExportFormat, string> = { XLSX: 'xlsx', CSV: 'csv' };

/**
 * A CSV in UTF-8 with a byte-order mark (so spreadsheets read Vietnamese right), CRLF lines, dates
 * as dd/MM/yyyy and instants in Việt Nam time: what the import reads back. Every text cell that a
 * spreadsheet would take for a formula is neutralised, since a CSV carries no cell types. Rows
 * leave memory as chunks of text.
 */
export class CsvWriter<Row> implements TableWriter<Row> {
  private readonly chunks: Buffer[] = [Buffer.from('\ufeff', 'utf8')];

  constructor(private readonly columns: readonly SheetColumn<Row>[]) {
    this.chunks.push(this.lines([columns.map((column) => column.header)]));
  }

  add(rows: readonly Row[]): void {
    if (rows.length === 0) return;
    this.chunks.push(this.lines(rows.map((row) => this.columns.map((column) => csvCell(column, row)))));
  }

  async finish(): Promise<Buffer> {
    return Buffer.concat(this.chunks);
  }

  private lines(rows: Array<Array<string | number | null>>): Buffer {
    return Buffer.from(`${Papa.unparse(rows, { newline: '\r\n' })}\r\n`, 'utf8');
  }
}

function csvCell<Row>(column: SheetColumn<Row>, row: Row): string | number | null {
  const value = cell(column, row);
  if (value === null) return null;
  if (value instanceof Date) {
    const text = value.toISOString();
    // cell() has already moved an instant to the clock in Việt Nam.
    return column.kind === 'datetime'
      ? `${formatDateVi(text.slice(0, 10))} ${text.slice(11, 16)}`
      : formatDateVi(text.slice(0, 10));
  }
  return neutralised(value);
}

function cell<Row>(column: SheetColumn<Row>, row: Row): string | number | Date | null {
  const value = column.value(row);
  if (value === null || value === undefined || value === '') return null;
  switch (column.kind) {
    case 'date': {
      const [y, m, d] = String(value).split('-').map(Number);
      return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
    }
    case 'datetime':
      // A spreadsheet has no time zone: the instant is written as the clock in Việt Nam shows it.
      return new Date((value instanceof Date ? value : new Date(String(value))).getTime() + VIETNAM_OFFSET_MS);
    case 'number':
      return typeof value === 'number' ? value : Number(value);
    default:
      return String(value);
  }
}

/**
 * Text starting with =, +, -, @ (or a tab or carriage return) is a formula to a spreadsheet that
 * opens a CSV made from the file (CSV injection): a leading apostrophe keeps it text.
 */
export function neutralised<T>(value: T): T | string {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
