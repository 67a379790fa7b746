import type { Label } from '../labels.js';

/** Where a signed case package between deployments stands (docs/api.md, Case packages). */
export enum CasePackageStatus {
  /** Made and handed to the sending officer (sender's side). */
  SENT = 'SENT',
  /** Verified and shown to the receiving officer, not accepted yet. */
  PREVIEWED = 'PREVIEWED',
  /** Accepted: the person's records were written. A package is accepted once (replay refused). */
  ACCEPTED = 'ACCEPTED',
}
export const CASE_PACKAGE_STATUS_LABELS: Record<CasePackageStatus, Label> = {
  SENT: { vi: 'Đã chuyển đi', en: 'Sent' },
  PREVIEWED: { vi: 'Đã xem trước', en: 'Previewed' },
  ACCEPTED: { vi: 'Đã tiếp nhận', en: 'Accepted' },
};

/** How a received package's person is taken in. */
export enum PackageMatch {
  /** Add the package's records to a person already on record. */
  EXISTING = 'EXISTING',
  /** Register the person anew in the receiving ward. */
  NEW = 'NEW',
}
export const PACKAGE_MATCH_LABELS: Record<PackageMatch, Label> = {
  EXISTING: { vi: 'Cùng người đã có hồ sơ', en: 'Someone on record' },
  NEW: { vi: 'Lập hồ sơ mới', en: 'New person' },
};
