import type { IsoDate } from '@hoanhap/shared';

/** "Phường Lãm Hà" → "Lãm Hà": the place name of a unit, without its level. */
export function placeName(unitName: string): string {
  return unitName.replace(/^(phường|xã|thị trấn|đặc khu|quận|huyện|thị xã|thành phố|tỉnh)\s+/i, '').trim();
}

/** The parts of a date for "ngày 25 tháng 4 năm 2024" (day and month without leading zeros). */
export function dateParts(iso: IsoDate): { day: number; month: number; year: number } {
  const [year, month, day] = iso.split('-').map(Number);
  return { day: day ?? 0, month: month ?? 0, year: year ?? 0 };
}

/** A report starting on 1 January speaks of the year ("Từ năm 2020"), otherwise of the day. */
export function startsOnNewYear(iso: IsoDate): boolean {
  return iso.endsWith('-01-01');
}
