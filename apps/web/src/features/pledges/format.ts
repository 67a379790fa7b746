import type { Lang } from '@hoanhap/shared';

/** A number as written in the language (Vietnamese uses a decimal comma), at most `digits` decimals. */
export function formatNumber(value: number, lang: Lang, digits = 1): string {
  return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: digits }).format(value);
}

/** A progress between 0 and 1 as a whole percentage for the bar (clamped). */
export function progressPercent(progress: number): number {
  return Math.round(Math.min(1, Math.max(0, progress)) * 100);
}

/** A decimal typed the Vietnamese way ("12,5") or plainly; null when empty, NaN when not a number. */
export function parseDecimal(text: string): number | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const normal = trimmed.replace(/\s/g, '').replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(normal) ? Number(normal) : Number.NaN;
}
