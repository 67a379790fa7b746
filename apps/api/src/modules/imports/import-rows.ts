import {
  type ImportCell,
  type ImportField,
  importFieldOf,
  isValidCitizenId,
  normalizeCitizenId,
  parseImportDate,
  parseImportSex,
  type Sex,
} from '@hoanhap/shared';
import { UUID } from '../../common/uuid.js';

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
    const headers = (rows[index] ?? []).map((cell) => (cell === null ? '' : String(cell).trim()));
    const fields = headers.map((header) => (header ? importFieldOf(header) : null));
    const named = new Set(fields.filter((field): field is ImportField => field !== null));
    if (named.size >= 2 && named.has('fullName')) {
      // A field named twice is read from its first column only.
      const seen = new Set<ImportField>();
      return {
        headerRow: index,
        headers,
        fields: fields.map((field) => {
          if (!field || seen.has(field)) return null;
          seen.add(field);
          return field;
        }),
      };
    }
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

/** A cell that cannot be read: its column's header and why, in Vietnamese. */
export interface CellProblem {
  header: string;
  reason: string;
}

const TEXT_LIMITS: Partial<Record<ImportField, number>> = {
  fullName: 200,
  permanentAddress: 500,
  currentAddress: 500,
  residentialGroup: 100,
};

/** The row's details, or the problems of its cells (every one of them, not only the first). */
export function readPersonRow(
  layout: SheetLayout,
  row: readonly ImportCell[],
): { person: PersonRow; problems: CellProblem[] } {
  const person: PersonRow = {};
  const problems: CellProblem[] = [];
  layout.fields.forEach((field, column) => {
    if (!field) return;
    const cell = row[column] ?? null;
    const text = cell === null ? '' : cell instanceof Date ? '' : String(cell).trim();
    if (cell === null || (text === '' && !(cell instanceof Date))) return;
    const problem = (reason: string) => problems.push({ header: layout.headers[column] ?? field, reason });
    switch (field) {
      case 'dateOfBirth':
      case 'returnedOn': {
        const date = parseImportDate(cell);
        if (date) person[field] = date;
        else problem('Ngày không hợp lệ: ghi theo dạng ngày/tháng/năm, ví dụ 05/03/1990.');
        return;
      }
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
      default: {
        const max = TEXT_LIMITS[field] ?? 500;
        if (text.length > max) problem(`Tối đa ${max} ký tự.`);
        else person[field] = text;
      }
    }
  });
  if (!person.fullName && !problems.some((p) => layout.fields[layout.headers.indexOf(p.header)] === 'fullName')) {
    problems.push({ header: headerOf(layout, 'fullName'), reason: 'Thiếu họ và tên.' });
  } else if (person.fullName && person.fullName.length < 2) {
    problems.push({ header: headerOf(layout, 'fullName'), reason: 'Họ và tên quá ngắn.' });
  }
  if (person.dateOfBirth && person.returnedOn && person.returnedOn < person.dateOfBirth) {
    problems.push({ header: headerOf(layout, 'returnedOn'), reason: 'Ngày trở về trước ngày sinh.' });
  }
  return { person, problems };
}

function headerOf(layout: SheetLayout, field: ImportField): string {
  return layout.headers[layout.fields.indexOf(field)] ?? field;
}

/** A row with nothing in it (a spacer between blocks, the sheet's trailing lines). */
export function isBlankRow(row: readonly ImportCell[]): boolean {
  return row.every((cell) => cell === null || (typeof cell === 'string' && cell.trim() === ''));
}
