import { EmploymentStatus } from './enums.js';

/**
 * The article's breakdown: how many people, and how many of them have stable, unstable or no work.
 * Anyone whose status on the date is anything else (training, unable to work) or unknown counts in
 * `other`, so the four parts always add up to `total`.
 */
export interface EmploymentBreakdown {
  total: number;
  stable: number;
  unstable: number;
  unemployed: number;
  other: number;
}

/** Folds employment statuses (null = no period covers the date) into a breakdown. */
export function breakdownOf(statuses: Iterable<EmploymentStatus | null>): EmploymentBreakdown {
  const b: EmploymentBreakdown = { total: 0, stable: 0, unstable: 0, unemployed: 0, other: 0 };
  for (const s of statuses) {
    b.total += 1;
    if (s === EmploymentStatus.STABLE) b.stable += 1;
    else if (s === EmploymentStatus.UNSTABLE) b.unstable += 1;
    else if (s === EmploymentStatus.UNEMPLOYED) b.unemployed += 1;
    else b.other += 1;
  }
  return b;
}

/** Share of a breakdown in stable work, 0 when empty. */
export function stableShare(b: EmploymentBreakdown): number {
  return b.total === 0 ? 0 : b.stable / b.total;
}
