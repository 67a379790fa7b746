/**
 * Personal identification numbers (số định danh cá nhân, printed on the identity card, thẻ căn
 * cước, since the Identity Law 2023 in force 01/07/2024) have 12 digits: a 3-digit province-of-birth code, a digit for
 * century and sex, 2 digits of birth year and 6 random digits. This checks the format only; it does
 * not and cannot tell whether the number was issued.
 */
export const CITIZEN_ID_PATTERN = /^\d{12}$/;

export function isValidCitizenId(value: string): boolean {
  return CITIZEN_ID_PATTERN.test(value);
}

/** Removes the spaces, dots and dashes people type inside long numbers. */
export function normalizeCitizenId(value: string): string {
  return value.replace(/[\s.-]/g, '');
}
