import type { Label } from '../labels.js';

/** What the register records about a person. */

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
