import type { EmploymentBreakdown } from '@hoanhap/shared';

/** The four parts of a breakdown, in the article's order; they add up to the total. */
export const BREAKDOWN_PARTS = [
  'stable',
  'unstable',
  'unemployed',
  'other',
] as const satisfies readonly (keyof EmploymentBreakdown)[];
export type BreakdownPart = (typeof BREAKDOWN_PARTS)[number];

/**
 * A breakdown as the reader may see it: above the ward a count of 1 or 2, and the counts hidden
 * with it so it cannot be worked out from the totals, are null (docs/security.md).
 */
export type ShownBreakdown = { [K in keyof EmploymentBreakdown]: number | null };

/** What a suppressed count reads as, on screen and on paper. */
export const SUPPRESSED_MARK = '<3';

/** A count as shown: the number, or "<3" when it is suppressed. */
export function showCount(value: number | null, format: (n: number) => string = String): string {
  return value === null ? SUPPRESSED_MARK : format(value);
}

/** Whether any count of these breakdowns is suppressed (the page then explains "<3"). */
export function anySuppressed(...breakdowns: ShownBreakdown[]): boolean {
  return breakdowns.some((b) => Object.values(b).some((v) => v === null));
}

/** Nobody counted; a suppressed total is not empty (it hides one or two people). */
export function isEmpty(...breakdowns: ShownBreakdown[]): boolean {
  return breakdowns.every((b) => b.total === 0);
}
