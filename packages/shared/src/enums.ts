import type { Label } from './labels.js';

/*
 * String enums whose keys equal their values: GraphQL exposes keys, the database stores values,
 * and departments' clients see the same word in both. Every enum has Vietnamese and English labels
 * (respectful wording: a returnee is "người chấp hành xong án phạt tù", never "đối tượng").
 */

export enum Role {
  ADMIN = 'ADMIN',
  OFFICER = 'OFFICER',
  COMMITTEE = 'COMMITTEE',
  HELPER = 'HELPER',
  VIEWER = 'VIEWER',
  AUDITOR = 'AUDITOR',
}
export const ROLE_LABELS: Record<Role, Label> = {
  ADMIN: { vi: 'Quản trị hệ thống', en: 'Administrator' },
  OFFICER: { vi: 'Cán bộ công an phụ trách', en: 'Police officer in charge' },
  COMMITTEE: { vi: 'Ban Chỉ đạo / UBND', en: 'Steering committee / People’s Committee' },
  HELPER: { vi: 'Người giúp đỡ', en: 'Helper' },
  VIEWER: { vi: 'Người xem (sở, ngành)', en: 'Viewer (department)' },
  AUDITOR: { vi: 'Kiểm tra, giám sát', en: 'Auditor' },
};

export enum UnitLevel {
  PROVINCE = 'PROVINCE',
  DISTRICT = 'DISTRICT',
  WARD = 'WARD',
  COMMUNE = 'COMMUNE',
}
export const UNIT_LEVEL_LABELS: Record<UnitLevel, Label> = {
  PROVINCE: { vi: 'Tỉnh, thành phố', en: 'Province / city' },
  DISTRICT: { vi: 'Quận, huyện (trước 01/07/2025)', en: 'District (before 1 July 2025)' },
  WARD: { vi: 'Phường', en: 'Ward' },
  COMMUNE: { vi: 'Xã', en: 'Commune' },
};

export enum OrganisationKind {
  POLICE = 'POLICE',
  PEOPLES_COMMITTEE = 'PEOPLES_COMMITTEE',
  FATHERLAND_FRONT = 'FATHERLAND_FRONT',
  WOMENS_UNION = 'WOMENS_UNION',
  YOUTH_UNION = 'YOUTH_UNION',
  VETERANS_ASSOCIATION = 'VETERANS_ASSOCIATION',
  FARMERS_ASSOCIATION = 'FARMERS_ASSOCIATION',
  RESIDENTIAL_GROUP = 'RESIDENTIAL_GROUP',
  EMPLOYER = 'EMPLOYER',
  OTHER = 'OTHER',
}
export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, Label> = {
  POLICE: { vi: 'Công an', en: 'Police' },
  PEOPLES_COMMITTEE: { vi: 'Ủy ban nhân dân', en: 'People’s Committee' },
  FATHERLAND_FRONT: { vi: 'Ủy ban Mặt trận Tổ quốc', en: 'Fatherland Front' },
  WOMENS_UNION: { vi: 'Hội Liên hiệp Phụ nữ', en: 'Women’s Union' },
  YOUTH_UNION: { vi: 'Đoàn Thanh niên', en: 'Youth Union' },
  VETERANS_ASSOCIATION: { vi: 'Hội Cựu chiến binh', en: 'Veterans’ Association' },
  FARMERS_ASSOCIATION: { vi: 'Hội Nông dân', en: 'Farmers’ Association' },
  RESIDENTIAL_GROUP: { vi: 'Tổ dân phố', en: 'Residential group' },
  EMPLOYER: { vi: 'Doanh nghiệp', en: 'Employer' },
  OTHER: { vi: 'Khác', en: 'Other' },
};

export enum Sex {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}
export const SEX_LABELS: Record<Sex, Label> = {
  MALE: { vi: 'Nam', en: 'Male' },
  FEMALE: { vi: 'Nữ', en: 'Female' },
};

export enum EmploymentStatus {
  STABLE = 'STABLE',
  UNSTABLE = 'UNSTABLE',
  UNEMPLOYED = 'UNEMPLOYED',
  IN_TRAINING = 'IN_TRAINING',
  UNABLE_TO_WORK = 'UNABLE_TO_WORK',
}
export const EMPLOYMENT_STATUS_LABELS: Record<EmploymentStatus, Label> = {
  STABLE: { vi: 'Có việc làm ổn định', en: 'Stable job' },
  UNSTABLE: { vi: 'Có việc làm không ổn định', en: 'Unstable job' },
  UNEMPLOYED: { vi: 'Không có việc làm', en: 'No job' },
  IN_TRAINING: { vi: 'Đang học nghề', en: 'In vocational training' },
  UNABLE_TO_WORK: { vi: 'Không có khả năng lao động', en: 'Unable to work' },
};

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

export enum CommitteeRole {
  HEAD = 'HEAD',
  STANDING_DEPUTY = 'STANDING_DEPUTY',
  DEPUTY = 'DEPUTY',
  MEMBER = 'MEMBER',
  SECRETARY = 'SECRETARY',
}
export const COMMITTEE_ROLE_LABELS: Record<CommitteeRole, Label> = {
  HEAD: { vi: 'Trưởng ban', en: 'Head' },
  STANDING_DEPUTY: { vi: 'Phó Trưởng ban thường trực', en: 'Standing deputy head' },
  DEPUTY: { vi: 'Phó Trưởng ban', en: 'Deputy head' },
  MEMBER: { vi: 'Thành viên', en: 'Member' },
  SECRETARY: { vi: 'Thư ký', en: 'Secretary' },
};

export enum PledgeKind {
  EMULATION = 'EMULATION',
  RETURNEE = 'RETURNEE',
  FAMILY = 'FAMILY',
  EMPLOYER = 'EMPLOYER',
}
export const PLEDGE_KIND_LABELS: Record<PledgeKind, Label> = {
  EMULATION: { vi: 'Giao ước thi đua', en: 'Emulation pledge' },
  RETURNEE: { vi: 'Cam kết của người tái hòa nhập', en: 'Returnee’s pledge' },
  FAMILY: { vi: 'Cam kết của gia đình', en: 'Family pledge' },
  EMPLOYER: { vi: 'Cam kết của doanh nghiệp', en: 'Employer pledge' },
};

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

export enum MainPenalty {
  WARNING = 'WARNING',
  FINE = 'FINE',
  NON_CUSTODIAL_REFORM = 'NON_CUSTODIAL_REFORM',
  SUSPENDED_SENTENCE = 'SUSPENDED_SENTENCE',
  FIXED_TERM_IMPRISONMENT = 'FIXED_TERM_IMPRISONMENT',
  LIFE_IMPRISONMENT = 'LIFE_IMPRISONMENT',
  DEATH_COMMUTED = 'DEATH_COMMUTED',
}
export const MAIN_PENALTY_LABELS: Record<MainPenalty, Label> = {
  WARNING: { vi: 'Cảnh cáo', en: 'Warning' },
  FINE: { vi: 'Phạt tiền', en: 'Fine' },
  NON_CUSTODIAL_REFORM: { vi: 'Cải tạo không giam giữ', en: 'Non-custodial reform' },
  SUSPENDED_SENTENCE: { vi: 'Tù cho hưởng án treo', en: 'Suspended sentence' },
  FIXED_TERM_IMPRISONMENT: { vi: 'Tù có thời hạn', en: 'Fixed-term imprisonment' },
  LIFE_IMPRISONMENT: { vi: 'Tù chung thân', en: 'Life imprisonment' },
  DEATH_COMMUTED: { vi: 'Tử hình nhưng đã được giảm án', en: 'Death sentence, since commuted' },
};

export enum OffenceSeverity {
  LESS_SERIOUS = 'LESS_SERIOUS',
  SERIOUS = 'SERIOUS',
  VERY_SERIOUS = 'VERY_SERIOUS',
  ESPECIALLY_SERIOUS = 'ESPECIALLY_SERIOUS',
}
export const OFFENCE_SEVERITY_LABELS: Record<OffenceSeverity, Label> = {
  LESS_SERIOUS: { vi: 'Ít nghiêm trọng', en: 'Less serious' },
  SERIOUS: { vi: 'Nghiêm trọng', en: 'Serious' },
  VERY_SERIOUS: { vi: 'Rất nghiêm trọng', en: 'Very serious' },
  ESPECIALLY_SERIOUS: { vi: 'Đặc biệt nghiêm trọng', en: 'Especially serious' },
};

export enum ExpungementRoute {
  AUTOMATIC = 'AUTOMATIC',
  COURT_DECISION = 'COURT_DECISION',
  NO_RECORD = 'NO_RECORD',
}
export const EXPUNGEMENT_ROUTE_LABELS: Record<ExpungementRoute, Label> = {
  AUTOMATIC: { vi: 'Đương nhiên được xóa án tích', en: 'Automatic expungement' },
  COURT_DECISION: { vi: 'Xóa án tích theo quyết định của Tòa án', en: 'Expungement by court decision' },
  NO_RECORD: { vi: 'Không có án tích', en: 'No criminal record' },
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

export enum SupplementaryPenaltyKind {
  PROBATIONARY_SUPERVISION = 'PROBATIONARY_SUPERVISION',
  RESIDENCE_BAN = 'RESIDENCE_BAN',
  POSITION_OR_PROFESSION_BAN = 'POSITION_OR_PROFESSION_BAN',
  DEPRIVATION_OF_CIVIC_RIGHTS = 'DEPRIVATION_OF_CIVIC_RIGHTS',
  FINE = 'FINE',
}
export const SUPPLEMENTARY_PENALTY_KIND_LABELS: Record<SupplementaryPenaltyKind, Label> = {
  PROBATIONARY_SUPERVISION: { vi: 'Quản chế', en: 'Probationary supervision' },
  RESIDENCE_BAN: { vi: 'Cấm cư trú', en: 'Residence ban' },
  POSITION_OR_PROFESSION_BAN: { vi: 'Cấm đảm nhiệm chức vụ, hành nghề', en: 'Position or profession ban' },
  DEPRIVATION_OF_CIVIC_RIGHTS: { vi: 'Tước một số quyền công dân', en: 'Deprivation of civic rights' },
  FINE: { vi: 'Phạt tiền (bổ sung)', en: 'Fine (supplementary)' },
};

export enum ObligationKind {
  COURT_FEE = 'COURT_FEE',
  FINE = 'FINE',
  COMPENSATION = 'COMPENSATION',
  CONFISCATION = 'CONFISCATION',
}
export const OBLIGATION_KIND_LABELS: Record<ObligationKind, Label> = {
  COURT_FEE: { vi: 'Án phí', en: 'Court fee' },
  FINE: { vi: 'Tiền phạt', en: 'Fine' },
  COMPENSATION: { vi: 'Bồi thường thiệt hại', en: 'Compensation' },
  CONFISCATION: { vi: 'Tịch thu, truy thu', en: 'Confiscation' },
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

export enum HolidayKind {
  DAY_OFF = 'DAY_OFF',
  WORKING_DAY = 'WORKING_DAY',
}
export const HOLIDAY_KIND_LABELS: Record<HolidayKind, Label> = {
  DAY_OFF: { vi: 'Ngày nghỉ lễ, nghỉ bù', en: 'Public holiday or day off' },
  WORKING_DAY: { vi: 'Ngày làm bù (cuối tuần đi làm)', en: 'Swapped working day (weekend worked)' },
};
