import type { Label } from '../labels.js';

/** Data leaving the product: the lists exported to spreadsheets, and the state of background jobs. */

/** A list exported to a spreadsheet, with its current filters. */
export enum ExportList {
  RETURNEES = 'RETURNEES',
  AUDIT_LOG = 'AUDIT_LOG',
  TASKS = 'TASKS',
  EMPLOYERS = 'EMPLOYERS',
  USERS = 'USERS',
  PLEDGES = 'PLEDGES',
}
export const EXPORT_LIST_LABELS: Record<ExportList, Label> = {
  RETURNEES: { vi: 'Danh sách người tái hòa nhập', en: 'People' },
  AUDIT_LOG: { vi: 'Nhật ký truy cập', en: 'Audit log' },
  TASKS: { vi: 'Công việc', en: 'Tasks' },
  EMPLOYERS: { vi: 'Doanh nghiệp đối tác', en: 'Partner employers' },
  USERS: { vi: 'Tài khoản', en: 'Accounts' },
  PLEDGES: { vi: 'Giao ước thi đua', en: 'Emulation pledges' },
};

/** The kind of file an export writes. */
export enum ExportFormat {
  XLSX = 'XLSX',
  CSV = 'CSV',
}
export const EXPORT_FORMAT_LABELS: Record<ExportFormat, Label> = {
  XLSX: { vi: 'Excel (.xlsx)', en: 'Excel (.xlsx)' },
  CSV: { vi: 'CSV (.csv, UTF-8)', en: 'CSV (.csv, UTF-8)' },
};

/** Where a background job (an export, an import) stands. */
export enum JobStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
  CANCELLED = 'CANCELLED',
}
export const JOB_STATUS_LABELS: Record<JobStatus, Label> = {
  QUEUED: { vi: 'Đang chờ', en: 'Queued' },
  RUNNING: { vi: 'Đang chạy', en: 'Running' },
  SUCCEEDED: { vi: 'Hoàn tất', en: 'Done' },
  FAILED: { vi: 'Không thành công', en: 'Failed' },
  CANCELLED: { vi: 'Đã hủy', en: 'Cancelled' },
};

/** A job that will not change any more. */
export function jobFinished(status: JobStatus): boolean {
  return status === JobStatus.SUCCEEDED || status === JobStatus.FAILED || status === JobStatus.CANCELLED;
}

/** What the officer decided of an imported row flagged as possibly someone on record. */
export enum ImportFlagDecision {
  SAME_PERSON = 'SAME_PERSON',
  DIFFERENT_PERSON = 'DIFFERENT_PERSON',
}
export const IMPORT_FLAG_DECISION_LABELS: Record<ImportFlagDecision, Label> = {
  SAME_PERSON: { vi: 'Cùng một người: cập nhật hồ sơ đã có', en: 'The same person: update the record' },
  DIFFERENT_PERSON: { vi: 'Người khác: thêm hồ sơ mới', en: 'Someone else: add a new record' },
};
