import { addDays, addMonths, type IsoDate } from '@hoanhap/shared';

/** The first and last day of the month `today` falls in. */
export function monthOf(today: IsoDate): { from: IsoDate; to: IsoDate } {
  const from = `${today.slice(0, 8)}01`;
  return { from, to: addDays(addMonths(from, 1), -1) };
}

/** "11/2026": the month as Vietnamese texts write it. */
export function monthLabel(today: IsoDate): string {
  return `${today.slice(5, 7)}/${today.slice(0, 4)}`;
}

/** Due within `days` days from today, or already overdue. */
export function isDueWithin(dueOn: IsoDate, today: IsoDate, days: number): boolean {
  return dueOn <= addDays(today, days);
}
