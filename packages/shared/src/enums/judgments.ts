import type { Label } from '../labels.js';

/** Judgments: the penalties and obligations that decide when a conviction is expunged. */

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
