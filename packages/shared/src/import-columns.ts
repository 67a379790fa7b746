import { addDays, type IsoDate, isIsoDate, parseDateVi } from './dates.js';
import { Sex } from './enums.js';
import { normalizeName } from './names.js';

/*
 * The columns a spreadsheet of people can bring in, and how their headers and cells are read:
 * shared so the API's import and the web's mapping step agree on every suggestion.
 */

/** The person fields an import fills; `id` matches a row to the person it was exported from. */
export const IMPORT_FIELDS = [
  'id',
  'fullName',
  'dateOfBirth',
  'sex',
  'citizenId',
  'permanentAddress',
  'currentAddress',
  'residentialGroup',
  'returnedOn',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/**
 * Headers recognised for each field (compared without case, diacritics or extra spaces): the
 * product's own export headers and those ward sheets commonly use.
 */
export const IMPORT_FIELD_HEADERS: Readonly<Record<ImportField, readonly string[]>> = {
  id: ['Mã (ID)', 'ID', 'Mã hồ sơ'],
  fullName: ['Họ và tên', 'Họ tên', 'Tên'],
  dateOfBirth: ['Ngày sinh', 'Ngày tháng năm sinh'],
  sex: ['Giới tính'],
  citizenId: [
    'Số định danh cá nhân',
    'Số CCCD',
    'Số CMND',
    'CCCD',
    'CMND',
    'Số căn cước',
    'Số căn cước công dân',
    'Số CCCD/định danh',
  ],
  permanentAddress: ['Nơi thường trú', 'Địa chỉ thường trú', 'Thường trú'],
  currentAddress: ['Nơi ở hiện nay', 'Nơi ở hiện tại', 'Chỗ ở hiện nay', 'Địa chỉ'],
  residentialGroup: ['Tổ dân phố', 'Tổ'],
  returnedOn: ['Ngày trở về địa phương', 'Ngày ra trại', 'Ngày chấp hành xong', 'Ngày trở về'],
};

/** A header as compared: without case, accents, punctuation or extra spaces. */
export const importHeaderKey = (text: string) =>
  normalizeName(text)
    .replace(/[^a-z0-9()/ ]/g, '')
    .replace(/\s+/g, ' ');
const BY_HEADER = new Map<string, ImportField>(
  IMPORT_FIELDS.flatMap((field) => IMPORT_FIELD_HEADERS[field].map((h) => [importHeaderKey(h), field] as const)),
);

/** The field a header names, or null ("Số CCCD" → citizenId, "ho va ten" → fullName). */
export function importFieldOf(header: string): ImportField | null {
  return BY_HEADER.get(importHeaderKey(header)) ?? null;
}

/** A cell as a spreadsheet gives it. */
export type ImportCell = string | number | Date | boolean | null;

/** Day 0 of spreadsheet serial dates (Excel's 1900 system, with its 1900 leap-year quirk). */
const SERIAL_EPOCH: IsoDate = '1899-12-30';

/**
 * A date cell: dd/MM/yyyy (or d/M/yyyy, or with dashes or dots), yyyy-MM-dd, a spreadsheet date or
 * its serial number; null when it is none of them or not a real day.
 */
export function parseImportDate(cell: ImportCell): IsoDate | null {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : cell.toISOString().slice(0, 10);
  if (typeof cell === 'number') {
    return Number.isInteger(cell) && cell > 0 && cell < 100_000 ? addDays(SERIAL_EPOCH, cell) : null;
  }
  if (typeof cell !== 'string') return null;
  const text = cell.trim();
  if (isIsoDate(text)) return text;
  if (/^\d+$/.test(text)) return parseImportDate(Number(text));
  return parseDateVi(text.replace(/[-.]/g, '/'));
}

/** "Nam" / "Nữ" (or the English words, or the enum values); null when it is neither. */
export function parseImportSex(cell: ImportCell): Sex | null {
  const word = normalizeName(String(cell ?? ''));
  if (['nam', 'male', 'm'].includes(word)) return Sex.MALE;
  if (['nu', 'female', 'f'].includes(word)) return Sex.FEMALE;
  return null;
}
