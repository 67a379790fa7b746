/** Whole đồng with dots between thousands, as Vietnamese write money: "6.500.000". */
export const formatVnd = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** "12,5 %" style share of a 0–1 ratio, in the reader's language. */
export const formatShare = (ratio: number, lang: string) =>
  new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'vi-VN', { style: 'percent', maximumFractionDigits: 1 }).format(
    ratio,
  );

/** Digits typed with optional dots, spaces or commas as thousands separators; null when empty. */
export function parseWhole(text: string): { value: string | null; valid: boolean } {
  const digits = text.replace(/[.\s,]/g, '');
  if (!digits) return { value: null, valid: true };
  return /^\d{1,15}$/.test(digits) ? { value: digits, valid: true } : { value: null, valid: false };
}
