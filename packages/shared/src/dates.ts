/**
 * Calendar dates as ISO strings (YYYY-MM-DD). Dates in this domain are civil dates with no time or
 * time zone: a release on 10/03/2021 is that day in Việt Nam, wherever the server runs.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date in YYYY-MM-DD form (rejects 2023-02-29). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Today's date in Việt Nam (UTC+7, no daylight saving). */
export function todayInVietnam(now: Date = new Date()): IsoDate {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** Milliseconds until the next midnight in Việt Nam, when `todayInVietnam()` changes. */
export function msUntilNextVietnamDay(now: Date = new Date()): number {
  const DAY = 24 * 3600_000;
  const sinceMidnight = (now.getTime() + 7 * 3600_000) % DAY;
  return DAY - sinceMidnight;
}

/** dd/MM/yyyy, the way Vietnamese documents write dates. */
export function formatDateVi(iso: IsoDate): string {
  const m = ISO_DATE.exec(iso);
  if (!m) return iso;
  return `${m[3]}/${m[2]}/${m[1]}`;
}

/** Parses dd/MM/yyyy (or d/M/yyyy) into an ISO date; null when it is not a real date. */
export function parseDateVi(text: string): IsoDate | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!m) return null;
  const iso = `${m[3]}-${m[2]?.padStart(2, '0')}-${m[1]?.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

function parts(iso: IsoDate): [number, number, number] {
  const m = ISO_DATE.exec(iso);
  if (!m || !isIsoDate(iso)) throw new RangeError(`not a date: ${iso}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function fromUtc(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

/** The date `days` days later (earlier when negative). */
export function addDays(iso: IsoDate, days: number): IsoDate {
  const [y, m, d] = parts(iso);
  return fromUtc(new Date(Date.UTC(y, m - 1, d + days)));
}

/**
 * The same day `months` calendar months later (earlier when negative). When that month is shorter
 * the last day of the month is used, so 29/02/2024 + 12 months is 28/02/2025. This is the rule of
 * Criminal Procedure Code 2015 art. 134 for periods in months or years ("thời hạn kết thúc vào
 * ngày trùng của tháng sau; nếu tháng đó không có ngày trùng thì thời hạn kết thúc vào ngày cuối
 * cùng của tháng đó"), which the expungement clock follows.
 */
export function addMonths(iso: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(iso);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return fromUtc(new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, lastDay))));
}
