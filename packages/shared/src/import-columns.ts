import { addDays, type IsoDate, isIsoDate, parseDateVi } from './dates.js';
import { Sex } from './enums.js';
import type { Label } from './labels.js';
import { normalizeName } from './names.js';

/*
 * The columns a spreadsheet of people can bring in, and how their headers and cells are read:
 * shared so the API's import and the web's mapping step agree on every suggestion.
 */

/** The person's own fields; `id` matches a row to the person it was exported from. */
const PERSON_FIELDS = [
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

/**
 * The records a row may bring beside the person, each a group of fields: current employment, the
 * release from prison, the classification (Circular 10/2024 art. 13) and a helper by organisation.
 */
export const IMPORT_RECORD_FIELDS = {
  employment: ['employmentStatus', 'employerName', 'employmentSince'],
  release: ['releaseType', 'releasedOn', 'prison', 'probationEndsOn'],
  classification: ['classificationGroup', 'classifiedOn', 'classificationReasons'],
  helper: ['helperName', 'helperOrganisation', 'helperPhone'],
  judgment: [
    'court',
    'judgmentNumber',
    'judgmentDate',
    'penalCodeArticle',
    'offenceSeverity',
    'intentional',
    'ageAtOffence',
    'mainPenalty',
    'prisonMonths',
  ],
} as const;
export type ImportRecord = keyof typeof IMPORT_RECORD_FIELDS;
export const IMPORT_RECORDS = Object.keys(IMPORT_RECORD_FIELDS) as ImportRecord[];

/** Every field an import fills: the person's, then each record's. */
export const IMPORT_FIELDS = [...PERSON_FIELDS, ...Object.values(IMPORT_RECORD_FIELDS).flat()] as const;
export type ImportField = (typeof PERSON_FIELDS)[number] | (typeof IMPORT_RECORD_FIELDS)[ImportRecord][number];

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
  employmentStatus: ['Tình trạng việc làm', 'Việc làm', 'Việc làm hiện nay'],
  employerName: ['Nơi làm việc', 'Công việc', 'Nghề nghiệp', 'Nơi làm việc hiện nay'],
  employmentSince: ['Làm việc từ ngày', 'Có việc làm từ ngày'],
  releaseType: ['Hình thức ra trại', 'Diện ra trại', 'Hình thức chấp hành xong'],
  releasedOn: ['Ngày được tha', 'Ngày ra tù', 'Ngày tha'],
  prison: ['Trại giam', 'Nơi chấp hành án', 'Trại giam nơi chấp hành án'],
  probationEndsOn: ['Ngày hết thời gian thử thách', 'Hết thử thách'],
  classificationGroup: ['Phân loại', 'Nhóm', 'Xếp loại', 'Nhóm phân loại'],
  classifiedOn: ['Ngày phân loại', 'Phân loại từ ngày'],
  classificationReasons: ['Lý do phân loại', 'Căn cứ phân loại'],
  helperName: ['Người giúp đỡ', 'Người được phân công giúp đỡ', 'Người giúp đỡ chính'],
  helperOrganisation: ['Tổ chức giúp đỡ', 'Đoàn thể', 'Tổ chức, đoàn thể', 'Đơn vị giúp đỡ'],
  helperPhone: ['Điện thoại người giúp đỡ', 'SĐT người giúp đỡ'],
  court: ['Tòa án xét xử', 'Tòa án', 'Tòa xét xử'],
  judgmentNumber: ['Số bản án', 'Bản án số'],
  judgmentDate: ['Ngày tuyên án', 'Ngày bản án', 'Ngày xét xử'],
  penalCodeArticle: ['Điều luật', 'Điều', 'Tội danh (điều)', 'Điều khoản'],
  offenceSeverity: ['Loại tội phạm', 'Phân loại tội phạm', 'Mức độ tội phạm'],
  intentional: ['Lỗi', 'Hình thức lỗi'],
  ageAtOffence: ['Tuổi khi phạm tội', 'Tuổi phạm tội'],
  mainPenalty: ['Hình phạt chính', 'Hình phạt', 'Mức án'],
  prisonMonths: ['Số tháng tù', 'Thời hạn tù (tháng)', 'Tháng tù'],
};

/**
 * The chapter of the Penal Code's special part an article belongs to (Bộ luật Hình sự 2015, sửa đổi
 * 2017, Phần thứ hai: chapter XIII is articles 108–122 … chapter XXVI is 421–425), or null for an
 * article outside it. A judgment's chapter decides whether expungement needs a court (art. 71(2):
 * chapters XIII and XXVI).
 */
export function penalCodeChapterOf(article: string): number | null {
  const number = Number.parseInt(article.trim().replace(/^(điều|dieu)\s*/i, ''), 10);
  if (!Number.isInteger(number)) return null;
  const chapter = PENAL_CODE_CHAPTERS.find(([, first, last]) => number >= first && number <= last);
  return chapter ? chapter[0] : null;
}
/** [chapter, first article, last article] of each chapter of the special part. */
const PENAL_CODE_CHAPTERS: ReadonlyArray<readonly [number, number, number]> = [
  [13, 108, 122], // an ninh quốc gia
  [14, 123, 156], // tính mạng, sức khỏe, nhân phẩm, danh dự
  [15, 157, 167], // quyền tự do, dân chủ
  [16, 168, 180], // sở hữu
  [17, 181, 187], // hôn nhân và gia đình
  [18, 188, 234], // trật tự quản lý kinh tế
  [19, 235, 246], // môi trường
  [20, 247, 259], // ma túy
  [21, 260, 329], // an toàn công cộng, trật tự công cộng
  [22, 330, 351], // trật tự quản lý hành chính
  [23, 352, 366], // chức vụ
  [24, 367, 391], // hoạt động tư pháp
  [25, 392, 420], // nghĩa vụ, trách nhiệm của quân nhân
  [26, 421, 425], // phá hoại hòa bình, chống loài người, chiến tranh
];

/**
 * A choice written in a cell: one of the values by its Vietnamese or English label (case and
 * accents ignored), by the part of the label before its colon ("Nhóm A"), by its bare value
 * ("STABLE", "A"), or by one of the extra words given; null when it is none of them.
 */
export function parseImportChoice<T extends string>(
  cell: ImportCell,
  labels: Readonly<Record<T, Label>>,
  extra: Readonly<Record<string, T>> = {},
): T | null {
  const word = normalizeName(String(cell ?? ''));
  if (!word) return null;
  for (const [value, label] of Object.entries(labels) as Array<[T, Label]>) {
    const names = [value, label.vi, label.en, label.vi.split(':')[0] ?? '', label.en.split(':')[0] ?? ''];
    if (names.some((name) => normalizeName(name) === word)) return value;
  }
  for (const [name, value] of Object.entries(extra)) if (normalizeName(name) === word) return value;
  return null;
}

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
