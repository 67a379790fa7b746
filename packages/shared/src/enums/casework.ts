import type { Label } from '../labels.js';

/** Everyday casework: helpers, contacts, support and tasks. */

export enum SupportType {
  COUNSELLING = 'COUNSELLING',
  LEGAL_AID = 'LEGAL_AID',
  RESIDENCE_REGISTRATION = 'RESIDENCE_REGISTRATION',
  ID_PAPERS = 'ID_PAPERS',
  VOCATIONAL_TRAINING = 'VOCATIONAL_TRAINING',
  JOB_PLACEMENT = 'JOB_PLACEMENT',
  SOCIAL_POLICY_LOAN = 'SOCIAL_POLICY_LOAN',
  HARDSHIP_AID = 'HARDSHIP_AID',
  GIFT = 'GIFT',
  OTHER = 'OTHER',
}
export const SUPPORT_TYPE_LABELS: Record<SupportType, Label> = {
  COUNSELLING: { vi: 'Tư vấn, động viên', en: 'Counselling' },
  LEGAL_AID: { vi: 'Trợ giúp pháp lý', en: 'Legal aid' },
  RESIDENCE_REGISTRATION: { vi: 'Đăng ký cư trú', en: 'Residence registration' },
  ID_PAPERS: { vi: 'Giấy tờ tùy thân', en: 'Identity papers' },
  VOCATIONAL_TRAINING: { vi: 'Đào tạo nghề', en: 'Vocational training' },
  JOB_PLACEMENT: { vi: 'Giới thiệu việc làm', en: 'Job placement' },
  SOCIAL_POLICY_LOAN: { vi: 'Vay vốn Ngân hàng Chính sách xã hội', en: 'Social Policy Bank loan' },
  HARDSHIP_AID: { vi: 'Trợ cấp khó khăn', en: 'Hardship aid' },
  GIFT: { vi: 'Tặng quà', en: 'Gift' },
  OTHER: { vi: 'Hỗ trợ khác', en: 'Other support' },
};

export enum HelperRole {
  PRIMARY = 'PRIMARY',
  SUPPORTING = 'SUPPORTING',
}
export const HELPER_ROLE_LABELS: Record<HelperRole, Label> = {
  PRIMARY: { vi: 'Người giúp đỡ chính', en: 'Primary helper' },
  SUPPORTING: { vi: 'Người hỗ trợ', en: 'Supporting helper' },
};

export enum ContactChannel {
  HOME_VISIT = 'HOME_VISIT',
  OFFICE = 'OFFICE',
  PHONE = 'PHONE',
  MESSAGE = 'MESSAGE',
}
export const CONTACT_CHANNEL_LABELS: Record<ContactChannel, Label> = {
  HOME_VISIT: { vi: 'Đến thăm tại nhà', en: 'Home visit' },
  OFFICE: { vi: 'Gặp tại trụ sở', en: 'At the office' },
  PHONE: { vi: 'Gọi điện thoại', en: 'Phone call' },
  MESSAGE: { vi: 'Nhắn tin', en: 'Message' },
};

export enum SupportStatus {
  PROPOSED = 'PROPOSED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  DECLINED = 'DECLINED',
}
export const SUPPORT_STATUS_LABELS: Record<SupportStatus, Label> = {
  PROPOSED: { vi: 'Đề xuất', en: 'Proposed' },
  IN_PROGRESS: { vi: 'Đang thực hiện', en: 'In progress' },
  DONE: { vi: 'Đã hoàn thành', en: 'Done' },
  DECLINED: { vi: 'Không thực hiện', en: 'Declined' },
};
/**
 * Where a support may go from each status; DONE and DECLINED are final. The API refuses any other
 * move, and the forms offer only these.
 */
export const SUPPORT_TRANSITIONS: Readonly<Record<SupportStatus, readonly SupportStatus[]>> = {
  [SupportStatus.PROPOSED]: [SupportStatus.IN_PROGRESS, SupportStatus.DONE, SupportStatus.DECLINED],
  [SupportStatus.IN_PROGRESS]: [SupportStatus.DONE, SupportStatus.DECLINED],
  [SupportStatus.DONE]: [],
  [SupportStatus.DECLINED]: [],
};

export enum FundingSource {
  STATE_BUDGET = 'STATE_BUDGET',
  REINTEGRATION_FUND = 'REINTEGRATION_FUND',
  DONATION = 'DONATION',
  OTHER = 'OTHER',
}
export const FUNDING_SOURCE_LABELS: Record<FundingSource, Label> = {
  STATE_BUDGET: { vi: 'Ngân sách nhà nước', en: 'State budget' },
  REINTEGRATION_FUND: { vi: 'Quỹ hỗ trợ tái hòa nhập', en: 'Reintegration fund' },
  DONATION: { vi: 'Tài trợ, ủng hộ', en: 'Donation' },
  OTHER: { vi: 'Nguồn khác', en: 'Other source' },
};

export enum TaskKind {
  ADDRESS_VERIFICATION = 'ADDRESS_VERIFICATION',
  PAROLE_ASSESSMENT = 'PAROLE_ASSESSMENT',
  REPORT_IN_OVERDUE = 'REPORT_IN_OVERDUE',
  EXPUNGEMENT_ELIGIBILITY = 'EXPUNGEMENT_ELIGIBILITY',
  NO_CONTACT = 'NO_CONTACT',
  MANUAL = 'MANUAL',
}
export const TASK_KIND_LABELS: Record<TaskKind, Label> = {
  ADDRESS_VERIFICATION: { vi: 'Xác minh nơi cư trú (3 ngày làm việc)', en: 'Verify the address (3 working days)' },
  PAROLE_ASSESSMENT: { vi: 'Nhận xét người được tha tù trước thời hạn', en: 'Monthly parolee assessment' },
  REPORT_IN_OVERDUE: { vi: 'Quá hạn trình diện', en: 'Report-in overdue' },
  EXPUNGEMENT_ELIGIBILITY: { vi: 'Sắp đủ điều kiện xóa án tích', en: 'Expungement eligibility coming up' },
  NO_CONTACT: { vi: 'Lâu chưa gặp gỡ', en: 'No contact for a while' },
  MANUAL: { vi: 'Việc cần làm', en: 'To-do' },
};
