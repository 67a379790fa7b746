import type { EmploymentBreakdown } from './statistics.types.js';

/** Counts of people by employment status; whatever is not counted by name is `other`. */
export interface BreakdownRow {
  total: number;
  stable: number;
  unstable: number;
  unemployed: number;
}

/** The sum of some rows as a breakdown whose parts add up to its total. */
export function breakdown(rows: BreakdownRow[]): EmploymentBreakdown {
  const sum = (k: keyof BreakdownRow) => rows.reduce((n, r) => n + r[k], 0);
  const total = sum('total');
  const [stable, unstable, unemployed] = [sum('stable'), sum('unstable'), sum('unemployed')];
  return { total, stable, unstable, unemployed, other: total - stable - unstable - unemployed };
}
