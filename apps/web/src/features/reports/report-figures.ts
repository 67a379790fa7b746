import { suppressSmallCells } from '@hoanhap/shared';
import type { ShownBreakdown } from '../dashboard/breakdown';

/** The report's columns, in the order of the table. */
export const REPORT_COLUMNS = ['total', 'stable', 'unstable', 'unemployed', 'other'] as const;
export type ReportColumn = (typeof REPORT_COLUMNS)[number];

/**
 * A row as printed for a unit above the ward: the same suppression the API applies to readers
 * above the ward (a count of 1–2 and its complement hidden), so a paper addressed upward says
 * "<3" where the city's screen does. Already hidden counts stay hidden.
 */
export function addressedUpward(b: ShownBreakdown): ShownBreakdown {
  if (Object.values(b).some((v) => v === null)) return b;
  const parts = [b.stable, b.unstable, b.unemployed, b.other] as number[];
  const table = suppressSmallCells([parts]);
  const [stable = null, unstable = null, unemployed = null, other = null] = table.cells[0] ?? [];
  return { total: table.rowTotals[0] ?? null, stable, unstable, unemployed, other };
}

/** "RETURNED:STABLE"-style keys of the cells the API says differ, for highlighting. */
export function differenceKeys(differences: readonly { row: string; part: string }[]): Set<string> {
  return new Set(differences.map((d) => `${d.row}:${d.part}`));
}

/** The key of a cell of the table (row RETURNED or IN_CASELOAD, column as in REPORT_COLUMNS). */
export function cellKey(row: 'RETURNED' | 'IN_CASELOAD', column: ReportColumn): string {
  return `${row}:${column.toUpperCase()}`;
}
