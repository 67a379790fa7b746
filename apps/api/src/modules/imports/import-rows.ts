import {
  IMPORT_FIELDS,
  type ImportCell,
  type ImportField,
  importFieldOf,
  importHeaderKey as headerKey,
  isValidCitizenId,
  normalizeCitizenId,
  parseImportDate,
  parseImportSex,
  penalCodeChapterOf,
  type Sex,
} from '@hoanhap/shared';
import { UUID } from '../../common/uuid.js';
import {
  type CellValues,
  readChoice,
  readIntentional,
  readWholeNumber,
  recordsOf,
  type RowRecords,
} from './import-records-read.js';

/*
 * From a sheet's rows to people's details: where the header row is, which column is which field,
 * and each cell checked as the person form checks it, with a reason a ward officer understands.
 */

/** The header row is looked for among the first rows (a title and a blank line often come first). */
const HEADER_SEARCH_ROWS = 10;

export interface SheetLayout {
  /** Index of the header row in the sheet's rows. */
  headerRow: number;
  /** The header texts, as written. */
  headers: string[];
  /** The field of each column, or null for a column not imported. */
  fields: Array<ImportField | null>;
}

/**
 * The first row among the first ten whose headers name at least two fields, one of them the name;
 * null when there is none.
 */
export function findLayout(rows: readonly ImportCell[][]): SheetLayout | null {
  for (let index = 0; index < Math.min(HEADER_SEARCH_ROWS, rows.length); index++) {
    // A field named twice is read from its first column only.
    const layout = suggestedLayout(rows, index);
    const named = layout.fields.filter((field) => field !== null);
    if (named.length >= 2 && named.includes('fullName')) return layout;
  }
  return null;
}

/** A person's details read from one row: only the fields the sheet has and the row fills. */
export interface PersonRow {
  id?: string;
  fullName?: string;
  dateOfBirth?: string;
  sex?: Sex;
  citizenId?: string;
  permanentAddress?: string;
  currentAddress?: string;
  residentialGroup?: string;
  returnedOn?: string;
}

/** A cell that cannot be read: its column (index and header) and why, in Vietnamese. */
export interface CellProblem {
  column: number;
  header: string;
  reason: string;
}

/** What one row brings: the person, the records beside them, or the problems of its cells. */
export interface ReadRow {
  person: PersonRow;
  records: RowRecords;
  problems: CellProblem[];
}

const TEXT_LIMITS: Partial<Record<ImportField, number>> = {
  fullName: 200,
  permanentAddress: 500,
  currentAddress: 500,
  residentialGroup: 100,
  employerName: 200,
  prison: 300,
  helperName: 200,
  helperOrganisation: 200,
  helperPhone: 20,
  classificationReasons: 2000,
  court: 200,
  judgmentNumber: 100,
  penalCodeArticle: 20,
};
const DATE_FIELDS = new Set<ImportField>([
  'dateOfBirth',
  'returnedOn',
  'employmentSince',
  'releasedOn',
  'probationEndsOn',
  'classifiedOn',
  'judgmentDate',
]);
const PERSON_TEXT = new Set<ImportField>(['fullName', 'permanentAddress', 'currentAddress', 'residentialGroup']);

/** The row's person and records, or the problems of its cells (every one of them, not only the first). */
export function readRow(layout: SheetLayout, row: readonly ImportCell[]): ReadRow {
  const person: PersonRow = {};
  const values: CellValues = {};
  const problems: CellProblem[] = [];
  layout.fields.forEach((field, column) => {
    if (!field) return;
    const cell = row[column] ?? null;
    const text = cell === null ? '' : cell instanceof Date ? '' : String(cell).trim();
    if (cell === null || (text === '' && !(cell instanceof Date))) return;
    const problem = (reason: string) => problems.push({ column, header: layout.headers[column] ?? field, reason });
    if (DATE_FIELDS.has(field)) {
      const date = parseImportDate(cell);
      if (!date) problem('Ngày không hợp lệ: ghi theo dạng ngày/tháng/năm, ví dụ 05/03/1990.');
      else if (field === 'dateOfBirth' || field === 'returnedOn') person[field] = date;
      else values[field] = date;
      return;
    }
    switch (field) {
      case 'sex': {
        const sex = parseImportSex(cell);
        if (sex) person.sex = sex;
        else problem('Giới tính ghi "Nam" hoặc "Nữ".');
        return;
      }
      case 'citizenId': {
        const digits = normalizeCitizenId(text);
        if (isValidCitizenId(digits)) person.citizenId = digits;
        else problem('Số định danh cá nhân phải gồm đúng 12 chữ số.');
        return;
      }
      case 'id':
        if (UUID.test(text)) person.id = text.toLowerCase();
        else problem('Mã hồ sơ không đúng dạng mã do hệ thống xuất ra.');
        return;
      case 'intentional': {
        const intentional = readIntentional(cell);
        if (intentional === null) problem('Ghi "Cố ý" hoặc "Vô ý".');
        else values.intentional = String(intentional);
        return;
      }
      case 'ageAtOffence':
      case 'prisonMonths': {
        const [min, max] = field === 'ageAtOffence' ? [14, 120] : [1, 360];
        const number = readWholeNumber(cell, min, max);
        if (number === null) problem(`Ghi một số nguyên từ ${min} đến ${max}.`);
        else values[field] = String(number);
        return;
      }
      case 'penalCodeArticle':
        // The chapter comes from the article: it decides the route to expungement (art. 71(2)).
        if (penalCodeChapterOf(text) === null) problem('Ghi số điều của Bộ luật Hình sự 2015 (từ 108 đến 425).');
        else values.penalCodeArticle = text.replace(/^(điều|dieu)\s*/i, '');
        return;
      case 'offenceSeverity':
      case 'mainPenalty':
      case 'employmentStatus':
      case 'releaseType':
      case 'classificationGroup': {
        const choice = readChoice(field, cell);
        if (choice.value === null) problem(choice.reason);
        else values[field] = choice.value;
        return;
      }
      default: {
        const max = TEXT_LIMITS[field] ?? 500;
        if (text.length > max) problem(`Tối đa ${max} ký tự.`);
        else if (PERSON_TEXT.has(field)) person[field as 'fullName'] = text;
        else values[field as 'prison'] = text;
      }
    }
  });
  const at = (field: ImportField) => {
    const column = layout.fields.indexOf(field);
    return { column, header: layout.headers[column] ?? field };
  };
  const nameColumn = layout.fields.indexOf('fullName');
  if (!person.fullName && !problems.some((p) => p.column === nameColumn)) {
    problems.push({ ...at('fullName'), reason: 'Thiếu họ và tên.' });
  } else if (person.fullName && person.fullName.length < 2) {
    problems.push({ ...at('fullName'), reason: 'Họ và tên quá ngắn.' });
  }
  if (person.dateOfBirth && person.returnedOn && person.returnedOn < person.dateOfBirth) {
    problems.push({ ...at('returnedOn'), reason: 'Ngày trở về trước ngày sinh.' });
  }
  const { records, missing } = recordsOf(values, new Set(problems.map((p) => layout.fields[p.column])));
  for (const { field, reason } of missing) problems.push({ ...at(field), reason });
  return { person, records, problems };
}

/** The header texts of a sheet row. */
export function headersOf(row: readonly ImportCell[] | undefined): string[] {
  return (row ?? []).map((cell) => (cell === null ? '' : cell instanceof Date ? '' : String(cell).trim()));
}

/**
 * The layout the person importing chose: the header row (0-based) and a field (or null) for each
 * of its columns, in order; columns past the mapping are not imported.
 */
export function chosenLayout(
  rows: readonly ImportCell[][],
  headerRow: number,
  mapping: ReadonlyArray<ImportField | null>,
): SheetLayout {
  const headers = headersOf(rows[headerRow]);
  const width = Math.max(headers.length, mapping.length);
  return {
    headerRow,
    headers: Array.from({ length: width }, (_, i) => headers[i] ?? ''),
    fields: Array.from({ length: width }, (_, i) => mapping[i] ?? null),
  };
}

/**
 * The layout a template gives a sheet: each column of the header row takes the field of the
 * template's column with the same header (case, accents and spacing ignored), so columns may have
 * moved or been added since the template was saved.
 */
export function templateLayout(
  rows: readonly ImportCell[][],
  headerRow: number,
  columns: ReadonlyArray<{ header: string; field: ImportField | null }>,
): SheetLayout {
  const headers = headersOf(rows[headerRow]);
  const byHeader = new Map(columns.map((c) => [headerKey(c.header), c.field] as const));
  const seen = new Set<ImportField>();
  const fields = headers.map((header) => {
    const field = byHeader.get(headerKey(header)) ?? null;
    if (!field || seen.has(field)) return null;
    seen.add(field);
    return field;
  });
  return { headerRow, headers, fields };
}

/** The fields the headers of a row suggest (each field for its first column only). */
export function suggestedLayout(rows: readonly ImportCell[][], headerRow: number): SheetLayout {
  const headers = headersOf(rows[headerRow]);
  const seen = new Set<ImportField>();
  const fields = headers.map((header) => {
    const field = header ? importFieldOf(header) : null;
    if (!field || seen.has(field)) return null;
    seen.add(field);
    return field;
  });
  return { headerRow, headers, fields };
}

/**
 * Why a chosen mapping cannot be used (in English, for the API's detail), or null: it must name
 * the name column once and every other field at most once.
 */
export function mappingProblem(mapping: unknown): string | null {
  if (!Array.isArray(mapping) || mapping.length > 200) return 'mapping must be an array of at most 200 entries';
  const fields = mapping.filter((entry) => entry !== null);
  const unknown = fields.filter((entry) => !(IMPORT_FIELDS as readonly unknown[]).includes(entry));
  if (unknown.length) return `unknown fields: ${unknown.map(String).join(', ')}`;
  if (new Set(fields).size !== fields.length) return 'a field is mapped to two columns';
  if (!fields.includes('fullName')) return 'no column is mapped to fullName';
  return null;
}

/** A row with nothing in it (a spacer between blocks, the sheet's trailing lines). */
export function isBlankRow(row: readonly ImportCell[]): boolean {
  return row.every((cell) => cell === null || (typeof cell === 'string' && cell.trim() === ''));
}
