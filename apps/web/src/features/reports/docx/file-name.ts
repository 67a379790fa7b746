/**
 * A file name offices can send anywhere: Vietnamese without its marks, lower case, words joined by
 * hyphens, ".docx" at the end. ("Báo cáo thống kê", "2026-06" → "bao-cao-thong-ke-2026-06.docx").
 */
export function docxFileName(...parts: string[]): string {
  const slug = parts
    .join(' ')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${slug || 'van-ban'}.docx`;
}
