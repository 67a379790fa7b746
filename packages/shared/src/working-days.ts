import { addDays, type IsoDate } from './dates.js';

/**
 * Which days are worked: Monday to Friday, minus public holidays and days off (Tết, Hùng Kings,
 * 30/4, 1/5, 2/9 and the yearly swapped days), plus weekend days worked in exchange. The calendar
 * is data the administrator edits; these functions only read it.
 */
export interface WorkingCalendar {
  daysOff: ReadonlySet<IsoDate>;
  workedWeekendDays: ReadonlySet<IsoDate>;
}

export const EMPTY_CALENDAR: WorkingCalendar = { daysOff: new Set(), workedWeekendDays: new Set() };

function weekday(iso: IsoDate): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

export function isWorkingDay(iso: IsoDate, calendar: WorkingCalendar = EMPTY_CALENDAR): boolean {
  if (calendar.workedWeekendDays.has(iso)) return true;
  if (calendar.daysOff.has(iso)) return false;
  const d = weekday(iso);
  return d !== 0 && d !== 6;
}

/**
 * The date `n` working days after `start` (the start day itself is not counted): a notice received
 * on Friday with 3 working days is due on Wednesday.
 */
export function addWorkingDays(start: IsoDate, n: number, calendar: WorkingCalendar = EMPTY_CALENDAR): IsoDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError('n must be a whole number of days, 0 or more');
  let day = start;
  let left = n;
  while (left > 0) {
    day = addDays(day, 1);
    if (isWorkingDay(day, calendar)) left -= 1;
  }
  return day;
}

/** Working days strictly after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(from: IsoDate, to: IsoDate, calendar: WorkingCalendar = EMPTY_CALENDAR): number {
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (isWorkingDay(day, calendar)) count += 1;
  return count;
}

/**
 * The last due date that is at least `n` working days overdue on `on`: `workingDaysBetween(due, on)
 * >= n` exactly when `due <= lastDueDateOverdueBy(on, n)`. It turns "overdue for the unit's working
 * days" into a date range, so the notification rules select those tasks by an index instead of
 * counting days task by task. `n` of 0 answers `on` itself.
 */
export function lastDueDateOverdueBy(on: IsoDate, n: number, calendar: WorkingCalendar = EMPTY_CALENDAR): IsoDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError('n must be a whole number of days, 0 or more');
  if (n === 0) return on;
  let found = 0;
  for (let day = on; ; day = addDays(day, -1)) {
    if (isWorkingDay(day, calendar)) found += 1;
    if (found === n) return addDays(day, -1);
  }
}
