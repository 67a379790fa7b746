import {
  CLASSIFICATION_GROUP_LABELS,
  type ClassificationGroup,
  EMPLOYMENT_STATUS_LABELS,
  type EmploymentStatus,
  type ImportCell,
  type ImportField,
  IMPORT_RECORD_FIELDS,
  IMPORT_RECORDS,
  type Label,
  MAIN_PENALTY_LABELS,
  type MainPenalty,
  OFFENCE_SEVERITY_LABELS,
  type OffenceSeverity,
  parseImportChoice,
  penalCodeChapterOf,
  RELEASE_TYPE_LABELS,
  ReleaseType,
} from '@hoanhap/shared';

/*
 * The records a row brings beside the person, read from its cells: current employment, the release
 * from prison, a classification and a helper. A record is there when any of its cells is filled;
 * then the cells it cannot do without must be filled too.
 */

/** The record fields a row fills, as text (dates as yyyy-MM-dd, choices as their values). */
export type CellValues = Partial<Record<ImportField, string>>;

export interface EmploymentRow {
  status: EmploymentStatus;
  employerName: string | null;
  since: string | null;
}
export interface ReleaseRow {
  type: ReleaseType;
  releasedOn: string;
  prison: string;
  probationEndsOn: string | null;
}
export interface ClassificationRow {
  group: ClassificationGroup;
  periodStart: string | null;
  reasons: string[];
}
export interface HelperRow {
  name: string;
  organisation: string;
  phone: string | null;
}
export interface JudgmentRow {
  court: string;
  judgmentNumber: string;
  judgmentDate: string;
  penalCodeArticle: string;
  penalCodeChapter: number;
  severity: OffenceSeverity;
  intentional: boolean;
  ageAtOffence: number;
  mainPenalty: MainPenalty;
  prisonMonths: number | null;
}
export interface RowRecords {
  judgment?: JudgmentRow;
  employment?: EmploymentRow;
  release?: ReleaseRow;
  classification?: ClassificationRow;
  helper?: HelperRow;
}

type ChoiceField = 'employmentStatus' | 'releaseType' | 'classificationGroup' | 'offenceSeverity' | 'mainPenalty';
const CHOICES: Record<ChoiceField, Record<string, Label>> = {
  offenceSeverity: OFFENCE_SEVERITY_LABELS,
  mainPenalty: MAIN_PENALTY_LABELS,
  employmentStatus: EMPLOYMENT_STATUS_LABELS,
  releaseType: RELEASE_TYPE_LABELS,
  classificationGroup: CLASSIFICATION_GROUP_LABELS,
};
/** Words ward sheets use for a release that the labels do not say. */
const RELEASE_WORDS: Record<string, ReleaseType> = {
  'Chấp hành xong án phạt tù': ReleaseType.FULL_TERM,
  'Hết án': ReleaseType.FULL_TERM,
  'Mãn hạn tù': ReleaseType.FULL_TERM,
  'Tha tù trước thời hạn': ReleaseType.PAROLE,
};

/** A choice cell read by its labels, or why not, listing what it may say. */
export function readChoice(
  field: ChoiceField,
  cell: ImportCell,
): { value: string; reason?: undefined } | { value: null; reason: string } {
  const labels = CHOICES[field];
  const value = parseImportChoice<string>(
    cell,
    labels,
    field === 'releaseType' ? (RELEASE_WORDS as Record<string, string>) : {},
  );
  if (value) return { value };
  const allowed = Object.values(labels)
    .map((label) => `"${label.vi.split(':')[0]}"`)
    .join(', ');
  return { value: null, reason: `Ghi một trong: ${allowed}.` };
}

/** What each record cannot do without, and the reason when it is missing. */
const REQUIRED: Partial<Record<ImportField, string>> = {
  employmentStatus: 'Thiếu tình trạng việc làm (cột việc làm có ghi nơi làm hoặc ngày nhưng không ghi tình trạng).',
  releaseType: 'Thiếu hình thức ra trại (chấp hành xong, đặc xá, tha tù trước thời hạn có điều kiện).',
  releasedOn: 'Thiếu ngày được tha.',
  prison: 'Thiếu tên trại giam.',
  classificationGroup: 'Thiếu nhóm phân loại (A, B, C, D).',
  helperName: 'Thiếu họ tên người giúp đỡ.',
  helperOrganisation: 'Thiếu tổ chức, đoàn thể của người giúp đỡ.',
  // A judgment without any of these cannot run the expungement clock (Penal Code arts. 69–71, 107).
  court: 'Thiếu tòa án xét xử.',
  judgmentNumber: 'Thiếu số bản án.',
  judgmentDate: 'Thiếu ngày tuyên án.',
  penalCodeArticle: 'Thiếu điều luật.',
  offenceSeverity: 'Thiếu loại tội phạm (ít nghiêm trọng, nghiêm trọng, rất nghiêm trọng, đặc biệt nghiêm trọng).',
  intentional: 'Thiếu hình thức lỗi (cố ý hoặc vô ý).',
  ageAtOffence: 'Thiếu tuổi khi phạm tội.',
  mainPenalty: 'Thiếu hình phạt chính.',
};

/** "Cố ý" / "Vô ý" (or the English words); null when neither. */
export function readIntentional(cell: ImportCell): boolean | null {
  const word = String(cell ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();
  if (['co y', 'loi co y', 'intentional'].includes(word)) return true;
  if (['vo y', 'loi vo y', 'unintentional'].includes(word)) return false;
  return null;
}

/** A whole number within bounds written in a cell, or null. */
export function readWholeNumber(cell: ImportCell, min: number, max: number): number | null {
  const number = typeof cell === 'number' ? cell : Number(String(cell ?? '').trim());
  return Number.isInteger(number) && number >= min && number <= max ? number : null;
}

/**
 * The records the values make, and the cells missing for a record the row started; a field
 * whose own cell could not be read is not reported missing again (`unreadable`).
 */
export function recordsOf(
  values: CellValues,
  unreadable: ReadonlySet<ImportField | null | undefined>,
): { records: RowRecords; missing: Array<{ field: ImportField; reason: string }> } {
  const missing: Array<{ field: ImportField; reason: string }> = [];
  const started = IMPORT_RECORDS.filter((record) =>
    IMPORT_RECORD_FIELDS[record].some((field) => values[field] !== undefined || unreadable.has(field)),
  );
  for (const record of started) {
    for (const field of IMPORT_RECORD_FIELDS[record] as readonly ImportField[]) {
      const reason = REQUIRED[field];
      if (reason && values[field] === undefined && !unreadable.has(field)) missing.push({ field, reason });
    }
  }
  const records: RowRecords = {};
  const has = (record: (typeof IMPORT_RECORDS)[number]) =>
    started.includes(record) && IMPORT_RECORD_FIELDS[record].every((f) => !unreadable.has(f));
  if (has('judgment') && values.court && values.judgmentNumber && values.judgmentDate && values.penalCodeArticle) {
    if (values.offenceSeverity && values.intentional && values.ageAtOffence && values.mainPenalty) {
      records.judgment = {
        court: values.court,
        judgmentNumber: values.judgmentNumber,
        judgmentDate: values.judgmentDate,
        penalCodeArticle: values.penalCodeArticle,
        penalCodeChapter: penalCodeChapterOf(values.penalCodeArticle) ?? 0,
        severity: values.offenceSeverity as OffenceSeverity,
        intentional: values.intentional === 'true',
        ageAtOffence: Number(values.ageAtOffence),
        mainPenalty: values.mainPenalty as MainPenalty,
        prisonMonths: values.prisonMonths ? Number(values.prisonMonths) : null,
      };
    }
  }
  if (has('employment') && values.employmentStatus) {
    records.employment = {
      status: values.employmentStatus as EmploymentStatus,
      employerName: values.employerName ?? null,
      since: values.employmentSince ?? null,
    };
  }
  if (has('release') && values.releaseType && values.releasedOn && values.prison) {
    records.release = {
      type: values.releaseType as ReleaseType,
      releasedOn: values.releasedOn,
      prison: values.prison,
      probationEndsOn: values.probationEndsOn ?? null,
    };
  }
  if (has('classification') && values.classificationGroup) {
    records.classification = {
      group: values.classificationGroup as ClassificationGroup,
      periodStart: values.classifiedOn ?? null,
      reasons: (values.classificationReasons ?? '')
        .split(/[;\n]/)
        .map((reason) => reason.trim())
        .filter(Boolean),
    };
  }
  if (has('helper') && values.helperName && values.helperOrganisation) {
    records.helper = {
      name: values.helperName,
      organisation: values.helperOrganisation,
      phone: values.helperPhone ?? null,
    };
  }
  return { records, missing };
}
