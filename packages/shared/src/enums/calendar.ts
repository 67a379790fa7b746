import type { Label } from '../labels.js';

/** The public-holiday calendar that working-day deadlines read. */

export enum HolidayKind {
  DAY_OFF = 'DAY_OFF',
  WORKING_DAY = 'WORKING_DAY',
}
export const HOLIDAY_KIND_LABELS: Record<HolidayKind, Label> = {
  DAY_OFF: { vi: 'Ngày nghỉ lễ, nghỉ bù', en: 'Public holiday or day off' },
  WORKING_DAY: { vi: 'Ngày làm bù (cuối tuần đi làm)', en: 'Swapped working day (weekend worked)' },
};
