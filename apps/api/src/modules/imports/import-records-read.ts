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
  parseImportChoice,
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
export interface RowRecords {
  employment?: EmploymentRow;
  release?: ReleaseRow;
  classification?: ClassificationRow;
  helper?: HelperRow;
}

const CHOICES: Record<'employmentStatus' | 'releaseType' | 'classificationGroup', Record<string, Label>> = {
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
  field: keyof typeof CHOICES,
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
};

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
