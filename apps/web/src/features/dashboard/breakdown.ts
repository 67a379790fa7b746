import type { EmploymentBreakdown } from '@hoanhap/shared';

/** The four parts of a breakdown, in the article's order; they add up to the total. */
export const BREAKDOWN_PARTS = [
  'stable',
  'unstable',
  'unemployed',
  'other',
] as const satisfies readonly (keyof EmploymentBreakdown)[];
export type BreakdownPart = (typeof BREAKDOWN_PARTS)[number];

export function isEmpty(...breakdowns: EmploymentBreakdown[]): boolean {
  return breakdowns.every((b) => b.total === 0);
}
