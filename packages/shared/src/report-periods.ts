import { ReportPeriodKind } from './enums/reports.js';

/** The last day of the month `iso` falls in. */
function monthEnd(iso: string): string {
  const [y, m] = iso.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/**
 * The last day of a report's period, or why the start does not begin one: a month starts on the
 * 1st, a six-month review (sơ kết) on 1 January or 1 July, a year (tổng kết) on 1 January; chosen
 * dates (CUSTOM) end on the day given.
 */
export function reportPeriodEnd(
  kind: ReportPeriodKind,
  start: string,
  end?: string | null,
): { end: string } | { error: 'NOT_PERIOD_START' | 'REQUIRED_END' | 'END_BEFORE_START' } {
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  switch (kind) {
    case ReportPeriodKind.MONTH:
      return d === 1 ? { end: monthEnd(start) } : { error: 'NOT_PERIOD_START' };
    case ReportPeriodKind.HALF_YEAR:
      if (d !== 1 || (m !== 1 && m !== 7)) return { error: 'NOT_PERIOD_START' };
      return { end: m === 1 ? `${y}-06-30` : `${y}-12-31` };
    case ReportPeriodKind.YEAR:
      return d === 1 && m === 1 ? { end: `${y}-12-31` } : { error: 'NOT_PERIOD_START' };
    case ReportPeriodKind.CUSTOM:
      if (!end) return { error: 'REQUIRED_END' };
      return end < start ? { error: 'END_BEFORE_START' } : { end };
  }
}
