import { addDays, HolidayKind } from '@hoanhap/shared';
import type { EntityManager } from 'typeorm';

/**
 * Vietnamese public holidays and days off for civil servants, 2020–2027, as data the admin can
 * edit afterwards (the `holiday` table). Deadlines in working days (address verification: 3
 * working days) skip these; WORKING_DAY rows are weekend days worked in exchange for a day off.
 *
 * Sources: Labour Code 2012 art. 115 / Labour Code 2019 art. 112 (from 2021 National Day is two
 * days: 2/9 plus one adjacent day; a holiday falling on a weekend is compensated on the next
 * working day), and each year's announcement for civil servants (Government Office / Ministry of
 * Labour, later Ministry of Home Affairs). Lunar dates (Tết = 1st of the 1st lunar month, Hùng Kings
 * = 10th of the 3rd lunar month) were computed with the Vietnamese lunar calendar (UTC+7).
 * Entries marked "to confirm" follow the legal rule but were not checked against the official
 * announcement: confirm them before relying on them. Days added after a database was first loaded
 * reach existing databases through a data migration of their own (see NEW_YEAR_2026).
 */
export interface HolidaySeed {
  day: string;
  kind: HolidayKind;
  name: string;
}

const NEW_YEAR = 'Tết Dương lịch';
const TET = 'Tết Nguyên đán';
const HUNG_KINGS = 'Giỗ Tổ Hùng Vương (10/3 âm lịch)';
const REUNIFICATION = 'Ngày Giải phóng miền Nam, thống nhất đất nước (30/4)';
const LABOUR_DAY = 'Ngày Quốc tế Lao động (1/5)';
const NATIONAL_DAY = 'Quốc khánh (2/9)';

const off = (day: string, name: string): HolidaySeed => ({ day, kind: HolidayKind.DAY_OFF, name });
const compensation = (day: string, forWhat: string): HolidaySeed => off(day, `Nghỉ bù ${forWhat}`);
const worked = (day: string, insteadOf: string): HolidaySeed => ({
  day,
  kind: HolidayKind.WORKING_DAY,
  name: `Làm bù cho ngày nghỉ ${insteadOf}`,
});
/** Every day from `from` to `to` inclusive (the announced Tết break, weekends included). */
function span(from: string, to: string, name: string): HolidaySeed[] {
  const days: HolidaySeed[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(off(day, name));
  return days;
}

/**
 * New Year 2026, Official Dispatch 12729/VPCP-KGVX (25/12/2025): off from Thursday 01/01 to Sunday
 * 04/01/2026, Friday 02/01 in exchange for working on Saturday 10/01/2026. Added to existing
 * databases by the NewYear2026Calendar migration.
 */
export const NEW_YEAR_2026: readonly HolidaySeed[] = [
  off('2026-01-02', 'Nghỉ hoán đổi (làm bù thứ Bảy 10/01/2026)'),
  off('2026-01-03', NEW_YEAR),
  off('2026-01-04', NEW_YEAR),
  worked('2026-01-10', '02/01/2026'),
];

export const VIETNAMESE_HOLIDAYS: readonly HolidaySeed[] = [
  // 2020 (Labour Code 2012: National Day is one day). Tết 25/01/2020.
  off('2020-01-01', NEW_YEAR),
  ...span('2020-01-23', '2020-01-29', TET), // announced: Thu 23/01 to Wed 29/01
  off('2020-04-02', HUNG_KINGS),
  off('2020-04-30', REUNIFICATION),
  off('2020-05-01', LABOUR_DAY),
  off('2020-09-02', NATIONAL_DAY),

  // 2021. Tết 12/02/2021.
  off('2021-01-01', NEW_YEAR),
  ...span('2021-02-10', '2021-02-16', TET), // announced: 10/02 to 16/02
  off('2021-04-21', HUNG_KINGS),
  off('2021-04-30', REUNIFICATION),
  off('2021-05-01', LABOUR_DAY), // Saturday
  compensation('2021-05-03', 'Ngày Quốc tế Lao động (1/5 rơi vào thứ Bảy)'),
  off('2021-09-02', NATIONAL_DAY),
  off('2021-09-03', NATIONAL_DAY), // announced: 02/09 to 05/09

  // 2022. Tết 01/02/2022.
  off('2022-01-01', NEW_YEAR), // Saturday
  compensation('2022-01-03', 'Tết Dương lịch (1/1 rơi vào thứ Bảy)'),
  ...span('2022-01-29', '2022-02-06', TET), // Dispatch 245/VPCP: 31/01 to 04/02, with the weekends either side
  off('2022-04-10', HUNG_KINGS), // Sunday
  compensation('2022-04-11', 'Giỗ Tổ Hùng Vương (rơi vào Chủ nhật)'),
  off('2022-04-30', REUNIFICATION), // Saturday
  off('2022-05-01', LABOUR_DAY), // Sunday
  compensation('2022-05-02', 'Ngày 30/4 (rơi vào thứ Bảy)'),
  compensation('2022-05-03', 'Ngày 1/5 (rơi vào Chủ nhật)'),
  off('2022-09-01', NATIONAL_DAY),
  off('2022-09-02', NATIONAL_DAY),

  // 2023. Tết 22/01/2023.
  off('2023-01-01', NEW_YEAR), // Sunday
  compensation('2023-01-02', 'Tết Dương lịch (1/1 rơi vào Chủ nhật)'),
  ...span('2023-01-20', '2023-01-26', TET), // announced: Fri 20/01 to Thu 26/01
  off('2023-04-29', HUNG_KINGS), // Saturday
  off('2023-04-30', REUNIFICATION), // Sunday
  off('2023-05-01', LABOUR_DAY),
  // Announced: 29/04 to 03/05 (two compensation days for the weekend holidays).
  compensation('2023-05-02', 'Giỗ Tổ Hùng Vương (rơi vào thứ Bảy)'),
  compensation('2023-05-03', 'Ngày 30/4 (rơi vào Chủ nhật)'),
  off('2023-09-01', NATIONAL_DAY),
  off('2023-09-02', NATIONAL_DAY), // Saturday
  compensation('2023-09-04', 'Quốc khánh (2/9 rơi vào thứ Bảy)'), // announced: 01/09 to 04/09

  // 2024. Tết 10/02/2024. Official Dispatch 2450/VPCP-KGVX for the 30/4 swap.
  off('2024-01-01', NEW_YEAR),
  ...span('2024-02-08', '2024-02-14', TET), // announced: 08/02 to 14/02
  off('2024-04-18', HUNG_KINGS),
  off('2024-04-29', 'Nghỉ hoán đổi (làm bù thứ Bảy 04/05/2024)'), // Official Dispatch 2450/VPCP-KGVX (2024)
  off('2024-04-30', REUNIFICATION),
  off('2024-05-01', LABOUR_DAY),
  worked('2024-05-04', '29/04/2024'),
  off('2024-09-02', NATIONAL_DAY),
  off('2024-09-03', NATIONAL_DAY), // announced: 31/08 to 03/09

  // 2025. Tết 29/01/2025.
  off('2025-01-01', NEW_YEAR),
  ...span('2025-01-25', '2025-02-02', TET), // announced: 25/01 to 02/02 (Tết days 27/01 to 31/01)
  off('2025-04-07', HUNG_KINGS),
  worked('2025-04-26', '02/05/2025'), // announced: work Saturday 26/04, off Friday 02/05
  off('2025-04-30', REUNIFICATION),
  off('2025-05-01', LABOUR_DAY),
  off('2025-05-02', 'Nghỉ hoán đổi (làm bù thứ Bảy 26/04/2025)'),
  off('2025-09-01', NATIONAL_DAY), // adjacent day: to confirm
  off('2025-09-02', NATIONAL_DAY),

  // 2026. Tết 17/02/2026.
  off('2026-01-01', NEW_YEAR),
  ...NEW_YEAR_2026,
  ...span('2026-02-14', '2026-02-22', TET), // announced: 14/02 to 22/02 (Tết days 16/02 to 20/02)
  off('2026-04-26', HUNG_KINGS), // Sunday
  compensation('2026-04-27', 'Giỗ Tổ Hùng Vương (rơi vào Chủ nhật)'),
  off('2026-04-30', REUNIFICATION),
  off('2026-05-01', LABOUR_DAY),
  off('2026-09-01', NATIONAL_DAY), // adjacent day: to confirm
  off('2026-09-02', NATIONAL_DAY),

  // 2027: not yet announced; everything below follows the Labour Code and is to confirm.
  // Tết 06/02/2027 (Saturday): eve and the first four days, then two compensation days.
  off('2027-01-01', NEW_YEAR),
  ...span('2027-02-05', '2027-02-09', TET), // to confirm
  compensation('2027-02-10', 'Tết Nguyên đán (mùng 1 rơi vào thứ Bảy)'), // to confirm
  compensation('2027-02-11', 'Tết Nguyên đán (mùng 2 rơi vào Chủ nhật)'), // to confirm
  off('2027-04-16', HUNG_KINGS),
  off('2027-04-30', REUNIFICATION),
  off('2027-05-01', LABOUR_DAY), // Saturday
  compensation('2027-05-03', 'Ngày Quốc tế Lao động (1/5 rơi vào thứ Bảy)'), // to confirm
  off('2027-09-02', NATIONAL_DAY),
  off('2027-09-03', NATIONAL_DAY), // adjacent day: to confirm
];

/**
 * Inserts the days (by default, all of the above) that are not in the table yet; days already
 * there (perhaps edited by the admin) are left as they are. Returns how many were inserted.
 */
export async function loadHolidays(
  tx: EntityManager,
  days: readonly HolidaySeed[] = VIETNAMESE_HOLIDAYS,
): Promise<number> {
  const rows: Array<{ day: string }> = await tx.query(
    `INSERT INTO holiday (day, kind, name)
     SELECT * FROM unnest($1::date[], $2::holiday_kind[], $3::text[])
     ON CONFLICT (day) DO NOTHING RETURNING day`,
    [days.map((h) => h.day), days.map((h) => h.kind), days.map((h) => h.name)],
  );
  return rows.length;
}
