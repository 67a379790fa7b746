import type { Label } from '../labels.js';

/** The period a submitted statistics report covers. */
export enum ReportPeriodKind {
  /** A calendar month (báo cáo tháng). */
  MONTH = 'MONTH',
  /** 1 January to 30 June, or 1 July to 31 December (sơ kết 6 tháng). */
  HALF_YEAR = 'HALF_YEAR',
  /** A calendar year (tổng kết năm). */
  YEAR = 'YEAR',
  /** Any other dates: the statistics report printed on a given day. */
  CUSTOM = 'CUSTOM',
}
export const REPORT_PERIOD_KIND_LABELS: Record<ReportPeriodKind, Label> = {
  MONTH: { vi: 'Báo cáo tháng', en: 'Monthly report' },
  HALF_YEAR: { vi: 'Báo cáo sơ kết 6 tháng', en: 'Six-month review' },
  YEAR: { vi: 'Báo cáo tổng kết năm', en: 'Year-end review' },
  CUSTOM: { vi: 'Báo cáo thống kê theo ngày', en: 'Statistics report for chosen dates' },
};

/** The parts of an employment breakdown, as named in the API (a suppressed figure names its part). */
export enum EmploymentPart {
  TOTAL = 'TOTAL',
  STABLE = 'STABLE',
  UNSTABLE = 'UNSTABLE',
  UNEMPLOYED = 'UNEMPLOYED',
  OTHER = 'OTHER',
}
export const EMPLOYMENT_PART_LABELS: Record<EmploymentPart, Label> = {
  TOTAL: { vi: 'Tổng số', en: 'Total' },
  STABLE: { vi: 'Việc làm ổn định', en: 'Stable job' },
  UNSTABLE: { vi: 'Việc làm không ổn định', en: 'Unstable job' },
  UNEMPLOYED: { vi: 'Không có việc làm', en: 'No job' },
  OTHER: { vi: 'Khác', en: 'Other' },
};

/** The two rows of the statistics report. */
export enum ReportRow {
  /** The cohort returned since the report's start date. */
  RETURNED = 'RETURNED',
  /** Those of them in the caseload on the report's day. */
  IN_CASELOAD = 'IN_CASELOAD',
}
export const REPORT_ROW_LABELS: Record<ReportRow, Label> = {
  RETURNED: { vi: 'Số người chấp hành xong án phạt tù về địa phương', en: 'People who returned' },
  IN_CASELOAD: { vi: 'Số người đang được quản lý, giúp đỡ', en: 'People in the caseload' },
};
