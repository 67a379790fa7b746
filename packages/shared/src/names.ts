/**
 * Normalises a Vietnamese name for search: strips diacritics (đ/Đ become d), lower-cases and
 * collapses whitespace, so "nguyen van" finds "Nguyễn Văn". The database keeps the same form in a
 * column computed by this function, so both sides always agree.
 */
export function normalizeName(input: string): string {
  return input
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
