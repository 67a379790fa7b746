import { HolidayKind, type WorkingCalendar } from '@hoanhap/shared';

/** Anything that runs SQL: a DataSource, or the EntityManager of an open transaction. */
export interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/**
 * The working calendar for whole years `fromYear`..`toYear` from the editable `holiday` table:
 * days off (public holidays, compensation days) and weekend days worked in exchange. Deadline
 * rules read it with `addWorkingDays` / `isWorkingDay` from @hoanhap/shared.
 */
export async function loadWorkingCalendar(db: Queryable, fromYear: number, toYear: number): Promise<WorkingCalendar> {
  const rows = (await db.query('SELECT day, kind FROM holiday WHERE day BETWEEN $1::date AND $2::date ORDER BY day', [
    `${fromYear}-01-01`,
    `${toYear}-12-31`,
  ])) as Array<{ day: string; kind: HolidayKind }>;
  const daysOff = new Set<string>();
  const workedWeekendDays = new Set<string>();
  for (const row of rows) (row.kind === HolidayKind.WORKING_DAY ? workedWeekendDays : daysOff).add(row.day);
  return { daysOff, workedWeekendDays };
}
