import type { Label } from './labels.js';

/**
 * The fields an agreement may redact, as "Type.field" of the API's schema. A key working under an
 * agreement that lists one gets null there (with `extensions.redacted`), whichever path reaches
 * it. Only nullable fields are in the catalogue, so redacting one never breaks a response or the
 * schema's contract. Minimisation is the rule (Decree 13/2023/NĐ-CP art. 3(4); Law 91/2025/QH15):
 * an agreement shares what its purpose needs, no more.
 */
export const REDACTABLE_FIELDS = {
  'Returnee.citizenId': { vi: 'Số định danh cá nhân', en: 'Personal identification number' },
  'Returnee.dateOfBirth': { vi: 'Ngày sinh', en: 'Date of birth' },
  'Returnee.sex': { vi: 'Giới tính', en: 'Sex' },
  'Returnee.permanentAddress': { vi: 'Nơi thường trú', en: 'Permanent address' },
  'Returnee.currentAddress': { vi: 'Nơi ở hiện tại', en: 'Current address' },
  'Returnee.residentialGroup': { vi: 'Tổ dân phố, thôn', en: 'Residential group' },
  'Returnee.returnedOn': { vi: 'Ngày về địa phương', en: 'Date of return' },
  'Returnee.currentEmployment': { vi: 'Việc làm hiện tại', en: 'Current employment' },
  'Returnee.expungementForecast': { vi: 'Dự kiến xóa án tích', en: 'Expungement forecast' },
  'FamilyContact.phone': { vi: 'Số điện thoại người thân', en: 'Family contact’s phone' },
} as const satisfies Record<string, Label>;

export type RedactableField = keyof typeof REDACTABLE_FIELDS;

export function isRedactableField(name: string): name is RedactableField {
  return Object.hasOwn(REDACTABLE_FIELDS, name);
}

/** A month of the usage report, yyyy-MM. */
export const USAGE_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
