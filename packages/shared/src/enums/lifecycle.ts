import type { Label } from '../labels.js';

/** A person's way home: release, reception, classification, incidents and closure. */

export enum ReleaseType {
  FULL_TERM = 'FULL_TERM',
  AMNESTY = 'AMNESTY',
  PAROLE = 'PAROLE',
}
export const RELEASE_TYPE_LABELS: Record<ReleaseType, Label> = {
  FULL_TERM: { vi: 'Chấp hành xong (hết hạn)', en: 'Full term served' },
  AMNESTY: { vi: 'Đặc xá', en: 'Amnesty' },
  PAROLE: { vi: 'Tha tù trước thời hạn có điều kiện', en: 'Conditional early release (parole)' },
};

export enum CaseStatus {
  NOTIFIED = 'NOTIFIED',
  AWAITING_REPORT = 'AWAITING_REPORT',
  RECEIVED = 'RECEIVED',
  ON_PROBATION = 'ON_PROBATION',
  UNDER_SUPPORT = 'UNDER_SUPPORT',
  ELIGIBLE_FOR_EXPUNGEMENT = 'ELIGIBLE_FOR_EXPUNGEMENT',
  CLOSED = 'CLOSED',
}
export const CASE_STATUS_LABELS: Record<CaseStatus, Label> = {
  NOTIFIED: { vi: 'Đã có thông báo của trại giam', en: 'Prison notice received' },
  AWAITING_REPORT: { vi: 'Chờ trình diện', en: 'Awaiting report-in' },
  RECEIVED: { vi: 'Đã tiếp nhận', en: 'Received' },
  ON_PROBATION: {
    vi: 'Người được tha tù trước thời hạn có điều kiện đang trong thời gian thử thách',
    en: 'Released on parole, still on probation',
  },
  UNDER_SUPPORT: { vi: 'Đang giúp đỡ', en: 'Under support' },
  ELIGIBLE_FOR_EXPUNGEMENT: { vi: 'Đủ điều kiện xóa án tích', en: 'Eligible for expungement' },
  CLOSED: { vi: 'Đã kết thúc', en: 'Closed' },
};

export enum ClosureReason {
  EXPUNGED = 'EXPUNGED',
  DECEASED = 'DECEASED',
  MOVED_AWAY = 'MOVED_AWAY',
  NEW_CONVICTION = 'NEW_CONVICTION',
  OTHER = 'OTHER',
}
export const CLOSURE_REASON_LABELS: Record<ClosureReason, Label> = {
  EXPUNGED: { vi: 'Đã được xóa án tích', en: 'Record expunged' },
  DECEASED: { vi: 'Đã qua đời', en: 'Deceased' },
  MOVED_AWAY: { vi: 'Chuyển đi nơi khác', en: 'Moved away' },
  NEW_CONVICTION: { vi: 'Bị kết án mới', en: 'New conviction' },
  OTHER: { vi: 'Lý do khác', en: 'Other reason' },
};

export enum ClassificationGroup {
  A = 'A',
  B = 'B',
  C = 'C',
  D = 'D',
}
/** Circular 10/2024/TT-BCA groups. */
export const CLASSIFICATION_GROUP_LABELS: Record<ClassificationGroup, Label> = {
  A: { vi: 'Nhóm A: chấp hành tốt, ổn định', en: 'Group A: law-abiding and stable' },
  B: { vi: 'Nhóm B: chấp hành tốt nhưng còn khó khăn', en: 'Group B: law-abiding but struggling' },
  C: { vi: 'Nhóm C: ít hợp tác hoặc môi trường rủi ro', en: 'Group C: poor cooperation or risky environment' },
  D: {
    vi: 'Nhóm D: đang bị tạm giữ, tạm giam, đang ở trường giáo dưỡng, cơ sở giáo dục bắt buộc hoặc cơ sở cai nghiện bắt buộc',
    en: 'Group D: in custody or detention, at a reform school, a compulsory education establishment or in compulsory drug rehabilitation',
  },
};

export enum IncidentKind {
  ADMINISTRATIVE_VIOLATION = 'ADMINISTRATIVE_VIOLATION',
  NEW_OFFENCE = 'NEW_OFFENCE',
  DETAINED = 'DETAINED',
  COMPULSORY_REHAB = 'COMPULSORY_REHAB',
}
export const INCIDENT_KIND_LABELS: Record<IncidentKind, Label> = {
  ADMINISTRATIVE_VIOLATION: { vi: 'Vi phạm hành chính', en: 'Administrative violation' },
  NEW_OFFENCE: { vi: 'Phạm tội mới', en: 'New offence' },
  DETAINED: { vi: 'Bị tạm giữ, tạm giam', en: 'Detained' },
  COMPULSORY_REHAB: { vi: 'Cai nghiện bắt buộc', en: 'Compulsory rehabilitation' },
};

export enum AddressVerification {
  CONFIRMED = 'CONFIRMED',
  WRONG_ADDRESS = 'WRONG_ADDRESS',
}
export const ADDRESS_VERIFICATION_LABELS: Record<AddressVerification, Label> = {
  CONFIRMED: { vi: 'Địa chỉ đúng', en: 'Address confirmed' },
  WRONG_ADDRESS: {
    vi: 'Địa chỉ không đúng (trả lời trại giam, mẫu HCD-03)',
    en: 'Wrong address (reply to the prison, form HCD-03)',
  },
};

/**
 * A campaign that brings many people home at once: an amnesty decision (đặc xá, Law on Amnesty
 * 2018) or a prison's bulk release list.
 */
export enum CampaignKind {
  AMNESTY = 'AMNESTY',
  BULK_RELEASE = 'BULK_RELEASE',
}
export const CAMPAIGN_KIND_LABELS: Record<CampaignKind, Label> = {
  AMNESTY: { vi: 'Đặc xá', en: 'Amnesty' },
  BULK_RELEASE: { vi: 'Tiếp nhận theo danh sách trại giam', en: 'Bulk release' },
};

/** Where a closed person's file stands with data minimisation (docs/security.md, Retention). */
export enum MinimisationStatus {
  /** A closure is in force and the sensitive details will be minimised on the due day. */
  SCHEDULED = 'SCHEDULED',
  /** A legal hold (an ongoing proceeding, say) pauses the minimisation until it is released. */
  HELD = 'HELD',
  DONE = 'DONE',
  /** The case is open: nothing is due. */
  NOT_APPLICABLE = 'NOT_APPLICABLE',
}
export const MINIMISATION_STATUS_LABELS: Record<MinimisationStatus, Label> = {
  SCHEDULED: { vi: 'Đã lên lịch giảm thiểu', en: 'Minimisation scheduled' },
  HELD: { vi: 'Tạm dừng do lưu giữ theo yêu cầu pháp lý', en: 'Paused by a legal hold' },
  DONE: { vi: 'Đã giảm thiểu dữ liệu', en: 'Data minimised' },
  NOT_APPLICABLE: { vi: 'Chưa áp dụng (hồ sơ đang mở)', en: 'Not applicable (case open)' },
};

/** The kinds of sensitive detail a minimisation deletes or blanks (docs/security.md, Retention). */
export enum MinimisedCategory {
  CONVICTIONS = 'CONVICTIONS',
  OBLIGATIONS = 'OBLIGATIONS',
  SUPPLEMENTARY_PENALTIES = 'SUPPLEMENTARY_PENALTIES',
  INCIDENTS = 'INCIDENTS',
  CONTACT_NOTES = 'CONTACT_NOTES',
  DOCUMENT_FILES = 'DOCUMENT_FILES',
  PERSON_ARCHIVES = 'PERSON_ARCHIVES',
  SENSITIVE_REVEALS = 'SENSITIVE_REVEALS',
}
export const MINIMISED_CATEGORY_LABELS: Record<MinimisedCategory, Label> = {
  CONVICTIONS: {
    vi: 'Bản án (tòa án, số bản án, điều luật, hình phạt)',
    en: 'Judgments (court, number, articles, penalties)',
  },
  OBLIGATIONS: { vi: 'Nghĩa vụ theo bản án', en: 'Obligations under the judgments' },
  SUPPLEMENTARY_PENALTIES: { vi: 'Hình phạt bổ sung', en: 'Supplementary penalties' },
  INCIDENTS: {
    vi: 'Sự việc (xóa; vụ phạm tội mới chỉ giữ loại và ngày cho chỉ tiêu)',
    en: 'Incidents (deleted; new offences keep only kind and date for the indicators)',
  },
  CONTACT_NOTES: { vi: 'Nội dung các lần gặp gỡ', en: 'Contact notes' },
  DOCUMENT_FILES: { vi: 'Tệp văn bản gắn với người này', en: 'Document files linked to the person' },
  PERSON_ARCHIVES: { vi: 'Tệp trích xuất hồ sơ', en: 'Whole-file archives' },
  SENSITIVE_REVEALS: { vi: 'Lượt xem thông tin nhạy cảm (mục đích)', en: 'Sensitive reveals (their purposes)' },
};
